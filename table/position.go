package table

import (
	"math/bits"
	"unicode/utf8"
)

// utf16Len returns the number of UTF-16 code units of the valid UTF-8 string s:
// one per byte that is not a continuation byte, and one more per 4-byte
// sequence. It looks at eight bytes at a time.
func utf16Len(s string) int {
	const high = 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&high == 0 {
			n += 8
			continue
		}
		cont := x &^ (x << 1) & high                      // 10xxxxxx
		four := x & (x << 1) & (x << 2) & (x << 3) & high // 1111xxxx
		n += 8 - bits.OnesCount64(cont) + bits.OnesCount64(four)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			n++
			if c >= 0xF0 {
				n++
			}
		}
	}
	return n
}

// u16Cursor converts byte offsets of a string into UTF-16 offsets, walking from
// the last offset asked for, so that offsets asked for in about increasing order
// cost about one pass over the string in all.
type u16Cursor struct {
	s    string
	b, u int // last byte offset and its UTF-16 offset
}

// at returns the UTF-16 offset of byte offset b (a rune boundary).
func (c *u16Cursor) at(b int) int {
	if b < c.b {
		c.u -= utf16Len(c.s[b:c.b])
	} else {
		c.u += utf16Len(c.s[c.b:b])
	}
	c.b = b
	return c.u
}

// SubSpan returns the span of text[start:end] where text is the text of the cell
// at cell, starting at the cell's start; start and end are UTF-16 offsets into
// text, which may hold line ends (\n, \r\n, \r). In a workbook or document cell
// the part is a range inside the cell (see Span.InCell), or the cell itself when
// it is all of a whole cell's text; in a cell that page breaks cut (or a
// project's goal continued in the next row), the range is placed on the piece
// that prints it (see cutCell). A span with no
// place is returned as it is.
func SubSpan(cell Span, text string, start, end int) Span {
	if start > end {
		start, end = end, start
	}
	if isCell(cell) {
		return cellPart(cell, start, end, start == 0 && end == utf16Len(text))
	}
	if !cell.HasText() {
		return cell
	}
	if cell.CellRef != nil && cell.cut != nil {
		return cell.cut.place(cell.CellRef, start, end)
	}
	out := Span{CellRef: cell.CellRef}
	if !hasLineEnd(text) {
		out.Line, out.Column = cell.Line, cell.Column+int32(start)
		out.EndLine, out.EndColumn = cell.Line, cell.Column+int32(end)
		return out
	}
	line, col, u := cell.Line, cell.Column, 0
	mark := func() {
		if u == start && out.Line == 0 {
			out.Line, out.Column = line, col
		}
		if u == end && out.EndLine == 0 {
			out.EndLine, out.EndColumn = line, col
		}
	}
	for i := 0; i < len(text) && u <= end; {
		mark()
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\r' && i+1 < len(text) && text[i+1] == '\n':
			// \r\n is one line end of two units; an offset between them stays on the line.
			u, col = u+1, col+1
			mark()
			u++
			size = 2
			line, col = line+1, 1
		case r == '\n' || r == '\r':
			u++
			line, col = line+1, 1
		case r >= 0x10000:
			u, col = u+2, col+2
		default:
			u, col = u+1, col+1
		}
		i += size
	}
	mark()
	if out.Line == 0 { // start beyond the text
		out.Line, out.Column = line, col
	}
	if out.EndLine == 0 {
		out.EndLine, out.EndColumn = line, col
	}
	return out
}

// isCell reports whether span is a workbook or document cell (or a range inside
// one) rather than a place in a text.
func isCell(span Span) bool { return span.Line == 0 && span.Cell() != "" }

// cellPart returns the range of UTF-16 offsets [start, end) of the text at
// span, a cell or a range inside one that the text starts at. whole says that
// the offsets cover all of the text, which leaves a whole cell as it is. A
// range of a cut cell goes to the piece that prints it.
func cellPart(span Span, start, end int, whole bool) Span {
	base := span.Column
	if base == 0 {
		if whole {
			return span
		}
		base = 1
	}
	if span.CellRef != nil && span.cut != nil {
		return span.cut.place(span.CellRef, int(base)-1+start, int(base)-1+end)
	}
	return Span{Column: base + int32(start), EndColumn: base + int32(end), CellRef: span.CellRef}
}

// cellText places parts of one cell's text, given by byte offsets, in the source.
type cellText struct {
	text  string
	span  Span
	cur   u16Cursor
	plain bool // the text is on one line and span has a text region: parts are on span's line
	cell  bool // span is a workbook or document cell: parts are ranges inside it
}

// newCellText prepares text (the cell's text, or a trimmed part of it starting
// at span) for placing parts of it.
func newCellText(text string, span Span) cellText {
	return cellText{text: text, span: span, cur: u16Cursor{s: text},
		plain: span.HasText() && !hasLineEnd(text), cell: isCell(span)}
}

// part returns the span of text[bs:be].
func (c *cellText) part(bs, be int) Span {
	if !c.span.HasText() && !c.cell {
		return c.span
	}
	return c.place(c.mark(bs), c.mark(be))
}

// mark returns the mark of byte offset b of the text.
func (c *cellText) mark(b int) mark { return mark{b, c.cur.at(b)} }

// seek moves the cursor to m, a mark found by walking the text, so that the
// marks asked for next are counted from there.
func (c *cellText) seek(m mark) { c.cur.b, c.cur.u = m.b, m.u }

// place returns the span of the text from mark a to mark b.
func (c *cellText) place(a, b mark) Span {
	if !c.plain {
		return c.placeOther(a, b)
	}
	line, col := c.span.Line, c.span.Column
	return Span{Line: line, Column: col + int32(a.u), EndLine: line, EndColumn: col + int32(b.u)}
}

// placeInto stores the span of the text from mark a to mark b in dst, field
// by field: a whole Span is copied into memory through a runtime call, as it
// holds a pointer, which costs more than the copy.
func (c *cellText) placeInto(dst *Span, a, b mark) {
	if !c.plain {
		*dst = c.placeOther(a, b)
		return
	}
	line, col := c.span.Line, c.span.Column
	dst.Line, dst.Column, dst.EndLine, dst.EndColumn = line, col+int32(a.u), line, col+int32(b.u)
	dst.CellRef = nil
}

// placeOther is place for a cell of several lines, of a workbook or document,
// or without a place.
func (c *cellText) placeOther(a, b mark) Span {
	if c.cell {
		return cellPart(c.span, a.u, b.u, a.b == 0 && b.b == len(c.text))
	}
	if !c.span.HasText() {
		return c.span
	}
	return SubSpan(c.span, c.text, a.u, b.u)
}

// trimCell returns the cell's text without surrounding white space, and its span.
func trimCell(c Cell) (string, Span) {
	i, j := trimSpan(c.Text, 0, len(c.Text))
	t := c.Text[i:j]
	if len(t) == len(c.Text) || !c.Span.HasText() && (!isCell(c.Span) || i == 0) {
		return t, c.Span // a cell's value that starts the cell is placed at the whole cell
	}
	if t == "" {
		return "", c.Span
	}
	ct := newCellText(c.Text, c.Span)
	return t, ct.part(i, j)
}
