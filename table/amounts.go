package table

import "github.com/shopspring/decimal"

// Amount columns, in table order; they index Amounts.Cells.
const (
	ColTotal   = iota // 总计 (预算数 in the rows layout)
	ColFiscal         // 财政拨款
	ColSpecial        // 财政专户拨款
	ColOther          // 其他资金
)

// AmountFields names the amount columns as rules and JSON spell them, in Cells order.
var AmountFields = [4]string{"total", "fiscal", "special", "other"}

// Amounts are the money columns of a row, exact decimals in the document's money
// unit. An empty cell is zero and is recorded in Cells as Empty.
type Amounts struct {
	Total   decimal.Decimal `expr:"total"`
	Fiscal  decimal.Decimal `expr:"fiscal"`
	Special decimal.Decimal `expr:"special"`
	Other   decimal.Decimal `expr:"other"`
	Cells   [4]AmountCell   `expr:"cells"`
}

// AmountCell is the source of one amount: its text as written, whether it was
// empty, whether it failed to parse, and where it stands.
type AmountCell struct {
	Raw     string `expr:"raw"`
	Empty   bool   `expr:"empty"`
	Invalid bool   `expr:"invalid"`
	Span    Span   `expr:"span"`
}

// Get returns the amount of column c (ColTotal…ColOther).
func (a *Amounts) Get(c int) decimal.Decimal {
	switch c {
	case ColTotal:
		return a.Total
	case ColFiscal:
		return a.Fiscal
	case ColSpecial:
		return a.Special
	default:
		return a.Other
	}
}

// Set stores the amount of column c.
func (a *Amounts) Set(c int, d decimal.Decimal) {
	switch c {
	case ColTotal:
		a.Total = d
	case ColFiscal:
		a.Fiscal = d
	case ColSpecial:
		a.Special = d
	default:
		a.Other = d
	}
}
