package tablegen

import (
	"math/rand/v2"
	"strconv"
)

// Amount columns as the header names them, in row order.
var columnNames = [4]string{"总计", "财政拨款", "财政专户拨款", "其他资金"}

// amounts are a row's money columns in cents of 万元: total, fiscal, special, other.
type amounts [4]int64

// add adds b column by column.
func (a *amounts) add(b amounts) {
	for c := range a {
		a[c] += b[c]
	}
}

// reconciles reports whether the total equals the sum of the funding columns.
func (a amounts) reconciles() bool { return a[0] == a[1]+a[2]+a[3] }

// drawAmount draws a realistic project amount in cents: mostly tens to hundreds
// of 万元, some small, a few in the thousands; whole, one or two decimals.
func drawAmount(r *rand.Rand) int64 {
	var wan int64
	switch p := r.IntN(100); {
	case p < 30:
		wan = 1 + r.Int64N(50)
	case p < 75:
		wan = 50 + r.Int64N(450)
	case p < 95:
		wan = 500 + r.Int64N(2500)
	default:
		wan = 3000 + r.Int64N(7000)
	}
	cents := wan * 100
	switch r.IntN(4) {
	case 0:
		cents += 10 * r.Int64N(10)
	case 1:
		cents += r.Int64N(100)
	}
	return cents
}

// drawDelta draws a non-zero error in cents that keeps base+delta positive.
func drawDelta(r *rand.Rand, base int64) int64 {
	d := 1 + r.Int64N(100000)
	if r.IntN(2) == 0 && base-d > 0 {
		return -d
	}
	return d
}

// appendAmount appends the formatted amount (never empty) to b.
func appendAmount(b []byte, cents int64) []byte {
	if cents < 0 {
		b = append(b, '-')
		cents = -cents
	}
	whole := strconv.FormatInt(cents/100, 10)
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, whole[i])
	}
	frac := cents % 100
	return append(b, '.', byte('0'+frac/10), byte('0'+frac%10))
}

// plainAmount writes cents as an indicator value does: no separators, no
// trailing zero decimals (425, 179.1, 4.57).
func plainAmount(cents int64) string {
	s := strconv.FormatInt(cents/100, 10)
	switch frac := cents % 100; {
	case frac == 0:
		return s
	case frac%10 == 0:
		return s + "." + strconv.FormatInt(frac/10, 10)
	default:
		return s + "." + string([]byte{byte('0' + frac/10), byte('0' + frac%10)})
	}
}
