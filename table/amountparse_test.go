package table

import (
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		raw            string
		value          string
		empty, invalid bool
		written        string // amountText: the decimal as written without separators
	}{
		{"9,235.17", "9235.17", false, false, "9235.17"},
		{"1,234,567", "1234567", false, false, "1234567"},
		{" 425.00 ", "425", false, false, "425.00"},
		{"-3.5", "-3.5", false, false, "-3.5"},
		{"", "0", true, false, ""},
		{"  ", "0", true, false, ""},
		{"12,34", "0", false, true, "12,34"},
		{"1,234.5,6", "0", false, true, "1,234.5,6"},
		{"约100", "0", false, true, "约100"},
		{"1e3", "0", false, true, "1e3"},
		{".", "0", false, true, "."},
		{"-12,345,678.9", "-12345678.9", false, false, "-12345678.9"},
		{"1,234,", "0", false, true, "1,234,"},
		{",123", "0", false, true, ",123"},
		{"1,2345", "0", false, true, "1,2345"},
		{"1234,567", "0", false, true, "1234,567"},
		{"1,2a3", "0", false, true, "12a3"},
		{"1,,234", "0", false, true, "1,,234"},
		{"1,234,567,890,123,456,789.5", "1234567890123456789.5", false, false, "1234567890123456789.5"},
	}
	for _, tt := range tests {
		d, c := ParseAmount(tt.raw, Span{Line: 1})
		if d.String() != tt.value || c.Empty != tt.empty || c.Invalid != tt.invalid || c.Raw != tt.raw || c.Span.Line != 1 {
			t.Errorf("ParseAmount(%q) = %s %+v, want %s empty=%v invalid=%v", tt.raw, d, c, tt.value, tt.empty, tt.invalid)
		}
		if got := amountText(tt.raw); got != tt.written {
			t.Errorf("amountText(%q) = %q, want %q", tt.raw, got, tt.written)
		}
	}
}

// TestInvalidAmountInFile checks that an unreadable amount is kept, zero and
// reported as a document problem, and the file is still read.
func TestInvalidAmountInFile(t *testing.T) {
	doc, err := Read("a.txt", []byte(header+"\n项目\t1,000.5\t约1000\t\t\t目标\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Units[0].Projects[0].Amounts
	if a.Total.String() != "1000.5" || !a.Cells[ColFiscal].Invalid || a.Cells[ColFiscal].Raw != "约1000" || !a.Fiscal.IsZero() {
		t.Errorf("amounts %+v", a)
	}
	want := Problem{Kind: "invalid-amount", Message: "财政拨款 is not a number", Text: "约1000",
		Span: Span{Line: 2, Column: 12, EndLine: 2, EndColumn: 17}}
	if len(doc.Problems) != 1 || doc.Problems[0] != want {
		t.Errorf("problems %+v", doc.Problems)
	}
}

// TestSmallDecimal checks that the fast path gives the value and exponent that
// decimal.NewFromString gives, so amounts print the same either way.
func TestSmallDecimal(t *testing.T) {
	for _, s := range []string{"0", "0.00", "-0.5", "+5", "5.", ".5", "007", "9235.17", "-1234567.891",
		"100.00", "999999999999999999", "1000000000000000000", "12345678901234567.89"} {
		want, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := smallDecimal(s)
		if !ok {
			if len(strings.Trim(s, "+-.")) <= 18 {
				t.Errorf("smallDecimal(%q) refused a short number", s)
			}
			continue
		}
		if got.String() != want.String() || got.Exponent() != want.Exponent() || !got.Equal(want) {
			t.Errorf("smallDecimal(%q) = %s (exp %d), want %s (exp %d)", s, got, got.Exponent(), want, want.Exponent())
		}
	}
}

// TestDecimalCache checks that cached amounts are the amounts ParseAmount
// gives, also when two numbers fall into the same slot.
func TestDecimalCache(t *testing.T) {
	var cache decimalCache
	for range 2 {
		for _, s := range []string{"425.00", "425", "4.25", "-425.00", "0", "0.00", "1,234.5", "999999999999999999"} {
			want, _ := ParseAmount(s, Span{})
			for i := range 3 {
				got, c := parseAmount(s, Span{}, &cache)
				if c.Invalid || got.String() != want.String() || got.Exponent() != want.Exponent() {
					t.Errorf("cached %q = %s (exp %d), want %s (exp %d)", s, got, got.Exponent(), want, want.Exponent())
				}
				if i == 1 {
					for n := range 70 { // more numbers than slots
						parseAmount(strconv.Itoa(n), Span{}, &cache)
					}
				}
			}
		}
	}
}
