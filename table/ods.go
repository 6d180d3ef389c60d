package table

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
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
func readODS(path string, data []byte, opts ReadOptions) (*Document, error) {
	body, err := zipPart(path, data, "content.xml", "OpenDocument spreadsheet", " OpenDocument 电子表格")
	if err != nil {
		return nil, err
	}
	or := odsReader{dec: xml.NewDecoder(bytes.NewReader(body))}
	if err := or.read(); err != nil {
		return nil, odsError(path, err)
	}
	return readWorkbook(path, "ods", or.sheets, opts)
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
