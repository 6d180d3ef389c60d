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
}

// TestSubSpanInCell places parts of a workbook cell's text as ranges inside
// the cell, counted over the whole text, line breaks included.
func TestSubSpanInCell(t *testing.T) {
	cell := CellSpan("Sheet1", "G12")
	ref := cell.CellRef
	tests := []struct {
		name       string
		span       Span
		text       string
		start, end int
		want       Span
	}{
		{"part", cell, "正产运转。", 0, 2, Span{Column: 1, EndColumn: 3, CellRef: ref}},
		{"whole cell", cell, "正产运转。", 0, 5, cell},
		{"after a surrogate pair", cell, "\U0001F600正产", 2, 4, Span{Column: 3, EndColumn: 5, CellRef: ref}},
		{"second line", cell, "ab\ncd", 3, 5, Span{Column: 4, EndColumn: 6, CellRef: ref}},
		{"across CRLF", cell, "ab\r\ncd", 1, 5, Span{Column: 2, EndColumn: 6, CellRef: ref}},
		{"part of a part", Span{Column: 4, EndColumn: 9, CellRef: ref}, "正产运转。", 0, 2, Span{Column: 4, EndColumn: 6, CellRef: ref}},
		{"all of a part", Span{Column: 4, EndColumn: 9, CellRef: ref}, "正产运转。", 0, 5, Span{Column: 4, EndColumn: 9, CellRef: ref}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SubSpan(tt.span, tt.text, tt.start, tt.end)
			if !got.Equal(tt.want) || got.InCell() != (tt.want.Column > 0) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	if got := SubSpan(Span{}, "abc", 1, 2); !got.IsZero() {
		t.Errorf("no place: got %+v", got)
	}
}

// TestTrimCellInCell places a cell's trimmed value: at the whole cell when it
// starts the cell, else at its range.
func TestTrimCellInCell(t *testing.T) {
	cell := CellSpan("表1", "C4")
	for _, tt := range []struct {
		text, value string
		want        Span
	}{
		{"正常", "正常", cell},
		{"正常 \n", "正常", cell},
		{"  正常 ", "正常", Span{Column: 3, EndColumn: 5, CellRef: cell.CellRef}},
	} {
		v, s := trimCell(Cell{Text: tt.text, Span: cell})
		if v != tt.value || !s.Equal(tt.want) {
			t.Errorf("trimCell(%q) = %q %+v, want %q %+v", tt.text, v, s, tt.value, tt.want)
		}
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

func TestCellTextPartInCell(t *testing.T) {
	ct := newCellText("年度：\U0001F600正产", CellSpan("第1页", "G5"))
	s := len("年度：\U0001F600")
	if got := ct.part(s, s+len("正产")); !got.Equal(Span{Column: 6, EndColumn: 8, CellRef: ct.span.CellRef}) {
		t.Errorf("got %+v", got)
	}
	var dst Span
	ct.placeInto(&dst, ct.mark(0), ct.mark(len("年度")))
	if !dst.Equal(Span{Column: 1, EndColumn: 3, CellRef: ct.span.CellRef}) {
		t.Errorf("placeInto: got %+v", dst)
	}
	if got := ct.part(0, len(ct.text)); !got.Equal(ct.span) {
		t.Errorf("whole text: got %+v", got)
	}
}
