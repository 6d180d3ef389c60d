package engine

import (
	"strconv"
	"testing"
)

// BenchmarkFingerprinter counts the fingerprints of the findings of a large,
// dense table as a stream hands them out: 300,000 findings, eight to a
// project, in batches of maxChunk.
func BenchmarkFingerprinter(b *testing.B) {
	fs := make([]Finding, 300_000)
	rules := [...]string{"typo", "mixed-punctuation", "identical-period-annual", "vague-wording"}
	for i := range fs {
		p := i / 8
		fs[i] = Finding{RuleID: rules[i%len(rules)], Path: "dense.txt", Unit: "某某区发展和改革局" + strconv.Itoa(p/4),
			Project: "城市更新与产业发展专项资金项目" + strconv.Itoa(p), Indicator: strconv.Itoa(i % 5), Field: "name",
			Text: "实施周期指标值：完成年度目标"}
	}
	refs := make([]*Finding, len(fs))
	for i := range fs {
		refs[i] = &fs[i]
	}
	firstPrints(refs)
	prints := make([]string, len(fs))
	for i := range fs {
		prints[i] = fs[i].Fingerprint
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range fs {
			fs[i].Fingerprint = prints[i]
		}
		var fp fingerprinter
		for rest := fs; len(rest) > 0; rest = rest[min(len(rest), maxChunk):] {
			fp.count(rest[:min(len(rest), maxChunk)])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(fs)), "ns/finding")
}
