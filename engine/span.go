package engine

import (
	"unicode/utf16"

	"github.com/jxlint/jxlint/table"
)

// rangeSpan returns the span and text of UTF-16 offsets [start, end) inside
// text, the value that stands at span. A span without a text region (a
// workbook cell) is returned whole. ok is false when the range is not inside text.
func rangeSpan(span table.Span, text string, start, end int) (sub table.Span, subText string, ok bool) {
	bs, ok1 := byteOffset(text, start)
	be, ok2 := byteOffset(text, end)
	if !ok1 || !ok2 || bs > be {
		return span, "", false
	}
	return table.SubSpan(span, text, start, end), text[bs:be], true
}

// byteOffset converts a UTF-16 offset in s to a byte offset; it fails when the
// offset is past the end or inside a surrogate pair.
func byteOffset(s string, units int) (int, bool) {
	if units < 0 {
		return 0, false
	}
	n := 0
	for i, r := range s {
		if n == units {
			return i, true
		}
		if n > units {
			return 0, false
		}
		n += utf16.RuneLen(r)
	}
	return len(s), n == units
}
