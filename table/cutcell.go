package table

// cutCell is a cell that page breaks cut, read as one text: its first part
// printed in a row at the foot of a page, its rest at the top of the next (in
// a PDF, or in the row that continues a project after a repeated header in
// any table). It keeps the pieces it was joined from, so that a range of the
// joined text is placed on the piece that prints it. The spans of its pieces
// name it through their CellRef, which for a piece of a text file names no
// sheet or cell.
type cutCell struct {
	pieces []cellPiece // in the order of the text; the first is the row's own cell
}

// cellPiece is one printed part of a cut cell.
type cellPiece struct {
	ref  *CellRef // where the piece is printed; its cut is the cell it belongs to
	at   int      // UTF-16 offset in the joined text where the piece's text starts
	line Span     // in a text file, the piece's span (line and columns), without CellRef
	text string   // in a text file, the piece's text
}

// joinCell appends text, the rest of cell c printed at the cell rest (the top
// of the next page, or the next row), to c's text, and records the piece: c's
// span names the cut cell from then on. Both spans must be cells of a
// workbook or document, or both spans of a text file; otherwise the text is
// appended alone. The caller has trimmed c's text as it wants it.
func joinCell(c *Cell, text string, rest Span) {
	if text == "" {
		return
	}
	cells := isCell(c.Span) && isCell(rest)
	lines := c.Span.HasText() && rest.HasText() && c.Span.Cell() == "" && rest.Cell() == ""
	if !cells && !lines {
		c.Text += text
		return
	}
	var cut *cutCell
	if c.Span.CellRef != nil {
		cut = c.Span.cut
	}
	if cut == nil {
		cut = &cutCell{}
		ref := &CellRef{Sheet: c.Span.Sheet(), Cell: c.Span.Cell(), cut: cut}
		first := cellPiece{ref: ref}
		if lines {
			first.line, first.text = Span{Line: c.Span.Line, Column: c.Span.Column, EndLine: c.Span.EndLine, EndColumn: c.Span.EndColumn}, c.Text
		}
		cut.pieces = append(cut.pieces, first)
		c.Span.CellRef = ref
	}
	piece := cellPiece{ref: &CellRef{Sheet: rest.Sheet(), Cell: rest.Cell(), cut: cut}, at: utf16Len(c.Text)}
	if lines {
		piece.line, piece.text = Span{Line: rest.Line, Column: rest.Column, EndLine: rest.EndLine, EndColumn: rest.EndColumn}, text
	}
	cut.pieces = append(cut.pieces, piece)
	c.Text += text
}

// place returns the span of UTF-16 offsets [start, end) counted from the
// start of the piece printed at ref: the range inside the piece that holds
// the character at start, counted from that piece's first character. In a
// text file a range that runs across a cut runs from its first character, on
// one line, to its last, on a later one. In a workbook or document, where a
// span names one cell, it points at its first piece and ends past that
// piece's text, by as much as it takes of the pieces after it.
func (c *cutCell) place(ref *CellRef, start, end int) Span {
	off := c.offset(ref)
	start, end = start+off, end+off
	i := 0
	for i+1 < len(c.pieces) && c.pieces[i+1].at <= start {
		i++
	}
	p := c.pieces[i]
	if p.line.HasText() {
		if j := c.pieceEnding(i, end); j > i {
			q := c.pieces[j]
			from := SubSpan(p.line, p.text, start-p.at, utf16Len(p.text))
			to := SubSpan(q.line, q.text, 0, end-q.at)
			return Span{Line: from.Line, Column: from.Column, EndLine: to.EndLine, EndColumn: to.EndColumn}
		}
		return SubSpan(p.line, p.text, start-p.at, end-p.at)
	}
	return Span{Column: int32(start-p.at) + 1, EndColumn: int32(end-p.at) + 1, CellRef: p.ref}
}

// pieceEnding returns the piece that holds the last character before
// offset end of a range that starts in piece i: i itself, or a later one.
func (c *cutCell) pieceEnding(i, end int) int {
	for i+1 < len(c.pieces) && c.pieces[i+1].at < end {
		i++
	}
	return i
}

// Joined returns the range of s counted over the whole text of its cell when
// s is a range in a piece of a PDF cell that page breaks cut: the range inside
// the row's cell (the first piece), as if the cell were not cut, and true. Any
// other span is returned as it is, with false.
func (s Span) Joined() (Span, bool) {
	if s.CellRef == nil || s.cut == nil || s.Cell() == "" {
		return s, false
	}
	first := s.cut.pieces[0]
	if !s.InCell() {
		return Span{CellRef: first.ref}, true
	}
	at := s.cut.offset(s.CellRef)
	return Span{Column: s.Column + int32(at), EndColumn: s.EndColumn + int32(at), CellRef: first.ref}, true
}

// offset returns the UTF-16 offset in the joined text where the piece printed
// at ref starts.
func (c *cutCell) offset(ref *CellRef) int {
	for _, p := range c.pieces {
		if p.ref == ref {
			return p.at
		}
	}
	return 0
}
