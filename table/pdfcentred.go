//go:build !nopdf

package table

import (
	"math"
	"slices"
)

// pdfBlock is the text of one cell of a table without rules: the runs of a
// column on lines no farther apart than the wrap distance, from baseline top
// down to bottom.
type pdfBlock struct {
	col         int
	top, bottom float64
	row         int
}

// pdfSplitCentred groups the runs of a table whose cells are centred in their
// rows' height into rows, where the lines of a row's cells no longer begin
// together. Each column's runs make blocks (cells); the column with the most
// blocks, where every row has a cell of its own (三级指标, 项目名称), gives the
// rows, and every other block goes to the first of them whose height it
// shares. A block that shares no row's height makes a row of its own. In the
// rows layout, a cell of the unit, project and goal columns, merged over the
// rows of its project and centred in them, goes to the first row after the
// column's cell above, as in a workbook.
func pdfSplitCentred(lines []pdfLine, cols pdfCols, near, wrap float64) [][]pdfSeg {
	var blocks []pdfBlock
	open := make([]int, len(cols.lo)) // per column, its last block, or -1
	for c := range open {
		open[c] = -1
	}
	of := make([][]int, len(lines)) // per line and run, its block
	count := make([]int, len(cols.lo))
	for i, l := range lines {
		of[i] = make([]int, len(l.segs))
		for j, s := range l.segs {
			c, base := cols.column(s), s.base
			if !hasHan(s.text) {
				base = l.base // digits: the baseline of the Chinese text beside them
			}
			if b := open[c]; b >= 0 && blocks[b].bottom-base <= max(near, wrap+pdfBaseTol) {
				blocks[b].bottom = min(blocks[b].bottom, base)
			} else {
				open[c] = len(blocks)
				blocks = append(blocks, pdfBlock{col: c, top: base, bottom: base, row: -1})
				count[c]++
			}
			of[i][j] = open[c]
		}
	}
	anchor := 0
	for c := range count {
		if count[c] > count[anchor] {
			anchor = c
		}
	}
	group := 0 // in the rows layout, the columns left of the indicator's (unit, project, goal), merged over rows
	if cols.layout == "rows" {
		group = max(cols.roles[hLevel1], 0)
	}
	var rows []pdfBlock // the extent of each row, from the top down
	for _, b := range blocks {
		if b.col == anchor {
			rows = append(rows, b)
		}
	}
	for _, b := range blocks {
		if b.col != anchor && b.col >= group && !slices.ContainsFunc(rows, func(r pdfBlock) bool { return pdfShare(r, b, near) }) {
			rows = append(rows, b)
		}
	}
	slices.SortStableFunc(rows, func(a, b pdfBlock) int { return cmpFloat(b.top, a.top) })
	next := make([]int, len(cols.lo)) // per column, the row below its last cell
	if group > 0 {
		// A page's first merged cells begin on its first row that has an
		// indicator's 一级指标, not on the rest of a row cut at its top.
		first := len(rows) - 1
		for _, b := range blocks {
			if b.col == cols.roles[hLevel1] {
				if r := slices.IndexFunc(rows, func(r pdfBlock) bool { return pdfShare(r, b, near) }); r >= 0 {
					first = min(first, r)
				}
			}
		}
		for c := range group {
			next[c] = max(first, 0)
		}
	}
	for i, b := range blocks {
		r := slices.IndexFunc(rows, func(r pdfBlock) bool { return pdfShare(r, b, near) })
		end := r
		if b.col < group && (r < 0 || r > next[b.col]) {
			r, end = pdfMergedRows(rows, b, next[b.col])
		}
		blocks[i].row, next[b.col] = r, end+1
	}
	out := make([][]pdfSeg, len(rows))
	for i, l := range lines {
		for j, s := range l.segs {
			r := max(blocks[of[i][j]].row, 0)
			out[r] = append(out[r], s)
		}
	}
	return out
}

// pdfMergedRows returns the rows first to last of a cell merged over rows
// and centred in them: they begin at row from or below, reach the cell, and
// their middle is nearest the cell's middle (the first such rows when some
// are as near). At most pdfMergeScan rows are tried each way.
func pdfMergedRows(rows []pdfBlock, b pdfBlock, from int) (first, last int) {
	from = min(from, len(rows)-1)
	mid := (b.top + b.bottom) / 2
	reach := from // the first row at or below the cell's middle
	for reach+1 < len(rows) && rows[reach].top > mid {
		reach++
	}
	first, last = from, from
	best := math.Inf(1)
	for r := from; r <= reach && r < from+pdfMergeScan; r++ {
		for e := max(r, reach-1); e < len(rows) && e < r+pdfMergeScan; e++ {
			if d := math.Abs((rows[r].top+rows[e].bottom)/2 - mid); d < best-pdfBaseTol {
				first, last, best = r, e, d
			}
		}
	}
	return first, last
}

// pdfMergeScan bounds the rows that pdfMergedRows tries.
const pdfMergeScan = 64

// pdfShare reports whether blocks a and b share some height, within near.
func pdfShare(a, b pdfBlock, near float64) bool {
	return b.bottom-near <= a.top && b.top+near >= a.bottom
}
