package table

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

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
