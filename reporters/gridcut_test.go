package reporters

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// TestPlaceInCutCells places the findings of the corpus printed to PDF, whose
// page breaks cut indicator cells, on the cells of the report's table: each
// goes to the same field of the same row as the finding of the corpus's text,
// and a finding placed by its range inside a value is placed at the same
// characters of it, in the rest of a cut cell as before the cut.
func TestPlaceInCutCells(t *testing.T) {
	marks := func(path string) map[string][]string {
		res, _ := lintFiles(t, "zh", path)
		g := newGrid(res[0].Doc)
		fs := slices.Clone(res[0].Findings)
		slices.SortStableFunc(fs, func(a, b engine.Finding) int {
			aj, _ := a.Span.Joined()
			bj, _ := b.Span.Joined()
			return cmp.Or(cmp.Compare(aj.Line, bj.Line), cmp.Compare(aj.Sheet(), bj.Sheet()), cmp.Compare(aj.Column, bj.Column))
		})
		out := map[string][]string{}
		for _, m := range g.place(g.index(), fs, 1) {
			f := m.f
			k := fmt.Sprintf("%s/%s/%s %s %s %s", f.Unit, f.Project, f.Indicator, f.Field, f.RuleID, f.Message)
			out[k] = append(out[k], fmt.Sprintf("%s of row %d at %d-%d", m.cell.field, m.cell.row, m.start, m.end))
		}
		return out
	}
	want := marks(corpusPath)
	for _, doc := range []string{"pazhou.pdf", "pazhou-plain-lo.pdf"} {
		path := "../testdata/docs/" + doc
		if !table.Supported(path) {
			t.Skipf("%s: this build has no reader for it (build tag nopdf)", doc)
		}
		got := marks(path)
		for k, w := range want {
			if !slices.Equal(got[k], w) {
				t.Errorf("%s: %s: placed %v, want %v", doc, k, got[k], w)
			}
		}
	}
}
