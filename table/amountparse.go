package table

import (
	"strings"

	"github.com/shopspring/decimal"
)

// ParseAmount reads one amount cell as written: surrounding white space and
// thousands separators (`9,235.17`) are allowed; an empty cell is zero and Empty;
// text that is not a number is zero and Invalid. Raw keeps the text as written.
func ParseAmount(raw string, span Span) (decimal.Decimal, AmountCell) {
	return parseAmount(raw, span, nil)
}

// parseAmount is ParseAmount taking the decimals of short numbers from cache
// when it is not nil.
func parseAmount(raw string, span Span, cache *decimalCache) (decimal.Decimal, AmountCell) {
	cell := AmountCell{Raw: raw, Span: span}
	s := strings.TrimSpace(raw)
	if s == "" {
		cell.Empty = true
		return decimal.Zero, cell
	}
	commas := strings.IndexByte(s, ',') >= 0
	if commas && !separatorsWellPlaced(s) || !isAmount(s, commas) {
		cell.Invalid = true
		return decimal.Zero, cell
	}
	if v, exp, ok := smallAmount(s); ok {
		if cache != nil {
			return cache.get(v, exp), cell
		}
		return decimal.New(v, exp), cell
	}
	d, err := decimal.NewFromString(amountText(raw))
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
	first := strings.IndexByte(intPart, ',')
	if first < 0 {
		return len(intPart) >= 1 && len(intPart) <= 3
	}
	if first < 1 || first > 3 {
		return false
	}
	for rest := intPart[first+1:]; ; rest = rest[4:] {
		if len(rest) < 3 || len(rest) > 3 && rest[3] != ',' || strings.IndexByte(rest[:3], ',') >= 0 {
			return false
		}
		if len(rest) == 3 {
			return true
		}
	}
}

// isAmount reports whether s is a plain decimal: optional sign, digits, optional
// fraction; commas are passed over when commas is set (separatorsWellPlaced has
// placed them). decimal.NewFromString also takes exponents, which a table never has.
func isAmount(s string, commas bool) bool {
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
		case c == ',' && commas:
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
	v, exp, ok := smallAmount(s)
	if !ok {
		return decimal.Decimal{}, false
	}
	return decimal.New(v, exp), true
}

// smallAmount reads a plain decimal of at most 18 digits, passing over the
// thousands separators that isAmount accepts, as a value and an exponent: the
// number is v·10^exp. ok is false for longer numbers.
func smallAmount(s string) (v int64, exp int32, ok bool) {
	neg := s[0] == '-'
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits, frac := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.':
			frac = true
			continue
		case ',':
			continue
		}
		if digits++; digits > 18 {
			return 0, 0, false
		}
		v = v*10 + int64(c-'0')
		if frac {
			exp--
		}
	}
	if neg {
		v = -v
	}
	return v, exp, true
}

// decimalCache hands out one decimal for each short number it has seen lately,
// so that equal amounts (most often a row's 总计 and 财政拨款) share a value
// instead of allocating one each. A decimal is never changed once made, so it
// may be shared.
type decimalCache struct {
	slots [64]cachedDecimal
}

// cachedDecimal is the decimal v·10^exp, or an empty slot when d is zero.
type cachedDecimal struct {
	v   int64
	exp int32
	d   decimal.Decimal
}

// get returns the decimal v·10^exp.
func (c *decimalCache) get(v int64, exp int32) decimal.Decimal {
	h := (uint64(v) ^ uint64(exp)<<56) * 0x9E3779B97F4A7C15
	s := &c.slots[h>>58]
	if s.v != v || s.exp != exp || s.d == (decimal.Decimal{}) {
		*s = cachedDecimal{v: v, exp: exp, d: decimal.New(v, exp)}
	}
	return s.d
}
