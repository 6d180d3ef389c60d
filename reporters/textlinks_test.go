package reporters

import (
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
)

// TestTextLinksOnlyFiredRules checks that the text output points at the pages
// of the rules whose findings it shows, and at no other.
func TestTextLinksOnlyFiredRules(t *testing.T) {
	run := testRun("zh")
	for _, r := range run.Rules {
		r.HelpURI = "https://docs.example/" + r.ID + ".md"
	}
	res := testResults()[0] // missing-category, indicator-value-same, typo and a typo accepted by the baseline
	got := string(render(t, "text", run, []*engine.FileResult{res}, Summary{}))
	want := "规则说明：\n" +
		"  indicator-value-same  https://docs.example/indicator-value-same.md\n" +
		"  missing-category      https://docs.example/missing-category.md\n" +
		"  typo                  https://docs.example/typo.md\n"
	if !strings.HasSuffix(got, want) {
		t.Errorf("text output ends\n%s\nwant\n%s", got, want)
	}
	res.Findings = res.Findings[3:] // only the accepted typo
	if got := string(render(t, "text", run, []*engine.FileResult{res}, Summary{})); strings.Contains(got, "规则说明") {
		t.Errorf("pages listed for findings that are not shown:\n%s", got)
	}
}
