package fix

import (
	"strings"
	"unicode/utf8"

	"github.com/jxlint/jxlint/table"
)

// lineIndex finds lines in a decoded text; lines end at \n, \r\n or \r, as
// the table readers count them.
type lineIndex struct {
	text   string
	starts []int // byte offset of each line
	ends   []int // byte offset of each line's end, before its line end
}

func newLineIndex(text string) lineIndex {
	idx := lineIndex{text: text}
	for start := 0; ; {
		rest := text[start:]
		i := strings.IndexAny(rest, "\r\n")
		idx.starts = append(idx.starts, start)
		if i < 0 {
			idx.ends = append(idx.ends, len(text))
			return idx
		}
		idx.ends = append(idx.ends, start+i)
		start += i + 1
		if rest[i] == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
			start++
		}
	}
}

// offsets returns the byte offsets of a span, or false when it is not inside
// the text or its end comes before its start.
func (idx lineIndex) offsets(s table.Span) (int, int, bool) {
	endLine := int(s.EndLine)
	if endLine == 0 {
		endLine = int(s.Line)
	}
	start, ok := idx.offset(int(s.Line), int(s.Column))
	if !ok {
		return 0, 0, false
	}
	end, ok := idx.offset(endLine, int(s.EndColumn))
	if !ok || end < start {
		return 0, 0, false
	}
	return start, end, true
}

// offset returns the byte offset of a 1-based line and UTF-16 column; the
// column just past the line's last character is allowed.
func (idx lineIndex) offset(line, col int) (int, bool) {
	if line < 1 || line > len(idx.starts) || col < 1 {
		return 0, false
	}
	pos, end := idx.starts[line-1], idx.ends[line-1]
	for units := 1; units < col; {
		if pos >= end {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(idx.text[pos:])
		pos += size
		units++
		if r >= 0x10000 {
			units++
		}
		if units > col {
			return 0, false // inside a surrogate pair
		}
	}
	return pos, true
}
