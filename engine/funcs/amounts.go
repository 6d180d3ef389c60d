package funcs

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
)

// amountsOf accepts a row's amounts by value or by pointer (document.total is a
// pointer and nil when the table has no 合计 row), or the row itself: a project,
// a unit, or a document for its 合计 row. Rows passed by pointer are read in
// place, without copying their amounts.
func amountsOf(v any) *table.Amounts {
	switch a := v.(type) {
	case *table.Amounts:
		return a
	case table.Amounts:
		return &a
	case *table.Project:
		if a != nil {
			return &a.Amounts
		}
	case *table.Unit:
		if a != nil {
			return &a.Amounts
		}
	case *table.Document:
		if a != nil {
			return a.Total
		}
	}
	return nil
}

// badRowSum reports whether a row has a funding column filled, no invalid
// amount, and a total that is not the sum of its funding columns:
// hasFunding(row) && !hasInvalid(row) && total != fiscal + special + other.
func badRowSum(v any) bool {
	a := amountsOf(v)
	if a == nil || !hasFunding(a) || hasInvalid(a) {
		return false
	}
	return !sumEqual(a.Total, a.Fiscal, a.Special, a.Other)
}

// projectSums returns the sum of each amount column over the projects of unit
// u, added as dsum adds them; its cells are empty.
func projectSums(v any) *table.Amounts {
	out := &table.Amounts{}
	u, _ := v.(*table.Unit)
	if u == nil {
		return out
	}
	column := make([]decimal.Decimal, len(u.Projects))
	for c := range out.Cells {
		for i, p := range u.Projects {
			column[i] = p.Amounts.Get(c)
		}
		out.Set(c, dsumOf(column))
	}
	return out
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
