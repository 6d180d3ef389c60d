package funcs

import (
	"strings"

	"github.com/jxlint/jxlint/table"
)

// amountsOf accepts a row's amounts by value or by pointer (document.total is a
// pointer and nil when the table has no 合计 row).
func amountsOf(v any) *table.Amounts {
	switch a := v.(type) {
	case *table.Amounts:
		return a
	case table.Amounts:
		return &a
	}
	return nil
}

// filled reports whether column c of a holds an amount: written text, or a
// value that did not come from text (a canonical JSON table).
func filled(a *table.Amounts, c int) bool {
	cell := a.Cells[c]
	if cell.Empty {
		return false
	}
	return strings.TrimSpace(cell.Raw) != "" || !a.Get(c).IsZero()
}

// hasAmounts reports whether any money column of the row is filled.
func hasAmounts(v any) bool {
	a := amountsOf(v)
	if a == nil {
		return false
	}
	for c := range a.Cells {
		if filled(a, c) {
			return true
		}
	}
	return false
}

// hasFunding reports whether any funding column (财政拨款, 财政专户拨款, 其他资金) of
// the row is filled; the rows layout has only 预算数 and none.
func hasFunding(v any) bool {
	a := amountsOf(v)
	if a == nil {
		return false
	}
	return filled(a, table.ColFiscal) || filled(a, table.ColSpecial) || filled(a, table.ColOther)
}

// hasInvalid reports whether a money cell of the row failed to parse.
func hasInvalid(v any) bool {
	a := amountsOf(v)
	if a == nil {
		return false
	}
	for _, cell := range a.Cells {
		if cell.Invalid {
			return true
		}
	}
	return false
}

// negativeCells returns the cells of the row that hold a negative amount.
func negativeCells(v any) []table.AmountCell {
	a := amountsOf(v)
	if a == nil {
		return nil
	}
	var out []table.AmountCell
	for c, cell := range a.Cells {
		if !cell.Invalid && a.Get(c).IsNegative() {
			out = append(out, cell)
		}
	}
	return out
}
