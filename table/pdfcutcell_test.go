//go:build !nopdf

package table

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/jxlint/jxlint/table/pdfium"
)

// printedCells returns the text of every cell of every page as the page
// prints it, before any row is joined with its rest, by page!cell.
func printedCells(pages []pdfium.Page) map[string]string {
	out := map[string]string{}
	add := func(rows []Row) { addCellTexts(out, rows) }
	var cols pdfCols
	edges := pdfRepeatedEdges(pages)
	for i := range pages {
		if g := newPDFGrid(&pages[i]); g != nil {
			pr := pdfGridRows(&pages[i], i+1, g)
			add(pr.above)
			add(pr.grid)
			continue
		}
		var rows []Row
		rows, cols, _ = pdfPlainPage(&pages[i], i+1, cols, edges)
		add(rows)
	}
	return out
}

// TestPDFCutCellSpansHoldTheirValues reads PDFs whose page breaks cut rows,
// with and without drawn rules, and checks every value of the model that has
// a range inside its cell against the cell of the page it names, as that
// page prints it: the range holds the value, or, where it runs across a cut
// and past the cell's end, the cell ends with the value's beginning. Values printed in the rest of a
// cut cell, at the top of a later page, are counted from that rest's first
// character.
func TestPDFCutCellSpansHoldTheirValues(t *testing.T) {
	for _, tt := range []struct {
		file string
		rest int // values in the rest of a cut cell, at least
	}{
		{"pazhou.pdf", 10},
		{"pazhou-plain-lo.pdf", 10},
		{"pazhou-plain-centred.pdf", 10},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/docs/" + tt.file)
			must(t, err)
			pages, err := pdfium.Pages(data)
			must(t, err)
			printed := printedCells(pages)
			rows, _, _ := pdfDocRows(pages)
			checkCutCells(t, rows, printed)
			doc, err := readPDF(tt.file, data, ReadOptions{})
			must(t, err)
			rest := 0
			check := func(what, value string, s Span) {
				t.Helper()
				if !s.InCell() {
					return
				}
				if j, _ := s.Joined(); !j.Equal(s) {
					rest++
				}
				cell, ok := printed[s.Sheet()+"!"+s.Cell()]
				u := utf16.Encode([]rune(cell))
				if !ok || s.EndColumn < s.Column || int(s.Column)-1 > len(u) {
					t.Fatalf("%s: range %d-%d outside %s!%s of %d units", what, s.Column, s.EndColumn, s.Sheet(), s.Cell(), len(u))
				}
				if _, cut := s.Joined(); cut && int(s.EndColumn)-1 > len(u) {
					// across the cut: the cell ends with the value's beginning
					got := strings.TrimRight(string(utf16.Decode(u[s.Column-1:])), " ")
					if got == "" || !strings.HasPrefix(value, got) || int(s.EndColumn-s.Column) != len(utf16.Encode([]rune(value))) {
						t.Errorf("%s: %s!%s:%d-%d, across the cut, holds %q, want the beginning of %q", what, s.Sheet(), s.Cell(), s.Column, s.EndColumn, got, value)
					}
					return
				}
				if got := string(utf16.Decode(u[s.Column-1 : s.EndColumn-1])); got != value {
					t.Errorf("%s: %s!%s:%d-%d holds %q, want %q", what, s.Sheet(), s.Cell(), s.Column, s.EndColumn, got, value)
				}
			}
			for _, u := range doc.Units {
				for _, p := range u.Projects {
					check(p.Name+" goal", p.Goal, p.Spans.Goal)
					for _, ind := range p.Indicators {
						where := p.Name + " item " + ind.Number
						check(where+" number", ind.Number, ind.Spans.Number)
						check(where+" name", ind.Name, ind.Spans.Name)
						check(where+" period", ind.Period, ind.Spans.Period)
						check(where+" annual", ind.Annual, ind.Spans.Annual)
					}
				}
			}
			if rest < tt.rest {
				t.Errorf("%d values in the rest of a cut cell, want at least %d", rest, tt.rest)
			}
			t.Logf("%d values in the rest of a cut cell", rest)
		})
	}
}

// TestCutCellJoins checks the joins of both kinds of PDF table: the pieces
// are recorded where text is appended, and a cell left alone keeps its span.
func TestCutCellJoins(t *testing.T) {
	row := Row{Cells: []Cell{{Text: "甲", Span: CellSpan("第1页", "A9")}, {Text: "前 ", Span: CellSpan("第1页", "B9")}}}
	rest := Row{Cells: []Cell{{Span: CellSpan("第2页", "A1")}, {Text: "续", Span: CellSpan("第2页", "B1")}}}
	appendCells(&row, rest, 0, 2)
	if row.Cells[0].Span.cut != nil || row.Cells[1].Text != "前续" {
		t.Fatalf("joined %+v", row.Cells)
	}
	if got := place(SubSpan(row.Cells[1].Span, row.Cells[1].Text, 1, 2)); got != "第2页!B1:1-2" {
		t.Errorf("rest at %s", got)
	}
	ruled := Row{Cells: []Cell{{Text: "甲", Span: CellSpan("第1页", "A9")}}}
	joinCut(&ruled, []float64{0, 40}, Row{Cells: []Cell{{Text: "乙", Span: CellSpan("第2页", "A1")}, {Text: "丙", Span: CellSpan("第2页", "B1")}}},
		[]float64{0, 40, 80})
	if got := place(SubSpan(ruled.Cells[0].Span, ruled.Cells[0].Text, 2, 3)); ruled.Cells[0].Text != "甲乙丙" || got != "第2页!B1:1-2" {
		t.Errorf("ruled: %q, third character at %s", ruled.Cells[0].Text, got)
	}
	short := Row{Cells: []Cell{{Text: "甲", Span: CellSpan("第1页", "A9")}}}
	joinCut(&short, []float64{0, 40, 80}, Row{Cells: []Cell{{Text: "乙", Span: CellSpan("第2页", "A1")}, {Text: "丙丁", Span: CellSpan("第2页", "B1")}}},
		[]float64{0, 40, 80})
	if len(short.Cells) != 2 || short.Cells[0].Span.cut == short.Cells[1].Span.cut {
		t.Fatalf("a cell added to a short row shares the first cell's pieces: %+v", short.Cells)
	}
	if got := place(SubSpan(short.Cells[1].Span, short.Cells[1].Text, 0, 1)); got != "第2页!B1:1-2" {
		t.Errorf("added cell: rest at %s", got)
	}
}
