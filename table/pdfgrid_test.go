//go:build !nopdf

package table

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/jxlint/jxlint/table/pdfium"
)

// ruledPage draws a grid of rules: vertical ones at xs between y top and
// bottom, horizontal ones at ys across, skipping the pieces in skip (a merged
// cell), and puts one character in the middle of each text cell.
func ruledPage(xs, ys []float64, skipV map[[2]int]bool, skipH map[[2]int]bool, text map[[2]int]string) pdfium.Page {
	var pg pdfium.Page
	for r := 0; r+1 < len(ys); r++ {
		for c, x := range xs {
			if !skipV[[2]int{r, c}] {
				pg.Paths = append(pg.Paths, pdfium.Box{Left: x - 0.4, Right: x + 0.4, Bottom: ys[r+1], Top: ys[r]})
			}
		}
	}
	for r, y := range ys {
		for c := 0; c+1 < len(xs); c++ {
			if !skipH[[2]int{r, c}] {
				pg.Paths = append(pg.Paths, pdfium.Box{Left: xs[c], Right: xs[c+1], Bottom: y - 0.4, Top: y + 0.4})
			}
		}
	}
	for rc, s := range text {
		x, y := (xs[rc[1]]+xs[rc[1]+1])/2, (ys[rc[0]]+ys[rc[0]+1])/2
		pg.Chars = append(pg.Chars, pdfium.Char{Text: s, Box: pdfium.Box{Left: x - 4, Right: x + 4, Bottom: y - 4, Top: y + 4}})
	}
	return pg
}

func TestPDFGridMerges(t *testing.T) {
	xs, ys := []float64{10, 50, 90, 130}, []float64{300, 280, 260, 240}
	// Row 0 spans the three columns; column 0 spans rows 1 and 2.
	pg := ruledPage(xs, ys, map[[2]int]bool{{0, 1}: true, {0, 2}: true}, map[[2]int]bool{{2, 0}: true},
		map[[2]int]string{{0, 0}: "题", {1, 0}: "甲", {1, 1}: "1", {2, 1}: "2", {2, 2}: "3"})
	rows, g := pdfPageRows(&pg, 1)
	if g == nil || g.openTop || g.openBottom || len(rows.grid) != 3 || len(rows.above) != 0 {
		t.Fatalf("grid %+v, %d rows", g, len(rows.grid))
	}
	got := ""
	for _, r := range rows.grid {
		for _, c := range r.Cells {
			got += c.Text + "@" + c.Span.Cell() + " "
		}
		got += "| "
	}
	if want := "题@A1 @B1 @C1 | 甲@A2 1@B2 @C2 | 甲@A2 2@B3 3@C3 | "; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestPDFGridCutRows(t *testing.T) {
	xs := []float64{10, 50, 90}
	// The vertical rules go on above the first horizontal rule and below the
	// last one: the first row is the rest of a cut row, the last is cut.
	pg := ruledPage(xs, []float64{400, 380, 360, 300}, nil, map[[2]int]bool{{0, 0}: true, {0, 1}: true, {3, 0}: true, {3, 1}: true},
		map[[2]int]string{{0, 1}: "续", {1, 0}: "乙", {2, 1}: "断"})
	pg.Chars = append(pg.Chars, pdfium.Char{Text: "页", Box: pdfium.Box{Left: 40, Right: 48, Bottom: 100, Top: 108}})
	pg.Chars = append(pg.Chars, pdfium.Char{Text: "标", Box: pdfium.Box{Left: 40, Right: 48, Bottom: 500, Top: 508}})
	rows, g := pdfPageRows(&pg, 2)
	if g == nil || !g.openTop || !g.openBottom || len(rows.grid) != 3 {
		t.Fatalf("grid %+v", g)
	}
	if len(rows.above) != 1 || rows.above[0].Cells[0].Text != "标" || rows.above[0].Cells[0].Span.Sheet() != "第2页" {
		t.Errorf("above %+v", rows.above)
	}
	if c := rows.grid[0].Cells[1]; c.Text != "续" || c.Span.Cell() != "B2" {
		t.Errorf("rest of the cut row: %q at %s", c.Text, c.Span.Cell())
	}
	prev := Row{Cells: []Cell{{Text: "甲"}, {Text: "前"}}}
	joinCut(&prev, xs, rows.grid[0], g.xs)
	if prev.Cells[0].Text != "甲" || prev.Cells[1].Text != "前续" {
		t.Errorf("joined %+v", prev.Cells)
	}
	// A page that draws a column more (a narrow one at the right) still
	// joins the rest of each cell to its column.
	prev = Row{Cells: []Cell{{Text: "甲"}, {Text: "前"}}}
	joinCut(&prev, xs, Row{Cells: []Cell{{Text: "一"}, {Text: "二"}, {Text: "三"}}}, []float64{10, 50, 88, 90})
	if prev.Cells[0].Text != "甲一" || prev.Cells[1].Text != "前二三" {
		t.Errorf("joined %+v", prev.Cells)
	}
}

// FuzzPDFGrid rebuilds grids from arbitrary rules and characters: no panic,
// every grid row has one cell per column, and joined with the same page as
// its rest, the characters of the last row are placed where they are printed.
func FuzzPDFGrid(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Fuzz(func(t *testing.T, data []byte) {
		var pg pdfium.Page
		num := func(i int) float64 { return float64(binary.LittleEndian.Uint16(data[i:])%800) / 2 }
		for i := 0; i+8 <= len(data) && i < 4000; i += 8 {
			b := pdfium.Box{Left: num(i), Bottom: num(i + 2), Right: num(i) + num(i+4)/50, Top: num(i+2) + num(i+6)/4}
			if data[i]&1 == 0 {
				b.Right, b.Top = num(i)+num(i+4)/4, num(i+2)+num(i+6)/50
			}
			if data[i]&6 == 6 {
				pg.Chars = append(pg.Chars, pdfium.Char{Text: "字", Box: b})
			} else {
				pg.Paths = append(pg.Paths, b)
			}
		}
		pg.Chars = append(pg.Chars, pdfium.Char{Text: "x", Box: pdfium.Box{Left: math.NaN()}})
		rows, g := pdfPageRows(&pg, 1)
		if g == nil {
			return
		}
		for _, r := range rows.grid {
			if len(r.Cells) != g.cols() {
				t.Fatalf("%d cells, %d columns", len(r.Cells), g.cols())
			}
		}
		// The same page as the next one: its first row joined to the last
		// row, each character of a joined cell is placed where it is printed.
		if len(rows.grid) == 0 {
			return
		}
		next := pdfGridRows(&pg, 2, g)
		printed := map[string]string{}
		addCellTexts(printed, rows.grid)
		addCellTexts(printed, next.grid)
		joinCut(&rows.grid[len(rows.grid)-1], g.xs, next.grid[0], g.xs)
		checkCutCells(t, rows.grid, printed)
	})
}
