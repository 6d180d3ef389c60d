package funcs

import (
	"github.com/shopspring/decimal"
)

// Amounts in a table are mostly a few digits with two decimals: sums of them
// are found here in int64, without the allocations of decimal arithmetic, when
// that is exact, and with decimal otherwise.
const (
	smallDigits = 12   // a coefficient of at most this many digits
	smallShift  = 3    // shifted left by at most this many decimal places
	smallTerms  = 9000 // and at most this many of them added stay below 2^63
)

// pow10 holds the powers of ten a coefficient is shifted by.
var pow10 = [smallShift + 1]int64{1, 10, 100, 1000}

// smallExp returns the exponent that every decimal d of ds can be written
// with as a small int64 coefficient: the least of their exponents and 0, as
// decimal's Add (and dsum, starting from zero) gives. ok is false when one of
// them is too large or too finely scaled for that.
func smallExp(ds ...decimal.Decimal) (exp int32, ok bool) {
	if len(ds) > smallTerms {
		return 0, false
	}
	for _, d := range ds {
		exp = min(exp, d.Exponent())
	}
	for _, d := range ds {
		if d.NumDigits() > smallDigits || d.Exponent()-exp > smallShift {
			return 0, false
		}
	}
	return exp, true
}

// scaledTo returns the coefficient of d written with exponent exp, which
// smallExp found for it.
func scaledTo(d decimal.Decimal, exp int32) int64 {
	return d.CoefficientInt64() * pow10[d.Exponent()-exp]
}

// sumEqual reports whether total equals a + b + c.
func sumEqual(total, a, b, c decimal.Decimal) bool {
	exp, ok := smallExp(total, a, b, c)
	if !ok {
		return total.Equal(a.Add(b).Add(c))
	}
	return scaledTo(total, exp) == scaledTo(a, exp)+scaledTo(b, exp)+scaledTo(c, exp)
}

// dsumOf adds ds as dsum does, starting from zero: the result has the same
// value and exponent.
func dsumOf(ds []decimal.Decimal) decimal.Decimal {
	exp, ok := smallExp(ds...)
	if !ok {
		sum := decimal.Zero
		for _, d := range ds {
			sum = sum.Add(d)
		}
		return sum
	}
	var sum int64
	for _, d := range ds {
		sum += scaledTo(d, exp)
	}
	return decimal.New(sum, exp)
}
