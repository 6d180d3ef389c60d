package table

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// xlsxSheetRows reads a sheet into rows of cells, each span naming the sheet
// and the cell. Values are read as stored (RawCellValue): a number is its
// stored value, "120000" rather than the displayed "120,000.00", so that no
// digits are lost to a number format; a number formatted as a percentage or a
// date reads as displayed ("95%", "2026-12-31"); text is text; a formula cell
// reads as its cached value. A merged range reads as its top-left cell down its
// first column (see xlsxFillMerged), and spans there point at the top-left cell. Rows without any
// content are left out; Row.Line is the sheet row number.
func xlsxSheetRows(f *excelize.File, sheet string) ([]Row, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	var rows []Row
	cells := 0
	raw := excelize.Options{RawCellValue: true}
	for n := 1; it.Next(); n++ {
		values, err := it.Columns(raw)
		if err != nil {
			_ = it.Close()
			return nil, err
		}
		for len(values) > 0 && values[len(values)-1] == "" {
			values = values[:len(values)-1]
		}
		if len(values) == 0 {
			continue
		}
		if n > xlsxMaxRows || len(values) > xlsxMaxCols {
			_ = it.Close()
			return nil, &reasonError{
				en: fmt.Sprintf("sheet too large: content beyond %d rows or %d columns (row %d, %d columns)",
					xlsxMaxRows, xlsxMaxCols, n, len(values)),
				zh: fmt.Sprintf("工作表过大：内容超出 %d 行或 %d 列（第 %d 行有 %d 列）", xlsxMaxRows, xlsxMaxCols, n, len(values))}
		}
		if cells += len(values); cells > xlsxMaxCells {
			_ = it.Close()
			return nil, errTooManyCells()
		}
		r := Row{Line: n, Cells: make([]Cell, len(values))}
		for j, v := range values {
			name, _ := excelize.CoordinatesToCellName(j+1, n)
			r.Cells[j] = Cell{Text: v, Span: CellSpan(sheet, name)}
		}
		rows = append(rows, r)
	}
	if err := it.Close(); err != nil {
		return nil, err
	}
	if err := xlsxDisplayed(f, sheet, rows); err != nil {
		return nil, err
	}
	return rows, xlsxFillMerged(f, sheet, rows, cells)
}

// errTooManyCells refuses a sheet with more than xlsxMaxCells cells.
func errTooManyCells() error {
	return &reasonError{en: fmt.Sprintf("sheet too large: more than %d cells (raise the limit with --max-cells)", xlsxMaxCells),
		zh: fmt.Sprintf("工作表过大：超过 %d 个单元格（可用 --max-cells 提高上限）", xlsxMaxCells)}
}

// xlsxFillMerged copies the top-left value of every merged range down the cells
// of its first column, within the rows that hold content: a project cell merged
// over its indicator rows reads on each of them. The other columns of a range
// stay empty, so that a title merged across the table is one cell, as it looks.
func xlsxFillMerged(f *excelize.File, sheet string, rows []Row, cells int) error {
	if len(rows) == 0 {
		return nil
	}
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return err
	}
	index := make(map[int]int, len(rows)) // sheet row → index in rows
	for i, r := range rows {
		index[r.Line] = i
	}
	for _, m := range merges {
		c, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		i1, ok := index[r1]
		if err1 != nil || err2 != nil || !ok || c > len(rows[i1].Cells) {
			continue // an empty top-left cell leaves the range empty
		}
		top := rows[i1].Cells[c-1]
		for r := r1 + 1; r <= min(r2, rows[len(rows)-1].Line); r++ {
			i, ok := index[r]
			if !ok {
				continue
			}
			for len(rows[i].Cells) < c {
				name, _ := excelize.CoordinatesToCellName(len(rows[i].Cells)+1, r)
				rows[i].Cells = append(rows[i].Cells, Cell{Span: CellSpan(sheet, name)})
				if cells++; cells > xlsxMaxCells {
					return errTooManyCells()
				}
			}
			rows[i].Cells[c-1] = top
		}
	}
	return nil
}

// xlsxMergeCount counts the merged ranges of all sheets in their XML, before
// excelize's quadratic merge handling sees them.
func xlsxMergeCount(f *excelize.File) int {
	n := 0
	f.Pkg.Range(func(k, v any) bool {
		name, _ := k.(string)
		if b, ok := v.([]byte); ok && strings.HasPrefix(name, "xl/worksheets/") {
			n += bytes.Count(b, []byte("mergeCell "))
		}
		return true
	})
	return n
}

// xlsxDisplayed replaces the stored value of a number formatted as a percentage
// or a date with the value as displayed.
func xlsxDisplayed(f *excelize.File, sheet string, rows []Row) error {
	shown := map[int]bool{} // style id → percent or date format
	for _, r := range rows {
		for j := range r.Cells {
			c := &r.Cells[j]
			if _, ok := parseNumber(c.Text); !ok {
				continue
			}
			style, err := f.GetCellStyle(sheet, c.Span.Cell())
			if err != nil || style == 0 {
				continue
			}
			show, seen := shown[style]
			if !seen {
				show = xlsxStyleShown(f, style)
				shown[style] = show
			}
			if show {
				if v, err := f.GetCellValue(sheet, c.Span.Cell()); err == nil && v != "" {
					c.Text = v
				}
			}
		}
	}
	return nil
}

// xlsxStyleShown reports whether a style formats numbers as percentages or dates.
func xlsxStyleShown(f *excelize.File, style int) bool {
	s, err := f.GetStyle(style)
	if err != nil || s == nil {
		return false
	}
	switch id := s.NumFmt; {
	case id == 9 || id == 10, id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return true
	}
	if s.CustomNumFmt == nil {
		return false
	}
	code := strings.ToLower(*s.CustomNumFmt)
	return strings.Contains(code, "%") || strings.ContainsAny(code, "ymd") && !strings.Contains(code, "\"")
}
