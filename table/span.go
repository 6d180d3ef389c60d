package table

// Span is the extent of a value in its source file. Lines and columns are 1-based;
// columns count UTF-16 code units and EndColumn is exclusive. A text span leaves
// CellRef nil, so that a span costs 24 bytes. A value read from a workbook or
// document names its sheet (or Word table, or PDF page) and cell (A1 style)
// through CellRef and leaves the line fields zero; when it is a part of its
// cell's text, Column and EndColumn give that part's range inside the cell's text
// (see InCell), and both are zero when it is the whole cell. Sheet and Cell read
// the workbook place of any span.
type Span struct {
	Line      int32 `json:"line,omitempty" yaml:"line,omitempty" expr:"line"`
	Column    int32 `json:"column,omitempty" yaml:"column,omitempty" expr:"column"`
	EndLine   int32 `json:"endLine,omitempty" yaml:"endLine,omitempty" expr:"endLine"`
	EndColumn int32 `json:"endColumn,omitempty" yaml:"endColumn,omitempty" expr:"endColumn"`
	*CellRef  `yaml:",inline"`
}

// CellRef is the workbook place of a span: its sheet and its cell or cell range.
// It is shared by the spans that copy it and never changed once made. The
// place of a piece of a cell that page breaks cut (or of a project's goal
// continued in the next row) also knows the cell it is a piece of, so that
// ranges of the cell's text go to the piece that prints them (see SubSpan).
type CellRef struct {
	Sheet string `json:"sheet,omitempty" yaml:"sheet,omitempty" expr:"sheet"`
	Cell  string `json:"cell,omitempty" yaml:"cell,omitempty" expr:"cell"`
	cut   *cutCell
}

// NewCellRef returns the place of cell (or a range such as "A1:C1") in sheet,
// or nil when both are empty.
func NewCellRef(sheet, cell string) *CellRef {
	if sheet == "" && cell == "" {
		return nil
	}
	return &CellRef{Sheet: sheet, Cell: cell}
}

// CellSpan returns the span of cell (or a cell range) in sheet, without a text region.
func CellSpan(sheet, cell string) Span { return Span{CellRef: NewCellRef(sheet, cell)} }

// Sheet returns the workbook sheet of the span, or "".
func (s Span) Sheet() string {
	if s.CellRef == nil {
		return ""
	}
	return s.CellRef.Sheet
}

// Cell returns the workbook cell or cell range of the span (A1 style), or "".
func (s Span) Cell() string {
	if s.CellRef == nil {
		return ""
	}
	return s.CellRef.Cell
}

// Equal reports whether s and t point at the same place; unlike ==, it
// compares workbook places by value.
func (s Span) Equal(t Span) bool {
	return s.Line == t.Line && s.Column == t.Column && s.EndLine == t.EndLine && s.EndColumn == t.EndColumn &&
		s.Sheet() == t.Sheet() && s.Cell() == t.Cell()
}

// IsZero reports whether the span points nowhere.
func (s Span) IsZero() bool {
	return s.Line == 0 && s.Column == 0 && s.EndLine == 0 && s.EndColumn == 0 && s.Sheet() == "" && s.Cell() == ""
}

// InCell reports whether the span is a range of characters inside a workbook or
// document cell: Column and EndColumn count the UTF-16 code units of the cell's
// text from 1, EndColumn exclusive. A cell's text is one line: a line break in
// it (a cell's second paragraph in Word, a line break typed in a workbook cell)
// counts as one unit (\r\n as two), as any other character does, so Column-1
// is the offset of the range in the cell's value. A range in a PDF cell that a
// page break cut names the piece of it that prints the range's first
// character (the row's cell on one page or its rest on the next) and counts
// from that piece's first character; a range across the cut ends past the
// piece's text (see Joined).
func (s Span) InCell() bool { return s.Line == 0 && s.Column > 0 && s.Cell() != "" }

// HasText reports whether the span has a text region (line and column).
func (s Span) HasText() bool { return s.Line > 0 && s.Column > 0 }

// textSpan returns the text span from line:col to endLine:endCol.
func textSpan(line, col, endLine, endCol int) Span {
	return Span{Line: int32(line), Column: int32(col), EndLine: int32(endLine), EndColumn: int32(endCol)}
}
