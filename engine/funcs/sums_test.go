package funcs

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
)

// decimals parses the amounts of a test case.
func decimals(t *testing.T, s ...string) []decimal.Decimal {
	t.Helper()
	out := make([]decimal.Decimal, len(s))
	for i, x := range s {
		d, err := decimal.NewFromString(x)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = d
	}
	return out
}

func TestDsumOfMatchesDecimalAdd(t *testing.T) {
	cases := [][]string{
		{},
		{"12.50", "3", "0.005"},
		{"1000", "2000"},
		{"1.5", "-2.25"},
		{"123456789012345.67", "1"}, // too many digits for int64 sums
		{"0.0000001", "1"},          // too finely scaled
		{"1e5", "2.5"},              // a positive exponent
		{"99999999999.99", "0.01"},  // at the edge of the fast path
		{"-0.00", "0.00", "000.10"},
	}
	for _, c := range cases {
		ds := decimals(t, c...)
		want := decimal.Zero
		for _, d := range ds {
			want = want.Add(d)
		}
		got := dsumOf(ds)
		if got.String() != want.String() || got.Exponent() != want.Exponent() || !got.Equal(want) {
			t.Errorf("dsumOf(%s) = %s (exp %d), want %s (exp %d)", strings.Join(c, ", "),
				got, got.Exponent(), want, want.Exponent())
		}
	}
}

func TestSumEqual(t *testing.T) {
	cases := []struct {
		total, a, b, c string
		want           bool
	}{
		{"425.00", "420.00", "5", "0", true},
		{"425.00", "420.00", "0", "0", false},
		{"123456789012345.67", "123456789012345.67", "0", "0", true},
		{"123456789012345.67", "123456789012345.66", "0", "0", false},
		{"0.0000001", "0", "0", "0.0000001", true},
	}
	for _, c := range cases {
		d := decimals(t, c.total, c.a, c.b, c.c)
		if got := sumEqual(d[0], d[1], d[2], d[3]); got != c.want {
			t.Errorf("sumEqual(%s = %s + %s + %s) = %v, want %v", c.total, c.a, c.b, c.c, got, c.want)
		}
	}
}

func TestBadRowSumAndProjectSums(t *testing.T) {
	row := func(total, fiscal string) table.Amounts {
		d := decimals(t, total, fiscal)
		a := table.Amounts{Total: d[0], Fiscal: d[1]}
		a.Cells[table.ColTotal].Raw, a.Cells[table.ColFiscal].Raw = total, fiscal
		return a
	}
	u := &table.Unit{Amounts: row("40.00", "40.00"), Projects: []*table.Project{
		{Amounts: row("30.00", "30.00")}, {Amounts: row("2.00", "1.50")},
	}}
	if badRowSum(u) || !badRowSum(u.Projects[1]) || badRowSum(&table.Document{}) {
		t.Error("badRowSum: want only the second project's row reported")
	}
	s := projectSums(u)
	if s.Total.String() != "32" || s.Fiscal.String() != "31.5" || s.Other.String() != "0" {
		t.Errorf("projectSums = %s, %s, %s; want 32, 31.5, 0", s.Total, s.Fiscal, s.Other)
	}
}
