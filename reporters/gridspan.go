package reporters

import (
	"strings"

	"github.com/jxlint/jxlint/table"
	"github.com/xuri/excelize/v2"
)

// spanWithin reports whether inner starts inside outer: in the same workbook
// cell range (and inside outer's range of the cell when both flag characters
// of one cell), or between outer's start and end in the text. Ranges in a PDF
// cell that a page break cut are compared over the cell's joined text.
func spanWithin(outer, inner table.Span) bool {
	outer, _ = outer.Joined()
	inner, _ = inner.Joined()
	if outer.Sheet() != "" || inner.Sheet() != "" {
		if outer.InCell() && inner.InCell() && outer.Cell() == inner.Cell() && outer.Sheet() == inner.Sheet() {
			return outer.Column <= inner.Column && (inner.Column < outer.EndColumn ||
				inner.Column == outer.EndColumn && inner.EndColumn == inner.Column)
		}
		return outer.Sheet() == inner.Sheet() && cellWithin(outer.Cell(), inner.Cell())
	}
	if !outer.HasText() || !inner.HasText() {
		return false
	}
	if posBefore(inner.Line, inner.Column, outer.Line, outer.Column) {
		return false
	}
	endLine := outer.EndLine
	if endLine == 0 {
		endLine = outer.Line
	}
	if outer.EndColumn == 0 {
		return inner.Line <= endLine
	}
	return posBefore(inner.Line, inner.Column, endLine, outer.EndColumn) ||
		inner.Line == endLine && inner.Column == outer.EndColumn && inner.Line == inner.EndLine && inner.EndColumn == inner.Column
}

// posBefore reports whether line:col a comes before line:col b.
func posBefore(al, ac, bl, bc int32) bool {
	return al < bl || al == bl && ac < bc
}

// cellWithin reports whether the top-left cell of inner lies in the cell or
// range outer (A1 style).
func cellWithin(outer, inner string) bool {
	if outer == "" || inner == "" {
		return false
	}
	ic, ir, err := excelize.CellNameToCoordinates(strings.Split(inner, ":")[0])
	if err != nil {
		return false
	}
	from, to, _ := strings.Cut(outer, ":")
	if to == "" {
		to = from
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	c2, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil {
		return false
	}
	return min(c1, c2) <= ic && ic <= max(c1, c2) && min(r1, r2) <= ir && ir <= max(r1, r2)
}
