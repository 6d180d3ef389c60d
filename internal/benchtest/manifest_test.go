package benchtest

import (
	"bytes"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestFindingsMatchManifest lints both benchmark corpora with the built-in
// rules and checks the findings against what the generator wrote.
func TestFindingsMatchManifest(t *testing.T) {
	t.Run("defects", testDefectsCorpus)
	t.Run("dense", testDenseCorpus)
}

// testDenseCorpus lints the dense corpus (1 MB here, about 100 copies of the
// example): every copy gives the example's reviewed findings on its own lines,
// plus the indicators that later copies copy from the first.
func testDenseCorpus(t *testing.T) {
	d := denseCorpus(t, 1<<20)
	if d.Repeated.Copies < 50 {
		t.Fatalf("dense corpus of 1 MB has %d copies of the example", d.Repeated.Copies)
	}
	doc, err := table.Read(d.Name, d.Data)
	if err != nil {
		t.Fatal(err)
	}
	l := builtinLinter(t)
	res := l.Worker().Lint(doc)
	for _, re := range res.RuleErrors {
		t.Errorf("rule %s failed: %v", re.RuleID, re.Err)
	}
	got := make([]goldenLine, len(res.Findings))
	for i, f := range res.Findings {
		got[i] = goldenLine{int(f.Span.Line), int(f.Span.Column), f.RuleID, f.Message}
	}
	want := denseWant(t, d)
	t.Logf("%d bytes, %d copies, %d findings", len(d.Data), d.Repeated.Copies, len(want))
	if len(got) != len(want) {
		t.Errorf("%d findings in %d copies; want %d", len(got), d.Repeated.Copies, len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("finding %d is\n\t%s\nwant\n\t%s", i, got[i], want[i])
		}
	}
}

// testDefectsCorpus lints the benchmark corpus (2 tables of 1 MB here)
// with the built-in rules and compares, for each defect kind that one rule
// reports once per defect, the rule's findings with the injected defects. A
// rule that no kind exercises must find nothing.
func testDefectsCorpus(t *testing.T) {
	files, err := Corpus(2, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	found, injected := lintCorpus(t, files)
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
	mapped := map[string]bool{}
	for _, id := range RuleOfKind {
		mapped[id] = true
	}
	for id, n := range found {
		if !mapped[id] {
			t.Errorf("%s: %d findings, but no injected defect is for this rule", id, n)
		}
	}
}

// TestCleanTableHasNoFindings lints a table generated without defects: the
// built-in rules find nothing in it.
func TestCleanTableHasNoFindings(t *testing.T) {
	opt := Options
	opt.Rates = tablegen.Rates{}
	var buf bytes.Buffer
	m, err := tablegen.GenerateSize(&buf, opt, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Defects) != 0 {
		t.Fatalf("manifest of a clean table lists %d defects", len(m.Defects))
	}
	found, _ := lintCorpus(t, []File{{Name: "clean.txt", Data: buf.Bytes(), Manifest: m}})
	if len(found) != 0 {
		t.Errorf("findings in a table without defects: %v", found)
	}
}

// lintCorpus lints files with the built-in rules and returns the findings per
// rule and the injected defects per kind; a rule that fails fails t.
func lintCorpus(t *testing.T, files []File) (found map[string]int, injected map[tablegen.Kind]int) {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := engine.New(set, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := l.Worker()
	found = map[string]int{}
	injected = map[tablegen.Kind]int{}
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
	return found, injected
}

// knownGaps are kinds whose rule does not yet find what the generator
// injects, with the reason.
var knownGaps = map[tablegen.Kind]string{}

// expected returns how many findings kind k's rule should give on files: one
// per defect, except that a sum defect gives one per column that does not
// reconcile, missing categories give one finding per project, a half-width
// indicator writes `: ` after both of its value labels, a mismatched topic
// is not judged on a project without a goal, an amount written as text is
// found again where the row is repeated after a page break, and the list
// rules (missing categories, too few indicators, numbering) leave a project
// with a malformed item to malformed-indicator.
func expected(files []File, k tablegen.Kind) int {
	n := 0
	for _, f := range files {
		noGoal, malformed := map[int]bool{}, map[int]bool{}
		for _, d := range f.Manifest.Defects {
			switch d.Kind {
			case tablegen.KindMissingGoal:
				noGoal[d.Line] = true
			case tablegen.KindMalformed:
				malformed[d.Line] = true
			}
		}
		lines := map[int]bool{}
		for _, d := range f.Manifest.Defects {
			switch {
			case d.Kind != k:
			case k == tablegen.KindUnitSum || k == tablegen.KindTotalSum:
				n += len(d.Columns)
			case malformed[d.Line] && (k == tablegen.KindMissingCategory || k == tablegen.KindTooFewIndicators ||
				k == tablegen.KindNumbering):
			case k == tablegen.KindMissingCategory:
				if !lines[d.Line] {
					lines[d.Line] = true
					n++
				}
			case k == tablegen.KindHalfWidth:
				n += 2
			case k == tablegen.KindTopicMismatch && noGoal[d.Line]:
			case k == tablegen.KindInvalidAmount && d.Continued > 0:
				n += 2
			default:
				n++
			}
		}
	}
	return n
}
