package table

import "strings"

func init() { register(readText, ".txt", ".tsv") }

// readText reads the tab-separated text layout (a table extracted from a PDF or
// saved as text): one row per line, cells split on tabs, in any encoding that
// Decode knows and with any line ends.
func readText(path string, data []byte) (*Document, error) {
	text, enc, err := Decode(data)
	if err != nil {
		return nil, newError(path, err, "cannot read as a text table", "无法作为文本表格读取")
	}
	doc := &Document{Path: path, Format: "text", Encoding: enc, Units: []*Unit{}}
	if err := readGrid(doc, textRows(text)); err != nil {
		return nil, err
	}
	return doc, nil
}

// textRows splits text into rows of tab-separated cells with their spans. The
// cells of all rows share one allocation.
func textRows(text string) []Row {
	lines := 1 + strings.Count(text, "\n")
	rows := make([]Row, 0, lines)
	cells := make([]Cell, 0, lines+strings.Count(text, "\t"))
	for pos, line := 0, 1; pos < len(text); line++ {
		var s string
		s, pos = nextLine(text, pos)
		first := len(cells)
		col := 1
		for {
			i := strings.IndexByte(s, '\t')
			c := s
			if i >= 0 {
				c = s[:i]
			}
			end := col + utf16Len(c)
			cells = append(cells, Cell{Text: c, Span: textSpan(line, col, line, end)})
			if i < 0 {
				break
			}
			s, col = s[i+1:], end+1
		}
		rows = append(rows, Row{Cells: cells[first:len(cells):len(cells)], Line: line})
	}
	return rows
}
