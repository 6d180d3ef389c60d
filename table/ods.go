package table

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

func init() {
	register(KindODS, readODS, ".ods")
}

// readODS reads an OpenDocument spreadsheet (content.xml) as readXLSX reads a
// workbook: every sheet that holds a table, cells placed as Sheet1!C4. Repeated
// rows and columns (table:number-rows-repeated, -columns-repeated) are
// expanded where they hold content; a number reads as its stored office:value,
// a percentage or a date as displayed; a cell spanning rows reads as its value
// on each row of its first column, as a merged XLSX cell does.
func readODS(path string, data []byte) (*Document, error) {
	body, err := zipPart(path, data, "content.xml", "OpenDocument spreadsheet", " OpenDocument 电子表格")
	if err != nil {
		return nil, err
	}
	or := odsReader{dec: xml.NewDecoder(bytes.NewReader(body))}
	if err := or.read(); err != nil {
		return nil, odsError(path, err)
	}
	return readWorkbook(path, "ods", or.sheets)
}

// odsReader walks content.xml and collects the rows of each sheet.
type odsReader struct {
	dec      *xml.Decoder
	sheets   []namedRows
	cells    int       // cells kept, against xlsxMaxCells
	rowNum   int       // the sheet row of the row being read
	rowRep   int       // how many times it repeats
	row      []Cell    // its cells
	col      int       // the column of the next cell
	down     []odsSpan // per column, a cell spanning rows below it
	cell     *odsCell  // the cell being read, or nil
	text     bytes.Buffer
	textLvl  int // depth inside the cell's text:p elements
	skip     int // depth inside a comment (office:annotation), whose text is not the cell's
	inRow    bool
	numbered bool // tables are named 表1, 表2 (a text document's), not by their names
}

// odsCell is a cell being read: its attributes, until its text is complete.
type odsCell struct {
	value   string // office:value of a number, or ""
	repeat  int
	spanRow int
	covered bool
	paras   int
}

// odsSpan is a cell whose rows span reaches down to sheet row last.
type odsSpan struct {
	cell Cell
	last int
}

// read walks the whole document.
func (r *odsReader) read() error {
	for {
		tok, err := r.dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := r.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := r.end(t); err != nil {
				return err
			}
		case xml.CharData:
			if r.cell != nil && r.textLvl > 0 && r.skip == 0 {
				r.text.Write(t)
			}
		}
		if r.text.Len() > xlsxUnzipLimit {
			return errTooManyCells()
		}
	}
}

// start handles an opening tag.
func (r *odsReader) start(e xml.StartElement) error {
	if r.skip > 0 || e.Name.Local == "annotation" {
		r.skip++
		return nil
	}
	switch e.Name.Local {
	case "table":
		if r.cell == nil {
			name, _ := xmlAttr(e, "name")
			if r.numbered {
				name = fmt.Sprintf("表%d", len(r.sheets)+1)
			}
			r.sheets = append(r.sheets, namedRows{name: name})
			r.rowNum, r.down = 0, nil
		}
	case "table-row":
		if r.cell == nil {
			if len(r.sheets) == 0 {
				r.sheets = append(r.sheets, namedRows{})
			}
			r.rowRep = xmlAttrInt(e, "number-rows-repeated", 1, 1, 1<<24)
			r.row, r.col, r.inRow = r.row[:0], 0, true
		}
	case "table-cell", "covered-table-cell":
		if r.cell == nil && r.inRow {
			r.startCell(e)
		}
	case "p", "h":
		if r.cell != nil {
			if r.textLvl == 0 && r.cell.paras > 0 {
				r.text.WriteByte('\n')
			}
			r.cell.paras++
			r.textLvl++
		}
	case "s":
		if r.cell != nil && r.textLvl > 0 {
			r.text.WriteString(strings.Repeat(" ", xmlAttrInt(e, "c", 1, 1, 1000)))
		}
	case "tab":
		if r.cell != nil && r.textLvl > 0 {
			r.text.WriteByte('\t')
		}
	case "line-break":
		if r.cell != nil && r.textLvl > 0 {
			r.text.WriteByte('\n')
		}
	}
	return nil
}

// startCell reads a cell's attributes.
func (r *odsReader) startCell(e xml.StartElement) {
	c := &odsCell{repeat: xmlAttrInt(e, "number-columns-repeated", 1, 1, 1<<24),
		spanRow: xmlAttrInt(e, "number-rows-spanned", 1, 1, xlsxMaxRows), covered: e.Name.Local == "covered-table-cell"}
	switch t, _ := xmlAttr(e, "value-type"); t {
	case "float", "currency":
		c.value, _ = xmlAttr(e, "value")
	}
	r.cell = c
	r.text.Reset()
	r.textLvl = 0
}

// end handles a closing tag.
func (r *odsReader) end(e xml.EndElement) error {
	if r.skip > 0 {
		r.skip--
		return nil
	}
	switch e.Name.Local {
	case "p", "h":
		if r.cell != nil {
			r.textLvl--
		}
	case "table-cell", "covered-table-cell":
		if r.cell != nil {
			err := r.endCell()
			r.cell = nil
			return err
		}
	case "table-row":
		if r.cell == nil && r.inRow {
			r.inRow = false
			return r.endRow()
		}
	}
	return nil
}

// endCell places the cell just read at its columns.
func (r *odsReader) endCell() error {
	c := r.cell
	text := r.text.String()
	if c.value != "" {
		text = c.value
	}
	n := c.repeat
	if text == "" { // empty cells are placed only where a cell spanning rows reaches
		n = 0
		if c.covered {
			n = min(c.repeat, max(0, len(r.down)-r.col))
		}
	}
	for i := 0; i < n; i++ {
		col := r.col + i
		if text == "" && (col >= len(r.down) || r.down[col].last < r.rowNum+1) {
			continue
		}
		if col >= xlsxMaxCols {
			return r.tooLarge()
		}
		for len(r.row) < col {
			r.row = append(r.row, Cell{Span: r.span(len(r.row), r.rowNum+1)})
		}
		cell := Cell{Text: text, Span: r.span(col, r.rowNum+1)}
		if c.covered && col < len(r.down) && r.down[col].last >= r.rowNum+1 {
			cell = r.down[col].cell
		}
		r.row = append(r.row, cell)
		if c.spanRow > 1 && !c.covered {
			for len(r.down) <= col {
				r.down = append(r.down, odsSpan{})
			}
			r.down[col] = odsSpan{cell: cell, last: r.rowNum + c.spanRow}
		}
	}
	r.col += c.repeat
	return nil
}

// endRow keeps the row just read, as many times as it repeats, when it has
// content.
func (r *odsReader) endRow() error {
	for len(r.row) > 0 && strings.TrimSpace(r.row[len(r.row)-1].Text) == "" {
		r.row = r.row[:len(r.row)-1]
	}
	if len(r.row) == 0 {
		r.rowNum += r.rowRep
		return nil
	}
	sh := &r.sheets[len(r.sheets)-1]
	for i := 0; i < r.rowRep; i++ {
		r.rowNum++
		if r.rowNum > xlsxMaxRows {
			return r.tooLarge()
		}
		if r.cells += len(r.row); r.cells > xlsxMaxCells {
			return errTooManyCells()
		}
		cells := make([]Cell, len(r.row))
		for j, c := range r.row {
			cells[j] = c
			if i > 0 && c.Span.Cell() == r.cellName(j, r.rowNum-i) {
				cells[j].Span = r.span(j, r.rowNum) // a repeated row's cells are its own
			}
		}
		sh.rows = append(sh.rows, Row{Line: r.rowNum, Cells: cells})
	}
	return nil
}

// span is the span of the cell at column col (0-based) of sheet row row.
func (r *odsReader) span(col, row int) Span {
	return CellSpan(r.sheets[len(r.sheets)-1].name, r.cellName(col, row))
}

// cellName names the cell at column col (0-based) of sheet row row: C4.
func (r *odsReader) cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row)
	return name
}

// tooLarge is the error for a sheet beyond the limits.
func (r *odsReader) tooLarge() error {
	return &reasonError{en: fmt.Sprintf("sheet too large: content beyond %d rows or %d columns", xlsxMaxRows, xlsxMaxCols),
		zh: fmt.Sprintf("工作表过大：内容超出 %d 行或 %d 列", xlsxMaxRows, xlsxMaxCols)}
}
