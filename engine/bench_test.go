package engine

import (
	"bytes"
	"testing"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// benchDoc generates and reads a table of about 200 projects with defects.
func benchDoc(b *testing.B) (*table.Document, int) {
	b.Helper()
	var buf bytes.Buffer
	opt := tablegen.Options{Seed: 7, Units: 20, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.05)}
	if _, err := tablegen.Generate(&buf, opt); err != nil {
		b.Fatal(err)
	}
	doc, err := table.Read("bench.txt", buf.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, u := range doc.Units {
		n += len(u.Projects)
	}
	return doc, n
}

// BenchmarkLintProject lints a generated table with 25 representative rules
// and reports the time per project. The programs are compiled once; "one" uses
// one worker (one VM), "parallel" one worker per goroutine sharing the programs.
func BenchmarkLintProject(b *testing.B) {
	doc, projects := benchDoc(b)
	set := loadSet(b, "bench-rules.yaml")
	if len(set.Rules) != 25 {
		b.Fatalf("%d rules; want 25", len(set.Rules))
	}
	l := mustLinter(b, set, "zh")
	if res := l.Worker().Lint(doc); len(res.RuleErrors) > 0 {
		b.Fatalf("rule error: %v", res.RuleErrors[0].Err)
	}
	perProject := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*projects), "ns/project")
	}
	b.Run("one", func(b *testing.B) {
		w := l.Worker()
		b.ReportAllocs()
		for b.Loop() {
			w.Lint(doc)
		}
		perProject(b)
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			w := l.Worker()
			for pb.Next() {
				w.Lint(doc)
			}
		})
		perProject(b)
	})
}
