package table

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// docxReader walks word/document.xml and collects the rows of its tables (and
// the paragraphs before the first) as a grid; see readDOCX.
type docxReader struct {
	dec    *xml.Decoder
	rows   []Row
	cells  int    // cells kept, against xlsxMaxCells
	tables int    // top-level tables met
	paras  int    // body paragraphs met
	depth  int    // w:tbl nesting: 1 inside a top-level table
	row    *Row   // the row being read, or nil
	rowNum int    // its number in its table
	col    int    // the grid column of the next cell
	above  []Cell // the cell last placed in each grid column of this table
	text   strings.Builder
	inCell bool // reading a top-level cell's content
	hasPar bool // a paragraph of the cell or body was started
	span   int  // gridSpan of the cell
	vmerge bool // the cell continues the one above (vMerge continue)
	skip   int  // depth inside an element whose text is skipped (mc:Fallback)
	inT    bool // inside a w:t whose text is kept
}

// read walks the whole document.
func (r *docxReader) read() error {
	for {
		tok, err := r.dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
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
			if r.skip == 0 && r.inT {
				r.text.Write(t)
			}
		}
	}
}

// start handles an opening tag.
func (r *docxReader) start(e xml.StartElement) error {
	if r.skip > 0 || e.Name.Local == "Fallback" {
		r.skip++
		return nil
	}
	switch e.Name.Local {
	case "tbl":
		r.depth++
		if r.depth == 1 {
			r.tables++
			r.rowNum, r.above = 0, r.above[:0]
		}
	case "tr":
		if r.depth == 1 {
			r.rowNum++
			r.row, r.col = &Row{Line: r.rowNum}, 0
		}
	case "gridBefore":
		if r.depth == 1 && r.row != nil && len(r.row.Cells) == 0 {
			r.col = xmlAttrInt(e, "val", 0, 0, xlsxMaxCols)
		}
	case "tc":
		if r.depth == 1 {
			r.inCell, r.hasPar, r.span, r.vmerge = true, false, 1, false
			r.text.Reset()
		} else if r.inCell {
			r.text.WriteByte('\t')
		}
	case "gridSpan":
		if r.depth == 1 && r.inCell {
			r.span = xmlAttrInt(e, "val", 1, 1, xlsxMaxCols)
		}
	case "vMerge":
		if r.depth == 1 && r.inCell {
			v, _ := xmlAttr(e, "val")
			r.vmerge = v != "restart"
		}
	case "p":
		if r.inCell || r.depth == 0 {
			if r.hasPar {
				r.text.WriteByte('\n')
			}
			r.hasPar = true
		}
	case "t":
		r.inT = r.inCell || r.depth == 0
	case "tab":
		if r.inCell || r.depth == 0 {
			r.text.WriteByte('\t')
		}
	case "br", "cr":
		if r.inCell || r.depth == 0 {
			r.text.WriteByte('\n')
		}
	}
	if r.text.Len() > xlsxUnzipLimit {
		return errTooManyCells()
	}
	return nil
}

// end handles a closing tag.
func (r *docxReader) end(e xml.EndElement) error {
	if r.skip > 0 {
		r.skip--
		return nil
	}
	switch e.Name.Local {
	case "t":
		r.inT = false
	case "tbl":
		r.depth--
	case "tc":
		if r.depth == 1 && r.inCell {
			r.inCell = false
			err := r.placeCell()
			r.text.Reset()
			return err
		}
	case "tr":
		if r.depth == 1 && r.row != nil {
			r.endRow()
		}
	case "p":
		if r.depth == 0 {
			return r.bodyParagraph()
		}
	}
	return nil
}

// placeCell puts the cell just read at its grid column: a cell that continues
// a vertical merge takes the cell above; the further columns of a gridSpan get
// empty cells of their own.
func (r *docxReader) placeCell() error {
	if r.row == nil || r.col+r.span > xlsxMaxCols {
		return &reasonError{en: fmt.Sprintf("table too wide: more than %d columns", xlsxMaxCols),
			zh: fmt.Sprintf("表格过宽：超过 %d 列", xlsxMaxCols)}
	}
	for len(r.row.Cells) < r.col {
		r.row.Cells = append(r.row.Cells, r.emptyCell(len(r.row.Cells)))
	}
	c := Cell{Text: r.text.String(), Span: CellSpan(r.sheet(), r.cellName(r.col))}
	if r.vmerge && r.col < len(r.above) {
		c = r.above[r.col]
	}
	r.row.Cells = append(r.row.Cells, c)
	for i := 1; i < r.span; i++ {
		r.row.Cells = append(r.row.Cells, r.emptyCell(r.col+i))
	}
	for len(r.above) < r.col+r.span {
		r.above = append(r.above, Cell{})
	}
	r.above[r.col] = c
	r.col += r.span
	if r.cells += r.span; r.cells > xlsxMaxCells {
		return errTooManyCells()
	}
	return nil
}

// emptyCell is an empty cell at grid column col of the current row.
func (r *docxReader) emptyCell(col int) Cell {
	return Cell{Span: CellSpan(r.sheet(), r.cellName(col))}
}

// sheet names the current table: 表1.
func (r *docxReader) sheet() string { return fmt.Sprintf("表%d", r.tables) }

// cellName names grid column col (0-based) of the current row: C4.
func (r *docxReader) cellName(col int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, r.rowNum)
	return name
}

// endRow keeps the row just read unless it has no content, without its
// trailing empty cells.
func (r *docxReader) endRow() {
	cells := r.row.Cells
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1].Text) == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) > 0 {
		r.row.Cells = cells
		r.rows = append(r.rows, *r.row)
	}
	r.row = nil
}

// bodyParagraph keeps a non-empty paragraph outside the tables (title,
// 部门名称 and 单位 lines, a unit's name above its table) as a row of one cell
// in document order, placed as 正文!第N段; a page number or 续表 between two
// tables is left out.
func (r *docxReader) bodyParagraph() error {
	r.paras++
	text := r.text.String()
	r.text.Reset()
	r.hasPar = false
	if strings.TrimSpace(text) == "" || r.tables > 0 && isPageNumber(text) {
		return nil
	}
	if r.cells++; r.cells > xlsxMaxCells {
		return errTooManyCells()
	}
	r.rows = append(r.rows, Row{Line: r.paras, Cells: []Cell{{Text: text,
		Span: CellSpan(docxBodySheet, fmt.Sprintf("第%d段", r.paras))}}})
	return nil
}
