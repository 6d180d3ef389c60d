//go:build !nopdf

package table

import (
	"math"
	"slices"
	"strings"
)

// pdfCols are the columns of a table without rules: the x-range of each
// header cell, from left to right; and the wrap distance of its cells' lines
// (see pdfWrap), which a page where no cell wraps takes from the page before.
type pdfCols struct {
	lo, hi  []float64
	wrap    float64
	layout  string      // the name of the header's layout
	centre  bool        // cells are centred in their rows' height (see pdfSplitCentred)
	roles   rowsColumns // in the rows layout, the column of each header name, or -1
	amounts []int       // in the packed layout, the amount columns (总计, 财政拨款, …)
}

// pdfFindHeader looks for a layout's header among the first lines: a line,
// or a few lines no farther apart than the wrap distance where header cells
// wrap. It returns the index of the header's first line, its number of lines
// and its columns, or n 0 when there is none. The cells are taken as centred
// in their rows when a header line lies between two wrapped lines of another
// cell rather than at the wrap distance from the header's first.
func pdfFindHeader(lines []pdfLine, wrap float64) (first, n int, cols pdfCols) {
	for i := range min(len(lines), pdfHeaderScan) {
		for k := 1; k <= pdfHeaderLines && i+k <= len(lines); k++ {
			if k > 1 && !pdfWrapped(lines[i+k-2], lines[i+k-1], wrap) {
				break
			}
			_, texts := pdfHeaderCols(lines[i : i+k])
			layout := matchLayout(texts)
			if texts == nil || layout == "" {
				continue
			}
			for i+k < len(lines) && k < pdfHeaderLines && pdfWrapped(lines[i+k-1], lines[i+k], wrap) && !pdfHasAmount(lines[i+k]) {
				k++ // a header cell wraps once more (a line with an amount is the first row, right below)
			}
			cols, texts = pdfHeaderCols(lines[i : i+k])
			cols.layout = layout
			head := Row{Cells: make([]Cell, len(texts))}
			for j, t := range texts {
				head.Cells[j].Text = t
			}
			switch layout {
			case "rows":
				cols.roles, _ = resolveRowsHeader(nil, head)
			case "packed":
				pc, _ := packedHeader(head)
				for _, c := range pc.amounts {
					if c >= 0 {
						cols.amounts = append(cols.amounts, c)
					}
				}
			}
			for _, l := range lines[i+1 : i+k] {
				steps := (lines[i].base - l.base) / wrap
				cols.centre = cols.centre || math.Abs(steps-math.Round(steps))*wrap > pdfBaseTol
			}
			return i, k, cols
		}
	}
	return 0, 0, pdfCols{}
}

// pdfHasAmount reports whether line l holds an amount (see pdfAmount), as a
// header cell never does.
func pdfHasAmount(l pdfLine) bool { return slices.ContainsFunc(l.segs, pdfAmount) }

// pdfAmount reports whether s may be an amount: digits, without Chinese text.
func pdfAmount(s pdfSeg) bool { return !hasHan(s.text) && strings.ContainsAny(s.text, "0123456789") }

// pdfWrapped reports whether line b follows line a no farther than the wrap
// distance, as the wrapped lines of a cell do (and the lines of cells centred
// between them).
func pdfWrapped(a, b pdfLine, wrap float64) bool {
	return wrap > 0 && a.base-b.base <= wrap+pdfBaseTol
}

// pdfHeaderCols makes the columns of header lines: each run joins the column
// of the line above that it overlaps, or starts one. texts are the columns'
// texts, wrapped lines joined, or nil when a run spans several columns (a
// title above the header is not part of it) or the lines hold more runs than
// a header of pdfMaxCols columns would.
func pdfHeaderCols(lines []pdfLine) (pdfCols, []string) {
	var cols pdfCols
	var texts []string
	runs := 0
	for _, l := range lines {
		if runs += len(l.segs); runs > 2*pdfMaxCols {
			return cols, nil
		}
		for _, s := range l.segs {
			if cols.spans(s) {
				return cols, nil
			}
			if j := cols.overlapping(s); j >= 0 {
				texts[j] += s.text
				cols.lo[j], cols.hi[j] = min(cols.lo[j], s.left), max(cols.hi[j], s.right)
				continue
			}
			at, _ := slices.BinarySearch(cols.lo, s.left)
			cols.lo, cols.hi = slices.Insert(cols.lo, at, s.left), slices.Insert(cols.hi, at, s.right)
			texts = slices.Insert(texts, at, s.text)
		}
	}
	return cols, texts
}

// overlapping returns the column that s overlaps most, or -1.
func (c pdfCols) overlapping(s pdfSeg) int {
	best, most := -1, 0.0
	for j := range c.lo {
		if o := min(s.right, c.hi[j]) - max(s.left, c.lo[j]); o > most {
			best, most = j, o
		}
	}
	return best
}

// spans reports whether s overlaps more than one column.
func (c pdfCols) spans(s pdfSeg) bool {
	n := 0
	for j := range c.lo {
		if min(s.right, c.hi[j]) > max(s.left, c.lo[j]) {
			n++
		}
	}
	return n > 1
}

// column returns the column of a run: the one it overlaps most, else the
// last that begins left of it (a run after a space in a cell wider than its
// header), else the first.
func (c pdfCols) column(s pdfSeg) int {
	if j := c.overlapping(s); j >= 0 {
		return j
	}
	j, _ := slices.BinarySearch(c.lo, s.left+pdfTol)
	return max(j-1, 0)
}

// matchLayout returns the name of the layout whose header cells of these
// texts are, or "".
func matchLayout(texts []string) string {
	row := Row{Cells: make([]Cell, len(texts))}
	for i, t := range texts {
		row.Cells[i].Text = t
	}
	for _, l := range layouts {
		if l.match(row) {
			return l.name
		}
	}
	return ""
}
