//go:build !nopdf

package table

import (
	"slices"
	"strings"
)

// joinPlainCut joins the first of rows, the first row of a table without
// rules at the top of a page, with the rows before it (of the pages before)
// where a page break cut a row, and returns what remains of rows. A page
// break is, like a line wrap, not in the text.
//
// In the packed layout, a first row without amounts whose every cell holds
// Chinese text (the rest of a name, a goal, indicators) is the rest of the
// last row. In the rows layout, a first row without a 预算数 holds in its
// unit, project and goal columns (those left of the indicator's) the rest of
// the cells merged over the last project's rows, which go to that project's
// first row; and a first row without a 指标值 is the rest of the last
// indicator row.
func joinPlainCut(before, rows []Row, cols pdfCols) []Row {
	n := len(before)
	if n == 0 || len(rows) == 0 || len(before[n-1].Cells) != len(rows[0].Cells) {
		return rows
	}
	first := rows[0]
	if pdfFurniture(first) {
		return rows
	}
	switch cols.layout {
	case "packed":
		if slices.ContainsFunc(first.Cells, func(c Cell) bool { return strings.TrimSpace(c.Text) != "" && !hasHan(c.Text) }) {
			return rows
		}
		appendCells(&before[n-1], first, 0, len(first.Cells))
		return rows[1:]
	case "rows":
		roles := cols.roles
		if !pdfCellEmpty(first, roles[hBudget]) {
			return rows
		}
		if group := roles[hLevel1]; group > 0 {
			top := n - 1
			for top > 0 && len(before[top].Cells) == len(first.Cells) && pdfCellEmpty(before[top], roles[hProject]) {
				top--
			}
			if len(before[top].Cells) == len(first.Cells) {
				appendCells(&before[top], first, 0, group)
				for c := range group {
					first.Cells[c].Text = ""
				}
			}
		}
		if pdfCellEmpty(first, roles[hValue]) {
			appendCells(&before[n-1], first, 0, len(first.Cells))
			return rows[1:]
		}
	}
	return rows
}

// appendCells appends the text of the cells lo to hi of rest to those of row.
func appendCells(row *Row, rest Row, lo, hi int) {
	for c := lo; c < hi && c < len(rest.Cells); c++ {
		if t := rest.Cells[c].Text; t != "" {
			row.Cells[c].Text = strings.TrimRight(row.Cells[c].Text, " ")
			joinCell(&row.Cells[c], t, rest.Cells[c].Span)
		}
	}
}

// pdfCellEmpty reports whether column c of row holds no text (true for a
// column the header lacks, -1).
func pdfCellEmpty(row Row, c int) bool {
	return c < 0 || c >= len(row.Cells) || strings.TrimSpace(row.Cells[c].Text) == ""
}

// pdfFurniture reports whether row holds only a 部门名称 or 单位 line, page
// furniture that a layout skips, never the rest of a cut row.
func pdfFurniture(row Row) bool {
	text := ""
	for _, c := range row.Cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			if text != "" {
				return false
			}
			text = t
		}
	}
	_, _, dept := metaValue(text, "部门名称")
	_, _, unit := metaValue(text, "单位")
	_, _, money := metaValue(text, "金额单位")
	return dept || unit || money
}
