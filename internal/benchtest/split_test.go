package benchtest

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// TestLintSplitAsLint lints the dense corpus and a table of the defects corpus
// on one to four cores with LintSplit: the result is Lint's, finding for
// finding, with the same fingerprints, counts and rule errors.
func TestLintSplitAsLint(t *testing.T) {
	files, err := Corpus(1, 512<<10)
	if err != nil {
		t.Fatal(err)
	}
	d := denseCorpus(t, 512<<10)
	l := builtinLinter(t)
	for _, f := range []File{files[0], d.File} {
		doc, err := table.Read(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		want := l.Worker().Lint(doc)
		if len(want.Findings) == 0 {
			t.Fatalf("%s: no findings", f.Name)
		}
		for n := 1; n <= 4; n++ {
			ws := make([]*engine.Worker, n-1)
			for i := range ws {
				ws[i] = l.Worker()
			}
			w := l.Worker()
			for range 2 { // the workers are used again for the next file
				got := w.LintSplit(doc, ws)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s on %d cores: %s", f.Name, n, firstDifference(got, want))
				}
			}
		}
	}
}

// firstDifference says where two results differ first.
func firstDifference(got, want engine.FileResult) string {
	for i := range min(len(got.Findings), len(want.Findings)) {
		if !reflect.DeepEqual(got.Findings[i], want.Findings[i]) {
			return fmt.Sprintf("finding %d is\n%+v\nwant\n%+v", i, got.Findings[i], want.Findings[i])
		}
	}
	return fmt.Sprintf("%d findings, %d projects, %d indicators, %d rule errors, %d ignored; want %d, %d, %d, %d, %d",
		len(got.Findings), got.Projects, got.Indicators, len(got.RuleErrors), got.Ignored,
		len(want.Findings), want.Projects, want.Indicators, len(want.RuleErrors), want.Ignored)
}
