package table

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

// layout is a table layout recognised from its header row. match reports whether
// row is the layout's header; read builds the document from rows, the header at
// index header. doc arrives with Path, Format and Encoding set.
type layout struct {
	name  string
	match func(row Row) bool
	read  func(doc *Document, rows []Row, header int) error
}

// layouts are registered by the layout files (packed.go, rows.go) in init functions.
var layouts []layout

// readGrid finds the first header row of any layout and reads the table with it.
func readGrid(doc *Document, rows []Row) error {
	for i, r := range rows {
		for _, l := range layouts {
			if l.match(r) {
				doc.Layout = l.name
				return l.read(doc, rows, i)
			}
		}
	}
	return newError(doc.Path, nil, "not a performance-goal table: no header row found "+
		"(expected columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)",
		"不是绩效目标表：未找到表头行（应有 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，"+
			"或 项目名称 … 一级指标 二级指标 三级指标 指标值）")
}
