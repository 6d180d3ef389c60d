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

// badUnitSum reports what sum-unit looks for: unit u has amounts and
// projects, no invalid amount in its row or theirs, and a column that is
// not the sum of that column over its projects. It is hasAmounts(unit) &&
// len(unit.projects) > 0 && !hasInvalid(unit) && none(unit.projects,
// hasInvalid(#)) and a column of unit.amounts != that of projectSums(unit).
func badUnitSum(v any) bool {
	u, _ := v.(*table.Unit)
	if u == nil || len(u.Projects) == 0 || !hasAmounts(u) || hasInvalid(u) {
		return false
	}
	for _, p := range u.Projects {
		if hasInvalid(p) {
			return false
		}
	}
	s := projectSums(u)
	for c := range u.Amounts.Cells {
		if !u.Amounts.Get(c).Equal(s.Get(c)) {
			return true
		}
	}
	return false
}

// badTotalSum reports what sum-total looks for: the 合计 row of doc has
// amounts, no invalid one, no unit has an invalid one, and a column of the
// 合计 row is not the sum of that column over the units, a unit without
// amounts counting as the sum of its projects.
func badTotalSum(doc *table.Document) bool {
	t := doc.Total
	if t == nil || !hasAmounts(t) || hasInvalid(t) {
		return false
	}
	for _, u := range doc.Units {
		if hasInvalid(&u.Amounts) {
			return false
		}
	}
	column := make([]decimal.Decimal, len(doc.Units))
	for c := range t.Cells {
		for i, u := range doc.Units {
			if hasAmounts(&u.Amounts) {
				column[i] = u.Amounts.Get(c)
			} else {
				column[i] = projectSums(u).Get(c)
			}
		}
		if !t.Get(c).Equal(dsumOf(column)) {
			return true
		}
	}
	return false
}
