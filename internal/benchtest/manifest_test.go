package benchtest

import (
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestFindingsMatchManifest lints the benchmark corpus (2 tables of 1 MB here)
// with the built-in rules and compares, for each defect kind that one rule
// reports once per defect, the rule's findings with the injected defects.
func TestFindingsMatchManifest(t *testing.T) {
	files, err := Corpus(2, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := engine.New(set, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := l.Worker()
	found := map[string]int{}
	injected := map[tablegen.Kind]int{}
	for _, f := range files {
		doc, err := table.Read(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		res := w.Lint(doc)
		for _, re := range res.RuleErrors {
			t.Errorf("%s: rule %s failed: %v", f.Name, re.RuleID, re.Err)
		}
		for _, fd := range res.Findings {
			found[fd.RuleID]++
		}
		for k, n := range f.Manifest.Counts {
			injected[k] += n
		}
	}
	for k, id := range RuleOfKind {
		want := expected(files, k)
		got := found[id]
		if gap, ok := knownGaps[k]; ok {
			if got == want {
				t.Errorf("%s: %d findings for %d injected %s defects: the gap (%s) is closed; remove it from knownGaps", id, got, want, k, gap)
			}
			continue
		}
		if got != want {
			t.Errorf("%s: %d findings; want %d, one per injected %s defect (%d injected)", id, got, want, k, injected[k])
		}
	}
}

// knownGaps are kinds whose rule does not yet find what the generator
// injects, with the reason.
var knownGaps = map[tablegen.Kind]string{}

// expected returns how many findings kind k's rule should give on files: one
// per defect, except that a sum defect gives one per column that does not
// reconcile, missing categories give one finding per project, a half-width
// indicator writes `: ` after both of its value labels, and a mismatched topic
// is not judged on a project without a goal.
func expected(files []File, k tablegen.Kind) int {
	n := 0
	for _, f := range files {
		noGoal := map[int]bool{}
		for _, d := range f.Manifest.Defects {
			if d.Kind == tablegen.KindMissingGoal {
				noGoal[d.Line] = true
			}
		}
		lines := map[int]bool{}
		for _, d := range f.Manifest.Defects {
			switch {
			case d.Kind != k:
			case k == tablegen.KindUnitSum || k == tablegen.KindTotalSum:
				n += len(d.Columns)
			case k == tablegen.KindMissingCategory:
				if !lines[d.Line] {
					lines[d.Line] = true
					n++
				}
			case k == tablegen.KindHalfWidth:
				n += 2
			case k == tablegen.KindTopicMismatch && noGoal[d.Line]:
			default:
				n++
			}
		}
	}
	return n
}
