package table

import "testing"

func TestSubSpan(t *testing.T) {
	cell := Span{Line: 3, Column: 5, EndLine: 3, EndColumn: 20}
	tests := []struct {
		name       string
		text       string
		start, end int
		want       Span
	}{
		{"one line", "正产运转。", 0, 4, Span{Line: 3, Column: 5, EndLine: 3, EndColumn: 9}},
		{"after a surrogate pair", "\U0001F600正产", 2, 4, Span{Line: 3, Column: 7, EndLine: 3, EndColumn: 9}},
		{"second line", "ab\ncd", 3, 5, Span{Line: 4, Column: 1, EndLine: 4, EndColumn: 3}},
		{"across CRLF", "ab\r\ncd", 1, 5, Span{Line: 3, Column: 6, EndLine: 4, EndColumn: 2}},
		{"after CR", "ab\rcd", 3, 4, Span{Line: 4, Column: 1, EndLine: 4, EndColumn: 2}},
		{"empty at end", "ab\ncd", 5, 5, Span{Line: 4, Column: 3, EndLine: 4, EndColumn: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SubSpan(cell, tt.text, tt.start, tt.end); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	sheet := CellSpan("Sheet1", "G12")
	if got := SubSpan(sheet, "abc", 1, 2); !got.Equal(sheet) {
		t.Errorf("sheet cell: got %+v", got)
	}
}

func TestCellTextPart(t *testing.T) {
	ct := newCellText("年度：\U0001F600正产", Span{Line: 1, Column: 10, EndLine: 1, EndColumn: 17})
	s := len("年度：\U0001F600")
	if got := ct.part(s, s+len("正产")); got != (Span{Line: 1, Column: 15, EndLine: 1, EndColumn: 17}) {
		t.Errorf("got %+v", got)
	}
	if got := ct.part(0, len("年度")); got != (Span{Line: 1, Column: 10, EndLine: 1, EndColumn: 12}) {
		t.Errorf("going back: got %+v", got)
	}
}
