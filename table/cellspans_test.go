package table

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/jxlint/jxlint/table/tabletest"
)

// TestEveryCellSpanHoldsItsValue reads the corpus saved as a workbook and
// checks every value of the model against its cell: a value with a range
// inside its cell is those characters of the cell's text; a value without one
// is the whole cell, trimmed.
func TestEveryCellSpanHoldsItsValue(t *testing.T) {
	src, err := os.ReadFile(corpusText)
	must(t, err)
	data, err := tabletest.XLSX(src)
	must(t, err)
	doc, err := Read("pazhou.xlsx", data)
	must(t, err)
	wb, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	defer func() { _ = wb.Close() }()
	ranged := 0
	check := func(what, value string, s Span) {
		t.Helper()
		cell, err := wb.GetCellValue(s.Sheet(), s.Cell())
		if err != nil || s.Sheet() == "" || s.Cell() == "" || s.Line != 0 {
			t.Fatalf("%s: span %+v is not a cell (%v)", what, s, err)
		}
		if !s.InCell() {
			if got := strings.TrimSpace(cell); got != value {
				t.Errorf("%s: %s!%s holds %q, want %q", what, s.Sheet(), s.Cell(), got, value)
			}
			return
		}
		ranged++
		u := utf16.Encode([]rune(cell))
		if s.EndColumn < s.Column || int(s.EndColumn)-1 > len(u) {
			t.Fatalf("%s: range %d-%d outside %s!%s of %d units", what, s.Column, s.EndColumn, s.Sheet(), s.Cell(), len(u))
		}
		if got := string(utf16.Decode(u[s.Column-1 : s.EndColumn-1])); got != value {
			t.Errorf("%s: %s!%s:%d-%d holds %q, want %q", what, s.Sheet(), s.Cell(), s.Column, s.EndColumn, got, value)
		}
	}
	checkNamedSpans(doc, check)
	if ranged < 6*33 {
		t.Errorf("%d values with a range inside their cell, want at least the 6 fields of 33 indicators", ranged)
	}
}
