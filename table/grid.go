package table

import "github.com/xuri/excelize/v2"

// Cell is one cell of a grid read from any format, with its exact source span.
// Text is the cell's value as the format gives it (unquoted for CSV).
type Cell struct {
	Text string
	Span Span
}

// Row is one row of a grid: its cells in column order and the 1-based source
// line (text, CSV) or sheet row (XLSX) it starts on.
type Row struct {
	Cells []Cell
	Line  int
}

// rowSource yields the rows of a grid in order, so that a large text table is
// read without holding all its cells at once. The cells of a row it returns may
// be overwritten by the next call: a layout keeps texts and spans, not rows.
type rowSource interface {
	next() (Row, bool)
}

// gridRows yields the rows of a grid held whole (CSV, XLSX).
type gridRows struct{ rows []Row }

func (g *gridRows) next() (Row, bool) {
	if len(g.rows) == 0 {
		return Row{}, false
	}
	r := g.rows[0]
	g.rows = g.rows[1:]
	return r, true
}

// layout is a table layout recognised from its header row. match reports whether
// row is the layout's header; read builds the document from the rows above the
// header, the header and the rows after it, with the options of ReadWith. doc
// arrives with Path, Format and Encoding set.
type layout struct {
	name  string
	match func(row Row) bool
	read  func(doc *Document, above []Row, header Row, rest rowSource, opts ReadOptions) error
}

// layouts are registered by the layout files (packed.go, rows.go) in init functions.
var layouts []layout

// readGrid finds the first header row of any layout and reads the table with it.
func readGrid(doc *Document, rows rowSource, opts ReadOptions) error {
	var above []Row
	for r, ok := rows.next(); ok; r, ok = rows.next() {
		for _, l := range layouts {
			if l.match(r) {
				doc.Layout = l.name
				return l.read(doc, above, r, rows, opts)
			}
		}
		above = append(above, Row{Cells: append([]Cell(nil), r.Cells...), Line: r.Line})
	}
	return newError(doc.Path, nil, "not a performance-goal table: no header row found "+
		"(expected columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)",
		"不是绩效目标表：未找到表头行（应有 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，"+
			"或 项目名称 … 一级指标 二级指标 三级指标 指标值）")
}

// missingCellSpan places cell i of a row too short to hold it: in a workbook
// the cell's own name (row r.Line, column i+1), in text the row's line.
func missingCellSpan(r Row, i int) Span {
	if len(r.Cells) > 0 && r.Cells[0].Span.Sheet() != "" && !r.Cells[0].Span.HasText() {
		name, err := excelize.CoordinatesToCellName(i+1, r.Line)
		if err == nil {
			return CellSpan(r.Cells[0].Span.Sheet(), name)
		}
	}
	return Span{Line: int32(r.Line)}
}
