package benchtest

import (
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// TestRuleAloneAsInSet lints a table of the defects corpus and the dense
// corpus with each built-in rule alone, for which the linter finds only the
// facts that rule reads, and checks that the rule finds exactly what it finds
// among all the others.
func TestRuleAloneAsInSet(t *testing.T) {
	files, err := Corpus(1, 256<<10)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	all := builtinLinter(t)
	for _, f := range []File{files[0], denseCorpus(t, 128<<10).File} {
		doc, err := table.Read(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]engine.Finding{}
		res := all.Worker().Lint(doc)
		for _, fd := range res.Findings {
			want[fd.RuleID] = append(want[fd.RuleID], fd)
		}
		for _, r := range set.Rules {
			got := builtinLinter(t, r.ID).Worker().Lint(doc)
			if len(got.RuleErrors) > 0 {
				t.Fatalf("%s: %s alone failed: %v", f.Name, r.ID, got.RuleErrors[0].Err)
			}
			if !reflect.DeepEqual(got.Findings, want[r.ID]) {
				t.Errorf("%s: %s alone finds %d, among all rules %d: %s", f.Name, r.ID, len(got.Findings), len(want[r.ID]),
					firstDifference(got, engine.FileResult{Findings: want[r.ID], Projects: got.Projects, Indicators: got.Indicators}))
			}
		}
	}
}
