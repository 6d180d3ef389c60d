package table

// Span is the extent of a value in its source file. Lines and columns are 1-based;
// columns count UTF-16 code units and EndColumn is exclusive. A value read from a
// workbook names its Sheet and Cell (A1 style) and may leave the line fields zero.
type Span struct {
	Line      int    `json:"line,omitempty" yaml:"line,omitempty" expr:"line"`
	Column    int    `json:"column,omitempty" yaml:"column,omitempty" expr:"column"`
	EndLine   int    `json:"endLine,omitempty" yaml:"endLine,omitempty" expr:"endLine"`
	EndColumn int    `json:"endColumn,omitempty" yaml:"endColumn,omitempty" expr:"endColumn"`
	Sheet     string `json:"sheet,omitempty" yaml:"sheet,omitempty" expr:"sheet"`
	Cell      string `json:"cell,omitempty" yaml:"cell,omitempty" expr:"cell"`
}

// IsZero reports whether the span points nowhere.
func (s Span) IsZero() bool { return s == Span{} }

// HasText reports whether the span has a text region (line and column).
func (s Span) HasText() bool { return s.Line > 0 && s.Column > 0 }
