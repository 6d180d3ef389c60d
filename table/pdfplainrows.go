//go:build !nopdf

package table

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/jxlint/jxlint/table/pdfium"
)

// pdfPlainPage reads a page without drawn rules. Before the first header
// of the document, its lines (title, 部门名称, 单位) read as rows of their
// own; a header and the lines below it are cut into the header's columns,
// margin lines left out (see pdfTrimEdges, edges from pdfRepeatedEdges),
// and cols, those of the header met on a page before, serve the lines of a
// page above its own header or without one. It returns the page's rows,
// numbered from the top of the page, and the columns now in force (none
// before the first header); on is the index of the row that goes on from
// the page before, which may be the rest of a row that the page break cut
// (see joinPlainCut): the first row of a page whose table goes on, or the
// first below a header repeated at the top of the page, below the page's
// heading if any (a line of one run across columns); -1 when none.
func pdfPlainPage(pg *pdfium.Page, n int, cols pdfCols, edges map[string]bool) (rows []Row, _ pdfCols, on int) {
	sheet := pdfSheet(n)
	lines, near := pdfPlainLines(pg.Chars)
	lines = pdfTrimEdges(lines, near, edges)
	wrap := pdfWrap(lines)
	if wrap == 0 {
		wrap = cols.wrap
	}
	cols.wrap = wrap
	first, k, hcols := pdfFindHeader(lines, wrap)
	if k == 0 {
		first = len(lines)
	}
	table := func(lines []pdfLine, cols pdfCols, header bool) {
		if !header {
			if n := len(lines); n > 0 && pdfPageNumber(lines[n-1]) {
				lines = lines[:n-1]
			}
		}
		groups := [][]pdfSeg{nil}
		if header {
			for _, l := range lines {
				groups[0] = append(groups[0], l.segs...)
			}
		} else {
			groups = pdfSplitRows(lines, cols, near, wrap)
		}
		rows = append(rows, pdfTableRows(groups, cols, sheet, len(rows)+1)...)
	}
	on = -1
	if len(cols.lo) == 0 {
		for i, line := range lines[:first] {
			rows = append(rows, Row{Line: i + 1, Cells: pdfLineSegCells(line, sheet, i+1)})
		}
	} else {
		top := 0 // a page's own heading, one run across columns, reads as a line of its own
		for ; top < first && len(lines[top].segs) == 1 && cols.spans(lines[top].segs[0]); top++ {
			rows = append(rows, Row{Line: top + 1, Cells: pdfLineSegCells(lines[top], sheet, top+1)})
		}
		table(lines[top:first], cols, false)
		if len(rows) > top {
			on = top
		}
	}
	if k > 0 {
		repeated := len(cols.lo) > 0 && on < 0 // at the top of the page, below its heading if any
		cols = hcols
		cols.wrap = wrap
		table(lines[first:first+k], cols, true)
		if repeated && first+k < len(lines) {
			on = len(rows)
		}
		table(lines[first+k:], cols, false)
	}
	return rows, cols, on
}

// pdfTableRows makes a row of cells in cols of each group of runs, the first
// numbered line. A space that ends a cell's line is dropped where the cell's
// text wraps, as a line wrap is not in the text.
func pdfTableRows(groups [][]pdfSeg, cols pdfCols, sheet string, line int) []Row {
	rows := make([]Row, 0, len(groups))
	texts := make([]string, len(cols.lo))
	bases := make([]float64, len(cols.lo))
	for r, g := range groups {
		for _, s := range g {
			c := cols.column(s)
			if texts[c] != "" && math.Abs(bases[c]-s.base) > pdfBaseTol {
				texts[c] = strings.TrimRight(texts[c], " ")
			}
			texts[c] += s.text
			bases[c] = s.base
		}
		row := Row{Line: line + r, Cells: make([]Cell, len(cols.lo))}
		for c := range row.Cells {
			row.Cells[c] = Cell{Text: texts[c], Span: CellSpan(sheet, pdfCellName(c, line+r))}
			texts[c] = ""
		}
		rows = append(rows, row)
	}
	return rows
}

// pdfSplitRows groups the runs of lines of a table into rows. The lines of a
// cell follow each other at the wrap distance; a row begins where some
// column's Chinese text begins after a larger distance, the cells of a row
// being aligned at their tops. A column's text that runs on at the wrap
// distance belongs to the row where it began, so that a cell merged over
// several rows, whose text runs on beside the next row, stays in its first
// row. Runs without Chinese text (amounts, 24, %) that do not run on from the
// line above belong to the row that begins on or just below their line. With
// no wrap distance (0), every line of Chinese text begins a row. In the packed
// layout, where no cell is merged over rows and amounts never wrap, a line
// with an amount begins a row, all its runs in it: so rows are told apart
// even where no space lies between them, and the next row's first lines
// follow the last lines of the row above at the wrap distance.
func pdfSplitRows(lines []pdfLine, cols pdfCols, near, wrap float64) [][]pdfSeg {
	if cols.centre {
		return pdfSplitCentred(lines, cols, near, wrap)
	}
	var starts []float64                  // the baseline of each row's first line
	last := make([]float64, len(cols.lo)) // per column, the baseline of its line above
	row := make([]int, len(cols.lo))      // and its row, or -1
	for c := range row {
		row[c] = -1
	}
	rowOf := make([][]int, len(lines)) // per line and run, its row, or -1 for a run placed by its height
	for i, l := range lines {
		rowOf[i] = make([]int, len(l.segs))
		opens := cols.opensRow(l)
		if n := len(starts); opens && (n == 0 || starts[n-1]-l.base > near) {
			starts = append(starts, l.base)
		}
		for j, s := range l.segs {
			c, han := cols.column(s), hasHan(s.text)
			base := s.base // Chinese text's own baseline: the line may join two a little apart
			if !han {
				base = l.base // digits: the baseline of the Chinese text beside them
			}
			d := last[c] - base
			runsOn := row[c] >= 0 && (d <= near || math.Abs(d-wrap) <= pdfBaseTol && !opens)
			switch {
			case runsOn:
			case han:
				if n := len(starts); n == 0 || starts[n-1]-base > near {
					starts = append(starts, base)
				}
				row[c] = len(starts) - 1
			default:
				rowOf[i][j] = -1
				continue
			}
			last[c], rowOf[i][j] = base, row[c]
		}
	}
	if len(starts) == 0 { // runs without Chinese text only
		if len(lines) == 0 {
			return nil
		}
		starts = []float64{lines[0].base}
	}
	rows := make([][]pdfSeg, len(starts))
	for i, l := range lines {
		for j, s := range l.segs {
			r := rowOf[i][j]
			if r < 0 { // the last row that begins on or just below the line
				r = max(sort.Search(len(starts), func(i int) bool { return starts[i] < l.base-near })-1, 0)
			}
			rows[r] = append(rows[r], s)
		}
	}
	return rows
}

// opensRow reports whether line l holds an amount (see pdfAmount) in an
// amount column of the packed layout.
func (c pdfCols) opensRow(l pdfLine) bool {
	if len(c.amounts) == 0 {
		return false
	}
	for _, s := range l.segs {
		if pdfAmount(s) && slices.Contains(c.amounts, c.column(s)) {
			return true
		}
	}
	return false
}

// pdfStackScan is how many lines up pdfWrap looks for the line above one.
const pdfStackScan = 4

// pdfWrap is the wrap distance of a page's lines: the smallest distance
// between two lines one above the other that hold Chinese text at the same
// place, or 0 when no such distance is larger than it (every line is a row).
func pdfWrap(lines []pdfLine) float64 {
	wrap, most := math.Inf(1), 0.0
	for i := 1; i < len(lines); i++ {
		for j := i - 1; j >= max(0, i-pdfStackScan); j-- { // lines of other cells may lie between
			d := lines[j].base - lines[i].base
			if d > pdfBaseTol && pdfStacked(lines[j], lines[i]) {
				wrap, most = min(wrap, d), max(most, d)
				break
			}
		}
	}
	if most <= wrap+pdfBaseTol {
		return 0
	}
	return wrap
}

// pdfStacked reports whether a run of Chinese text of line b lies under one of
// line a.
func pdfStacked(a, b pdfLine) bool {
	if len(a.segs)*len(b.segs) > 1<<16 {
		return false // not lines of a table, and too costly to compare
	}
	for _, s := range b.segs {
		for _, t := range a.segs {
			if hasHan(s.text) && hasHan(t.text) && min(s.right, t.right) > max(s.left, t.left) {
				return true
			}
		}
	}
	return false
}

// pdfLineSegCells splits a line outside the table into cells where a gap
// wider than two characters separates its runs (部门名称：… and 单位：万元 on one
// line), placed in columns A, B, … of row row.
func pdfLineSegCells(l pdfLine, sheet string, row int) []Cell {
	var cells []Cell
	prev := pdfSeg{}
	for i, s := range l.segs {
		w := max((s.right-s.left)/float64(max(1, len([]rune(s.text)))), 3)
		if i > 0 && s.left-prev.right <= 2*w {
			cells[len(cells)-1].Text += s.text
		} else {
			cells = append(cells, Cell{Text: s.text, Span: CellSpan(sheet, pdfCellName(len(cells), row))})
		}
		prev = s
	}
	for i := range cells {
		cells[i].Text = strings.TrimSpace(cells[i].Text)
	}
	return cells
}
