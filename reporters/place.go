package reporters

import (
	"errors"
	"strconv"

	"github.com/jxlint/jxlint/table"
)

// appendPlace appends where a span points in the text style:
// path:line:col, path:line, path:sheet!cell (see appendCell) or path alone.
func appendPlace(b []byte, path string, s table.Span) []byte {
	b = append(b, path...)
	switch {
	case s.Sheet() != "" && s.Cell() != "":
		b = append(b, ':')
		b = appendCell(b, s)
	case s.Line > 0:
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(s.Line), 10)
		if s.Column > 0 {
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(s.Column), 10)
		}
	}
	return b
}

// appendCell appends the workbook place of a span: sheet!cell (or the cell
// alone), then the characters it flags inside the cell, when it flags some, as
// their first and last column counted from 1 in UTF-16 units: 表1!G7:5-6 (the
// 5th and 6th characters of G7), 表1!G7:5 (the 5th alone, or the place before
// it when the range is empty).
func appendCell(b []byte, s table.Span) []byte {
	if s.Sheet() != "" {
		b = append(b, s.Sheet()...)
		b = append(b, '!')
	}
	b = append(b, s.Cell()...)
	if s.InCell() {
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(s.Column), 10)
		if last := s.EndColumn - 1; last > s.Column {
			b = append(b, '-')
			b = strconv.AppendInt(b, int64(last), 10)
		}
	}
	return b
}

// fileError splits the error that stopped a file from being read into the
// place it points at and its message in lang without the place.
func fileError(err error, lang string) (table.Span, string) {
	var te *table.Error
	if !errors.As(err, &te) {
		return table.Span{}, table.ErrorText(err, lang)
	}
	return table.Span{Line: int32(te.Line), Column: int32(te.Column), CellRef: table.NewCellRef(te.Sheet, te.Cell)},
		te.Message(lang)
}
