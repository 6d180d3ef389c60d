package table

import (
	"fmt"
	"testing"
	"unicode/utf16"
)

// cutCellOf returns a cell of page 1 holding the first of texts, joined with
// the others printed at G3 of the pages after it.
func cutCellOf(texts ...string) Cell {
	c := Cell{Text: texts[0], Span: CellSpan("第1页", "G12")}
	for i, t := range texts[1:] {
		joinCell(&c, t, CellSpan(fmt.Sprintf("第%d页", i+2), "G3"))
	}
	return c
}

// place writes a span as the text output does: sheet!cell:column-endColumn.
func place(s Span) string {
	if !s.InCell() {
		return s.Sheet() + "!" + s.Cell()
	}
	return fmt.Sprintf("%s!%s:%d-%d", s.Sheet(), s.Cell(), s.Column, s.EndColumn)
}

// TestSubSpanInCutCell places ranges of a cell that page breaks cut on the
// piece that prints their first character, counted from that piece's start.
func TestSubSpanInCutCell(t *testing.T) {
	tests := []struct {
		name       string
		pieces     []string
		start, end int
		want       string
	}{
		{"first piece", []string{"正产运", "转。"}, 0, 2, "第1页!G12:1-3"},
		{"up to the cut", []string{"正产运", "转。"}, 1, 3, "第1页!G12:2-4"},
		{"rest", []string{"正产运", "转。"}, 3, 5, "第2页!G3:1-3"},
		{"inside the rest", []string{"正常运转；", "正产运转"}, 5, 7, "第2页!G3:1-3"},
		{"empty range at the cut", []string{"正产运", "转。"}, 3, 3, "第2页!G3:1-1"},
		{"across the cut", []string{"正产运", "转。"}, 2, 4, "第1页!G12:3-5"},
		{"whole cell", []string{"正产运", "转。"}, 0, 5, "第1页!G12"},
		{"third page", []string{"甲", "乙", "丙丁"}, 3, 4, "第3页!G3:2-3"},
		{"across two cuts", []string{"甲", "乙", "丙丁"}, 0, 3, "第1页!G12:1-4"},
		{"after a surrogate pair", []string{"\U0001F600正", "产"}, 3, 4, "第2页!G3:1-2"},
		{"surrogate pair in the rest", []string{"正", "\U0001F600产"}, 3, 4, "第2页!G3:3-4"},
		{"after CRLF", []string{"ab\r\n", "正产"}, 4, 6, "第2页!G3:1-3"},
		{"CRLF at the cut", []string{"ab\r", "\n正产"}, 3, 4, "第2页!G3:1-2"},
		{"empty first piece", []string{"", "正产"}, 0, 1, "第2页!G3:1-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cutCellOf(tt.pieces...)
			got := SubSpan(c.Span, c.Text, tt.start, tt.end)
			if place(got) != tt.want {
				t.Errorf("%q %d-%d at %s, want %s", c.Text, tt.start, tt.end, place(got), tt.want)
			}
			// Over the joined text again: the range from start to end.
			j, ok := got.Joined()
			if !ok || j.Sheet() != "第1页" || j.InCell() != got.InCell() ||
				j.InCell() && (j.Column != int32(tt.start+1) || j.EndColumn != int32(tt.end+1)) {
				t.Errorf("joined again: %s (%v)", place(j), ok)
			}
		})
	}
}

// TestSubSpanInPartOfCutCell places a range inside a part of a cut cell (a
// value inside an indicator item) on the piece that prints it, whichever
// piece the part starts on.
func TestSubSpanInPartOfCutCell(t *testing.T) {
	c := cutCellOf("1、正常；实施周期指标值：正", "产运转；年度指标值：正产运转")
	item := SubSpan(c.Span, c.Text, 2, 28) // across the cut, which is at 14
	if place(item) != "第1页!G12:3-29" {
		t.Fatalf("item at %s", place(item))
	}
	text := string(utf16.Decode(utf16.Encode([]rune(c.Text))[2:28]))
	for _, tt := range []struct {
		start, end int
		want       string
	}{
		{0, 2, "第1页!G12:3-5"},
		{22, 24, "第2页!G3:11-13"},
		{12, 14, "第2页!G3:1-3"},
		{11, 13, "第1页!G12:14-16"},
	} {
		if got := SubSpan(item, text, tt.start, tt.end); place(got) != tt.want {
			t.Errorf("%d-%d of the item at %s, want %s", tt.start, tt.end, place(got), tt.want)
		}
	}
	value := SubSpan(c.Span, c.Text, 24, 28) // 正产运转 in the rest
	if got := SubSpan(value, "正产运转", 0, 2); place(got) != "第2页!G3:11-13" {
		t.Errorf("typo in the value at %s", place(got))
	}
}

// TestTrimCutCell places the trimmed value of a cut cell that starts with
// spaces: a range from its first character, and ranges inside it on their
// pieces.
func TestTrimCutCell(t *testing.T) {
	c := cutCellOf("  正常", "运转 ")
	v, s := trimCell(c)
	if v != "正常运转" || place(s) != "第1页!G12:3-7" {
		t.Fatalf("trimCell = %q at %s", v, place(s))
	}
	if got := place(SubSpan(s, v, 2, 4)); got != "第2页!G3:1-3" {
		t.Errorf("运转 at %s", got)
	}
	if j, ok := s.Joined(); !ok || place(j) != "第1页!G12:3-7" {
		t.Errorf("joined %s %v", place(j), ok)
	}
	if j, ok := CellSpan("表1", "C4").Joined(); ok || place(j) != "表1!C4" {
		t.Errorf("a cell that is not cut: %s %v", place(j), ok)
	}
}

// addCellTexts adds the text of every cell of rows to texts, by page!cell
// (a cell merged down keeps the text of the one that has it).
func addCellTexts(texts map[string]string, rows []Row) {
	for _, r := range rows {
		for _, c := range r.Cells {
			k := c.Span.Sheet() + "!" + c.Span.Cell()
			if _, ok := texts[k]; !ok || c.Text != "" {
				texts[k] = c.Text
			}
		}
	}
}

// checkCutCells checks every cut cell of rows: each of its characters, as a
// range of one character, names a cell that printed holds it at that range
// (printed holds every cell's text before the joins, by page!cell), and
// Joined gives its offset in the joined text again.
func checkCutCells(t *testing.T, rows []Row, printed map[string]string) {
	t.Helper()
	for _, r := range rows {
		for _, c := range r.Cells {
			if _, cut := c.Span.Joined(); !cut {
				continue
			}
			u := utf16.Encode([]rune(c.Text))
			for k := 0; k < len(u); k++ {
				n := 1
				if utf16.IsSurrogate(rune(u[k])) && k+1 < len(u) {
					n = 2
				}
				if k == 0 && n == len(u) {
					continue // the whole cell
				}
				s := SubSpan(c.Span, c.Text, k, k+n)
				p := utf16.Encode([]rune(printed[s.Sheet()+"!"+s.Cell()]))
				if !s.InCell() || int(s.EndColumn)-1 > len(p) || string(utf16.Decode(p[s.Column-1:s.EndColumn-1])) != string(utf16.Decode(u[k:k+n])) {
					t.Fatalf("character %d of %q at %s, which prints %q", k, c.Text, place(s), string(utf16.Decode(p)))
				}
				if j, _ := s.Joined(); j.Column != int32(k+1) {
					t.Fatalf("character %d of %q at %s joins again at %d", k, c.Text, place(s), j.Column)
				}
				k += n - 1
			}
		}
	}
}
