package reporters

import (
	"testing"

	"github.com/jxlint/jxlint/table"
)

// TestAppendPlace writes places as the text output shows them: a workbook cell
// with the first and last column of the characters flagged inside it.
func TestAppendPlace(t *testing.T) {
	g7 := table.NewCellRef("表1", "G7")
	for _, tt := range []struct {
		span table.Span
		want string
	}{
		{table.Span{Line: 12, Column: 273, EndLine: 12, EndColumn: 275}, "a.txt:12:273"},
		{table.Span{Line: 12}, "a.txt:12"},
		{table.CellSpan("表1", "G7"), "a.txt:表1!G7"},
		{table.CellSpan("表1", "A5:N5"), "a.txt:表1!A5:N5"},
		{table.Span{Column: 5, EndColumn: 7, CellRef: g7}, "a.txt:表1!G7:5-6"},
		{table.Span{Column: 5, EndColumn: 6, CellRef: g7}, "a.txt:表1!G7:5"},
		{table.Span{Column: 5, EndColumn: 5, CellRef: g7}, "a.txt:表1!G7:5"},
		{table.Span{}, "a.txt"},
	} {
		if got := string(appendPlace(nil, "a.txt", tt.span)); got != tt.want {
			t.Errorf("appendPlace(%+v) = %q, want %q", tt.span, got, tt.want)
		}
	}
	if got := cellPlace(table.Span{Column: 2, EndColumn: 4, CellRef: table.NewCellRef("", "B2")}); got != "B2:2-3" {
		t.Errorf("cellPlace without a sheet = %q", got)
	}
}
