//go:build !nopdf

package table

import "slices"

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
// shares: a cell merged over several rows goes to its first, as in a
// workbook. A block that shares no row's height makes a row of its own.
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
	var rows []pdfBlock // the extent of each row, from the top down
	for _, b := range blocks {
		if b.col == anchor {
			rows = append(rows, b)
		}
	}
	for _, b := range blocks {
		if b.col != anchor && !slices.ContainsFunc(rows, func(r pdfBlock) bool { return pdfShare(r, b, near) }) {
			rows = append(rows, b)
		}
	}
	slices.SortStableFunc(rows, func(a, b pdfBlock) int { return cmpFloat(b.top, a.top) })
	for i := range blocks {
		blocks[i].row = slices.IndexFunc(rows, func(r pdfBlock) bool { return pdfShare(r, blocks[i], near) })
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

// pdfShare reports whether blocks a and b share some height, within near.
func pdfShare(a, b pdfBlock, near float64) bool {
	return b.bottom-near <= a.top && b.top+near >= a.bottom
}
