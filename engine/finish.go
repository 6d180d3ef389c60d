package engine

import (
	"cmp"
	"strconv"

	"github.com/jxlint/jxlint/table"
)

// ignored reports whether an ignore entry drops f.
func (l *Linter) ignored(f *Finding) bool {
	for i := range l.ignores {
		if l.ignores[i].matches(f) {
			return true
		}
	}
	return false
}

// compareFindings orders findings by place, then rule id and message: line and
// column in a text file; sheet, row and column in a workbook, then the column
// inside the cell.
func compareFindings(a, b *Finding) int {
	if c := cmp.Compare(a.Span.Sheet(), b.Span.Sheet()); c != 0 {
		return c
	}
	ar, ac := position(a)
	br, bc := position(b)
	if c := cmp.Compare(ar, br); c != 0 {
		return c
	}
	if c := cmp.Compare(ac, bc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Span.Column, b.Span.Column); c != 0 { // inside one workbook cell
		return c
	}
	if c := cmp.Compare(a.RuleID, b.RuleID); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// position is a finding's line and column, or for a workbook cell its row and
// column numbers.
func position(f *Finding) (row, col int) { return spanPosition(&f.Span) }

// spanPosition is the line and column of s, or for a workbook cell its row
// and column numbers.
func spanPosition(s *table.Span) (row, col int) {
	if s.Line > 0 || s.Cell() == "" {
		return int(s.Line), int(s.Column)
	}
	return cellPosition(s.Cell())
}

// cellPosition parses an A1 reference into row and column numbers.
func cellPosition(ref string) (row, col int) {
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	row, _ = strconv.Atoi(ref[i:])
	return row, col
}
