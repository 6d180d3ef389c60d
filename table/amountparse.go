package table

import (
	"strings"

	"github.com/shopspring/decimal"
)

// ParseAmount reads one amount cell as written: surrounding white space and
// thousands separators (`9,235.17`) are allowed; an empty cell is zero and Empty;
// text that is not a number is zero and Invalid. Raw keeps the text as written.
func ParseAmount(raw string, span Span) (decimal.Decimal, AmountCell) {
	cell := AmountCell{Raw: raw, Span: span}
	s := amountText(raw)
	if s == "" {
		cell.Empty = true
		return decimal.Zero, cell
	}
	if !isAmount(s) {
		cell.Invalid = true
		return decimal.Zero, cell
	}
	if d, ok := smallDecimal(s); ok {
		return d, cell
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		cell.Invalid = true
		return decimal.Zero, cell
	}
	return d, cell
}

// amountText is the cell's text without white space and, where it is a number
// with well-placed thousands separators, without the separators: the decimal
// as written.
func amountText(raw string) string {
	s := strings.TrimSpace(raw)
	if strings.IndexByte(s, ',') < 0 {
		return s
	}
	if !separatorsWellPlaced(s) {
		return s
	}
	return strings.ReplaceAll(s, ",", "")
}

// separatorsWellPlaced reports whether every comma of s separates groups of three
// digits of the integer part (1,234,567.89).
func separatorsWellPlaced(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	intPart := s
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart = s[:i]
		if strings.IndexByte(s[i:], ',') >= 0 {
			return false
		}
	}
	groups := strings.Split(intPart, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// isAmount reports whether s is a plain decimal: optional sign, digits, optional
// fraction. decimal.NewFromString also takes exponents, which a table never has.
func isAmount(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// smallDecimal reads a plain decimal (as isAmount accepts) of at most 18 digits
// without going through a string parser; it gives the value and exponent that
// decimal.NewFromString gives. ok is false for longer numbers.
func smallDecimal(s string) (d decimal.Decimal, ok bool) {
	neg := s[0] == '-'
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	var v int64
	digits, exp := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			exp = -(len(s) - i - 1)
			continue
		}
		if digits++; digits > 18 {
			return decimal.Decimal{}, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return decimal.New(v, int32(exp)), true
}
