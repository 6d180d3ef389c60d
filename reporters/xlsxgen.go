package reporters

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/xuri/excelize/v2"
)

// Rows of a generated sheet: the title, the department and money unit, the
// column headings; the table starts below.
const (
	genTitleRow = 1
	genMetaRow  = 2
	genHeadRow  = 3
	genFirstRow = 4
)

// colWidth is the width of each column of a generated sheet, in characters.
var colWidth = [numCols]float64{24, 12, 12, 12, 12, 40, 30, 6, 14, 16, 22, 8, 30, 30, 10, 8}

// genStyles are the styles of a generated sheet.
type genStyles struct {
	title, head, cell, amount, unit, unitAmount int
}

// newWorkbook lays out each file's table in a sheet of its own, one row per
// indicator, and places the findings on its cells.
func (x *XLSX) newWorkbook() (*excelize.File, []xlsxEntry, error) {
	wb := excelize.NewFile()
	st, err := newGenStyles(wb)
	if err != nil {
		return nil, nil, err
	}
	used := map[string]bool{strings.ToLower(findingSheetName(x.run.Lang)): true}
	tx := textsFor(x.run.Lang)
	var entries []xlsxEntry
	first := true
	for _, res := range x.results {
		n0 := len(entries) + 1
		if res.Doc == nil {
			for i := range res.Findings {
				entries = append(entries, xlsxEntry{n: n0 + i, res: res, f: &res.Findings[i]})
			}
			if res.Err != nil {
				span, msg := fileError(res.Err, x.run.Lang)
				f := &engine.Finding{Severity: rules.Error, Message: msg, Path: res.Path, Span: span}
				entries = append(entries, xlsxEntry{n: len(entries) + 1, res: res, f: f})
			}
			continue
		}
		name := sheetName(res.Path, used)
		if first {
			if err := wb.SetSheetName(wb.GetSheetList()[0], name); err != nil {
				return nil, nil, err
			}
			first = false
		} else if _, err := wb.NewSheet(name); err != nil {
			return nil, nil, err
		}
		g := newGrid(res.Doc)
		marks := g.place(g.index(), res.Findings, n0)
		cols := g.columns()
		if err := writeGrid(wb, name, g, cols, tx, st, &x.merges); err != nil {
			return nil, nil, err
		}
		for _, m := range marks {
			entries = append(entries, xlsxEntry{n: m.n, res: res, f: m.f, sheet: name, cell: gridCellRef(m.cell, cols)})
		}
	}
	if first { // nothing readable: the findings sheet alone, once it is made
		x.placeholder = wb.GetSheetList()[0]
	}
	return wb, entries, nil
}

// gridCellRef is the A1 reference of a grid cell in its generated sheet.
func gridCellRef(c *gridCell, cols []gridCol) string {
	if c.row < 0 {
		switch c.col {
		case metaTitle:
			return fmt.Sprintf("A%d", genTitleRow)
		case metaDepartment:
			return fmt.Sprintf("A%d", genMetaRow)
		}
		last, _ := excelize.ColumnNumberToName(len(cols))
		return fmt.Sprintf("%s%d", last, genMetaRow)
	}
	name, _ := excelize.ColumnNumberToName(slices.Index(cols, c.col) + 1)
	return fmt.Sprintf("%s%d", name, genFirstRow+c.row)
}

// xlsxMerge is a range of cells to merge once the workbook is otherwise
// written: excelize checks every merged range on each later cell write.
type xlsxMerge struct{ sheet, from, to string }

// writeGrid writes the table of g into sheet; the ranges to merge (the title,
// each project's cells over its indicator rows) are added to merges.
func writeGrid(wb *excelize.File, sheet string, g *grid, cols []gridCol, tx *htmlText, st *genStyles, merges *[]xlsxMerge) error {
	last, _ := excelize.ColumnNumberToName(len(cols))
	set := func(cell string, v string, style int) error {
		if err := wb.SetCellStr(sheet, cell, v); err != nil {
			return err
		}
		return wb.SetCellStyle(sheet, cell, cell, style)
	}
	title := g.meta[metaTitle].text
	if title == "" {
		title = filepath.Base(g.doc.Path)
	}
	if err := set(fmt.Sprintf("A%d", genTitleRow), title, st.title); err != nil {
		return err
	}
	*merges = append(*merges, xlsxMerge{sheet, fmt.Sprintf("A%d", genTitleRow), fmt.Sprintf("%s%d", last, genTitleRow)})
	if d := g.meta[metaDepartment].text; d != "" {
		if err := wb.SetCellStr(sheet, fmt.Sprintf("A%d", genMetaRow), tx.Department+"："+d); err != nil {
			return err
		}
	}
	if u := g.meta[metaMoneyUnit].text; u != "" {
		if err := wb.SetCellStr(sheet, fmt.Sprintf("%s%d", last, genMetaRow), tx.MoneyUnit+"："+u); err != nil {
			return err
		}
	}
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := wb.SetColWidth(sheet, name, name, colWidth[c]); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("%s%d", name, genHeadRow), tx.Cols[c], st.head); err != nil {
			return err
		}
	}
	for _, r := range g.rows {
		for i, c := range cols {
			cell := r.cells[c]
			name, _ := excelize.ColumnNumberToName(i + 1)
			ref := fmt.Sprintf("%s%d", name, genFirstRow+r.index)
			style := st.cell
			amount := c >= colTotal && c <= colOther
			switch {
			case r.kind != rowProject && amount:
				style = st.unitAmount
			case r.kind != rowProject:
				style = st.unit
			case amount:
				style = st.amount
			}
			if r.kind == rowProject && projectCol(c) && !r.lead {
				continue
			}
			text := ""
			if cell != nil {
				text = cell.text
			}
			if err := set(ref, text, style); err != nil {
				return err
			}
			if r.kind == rowProject && projectCol(c) && r.span > 1 {
				end := fmt.Sprintf("%s%d", name, genFirstRow+r.index+r.span-1)
				if err := wb.SetCellStyle(sheet, ref, end, style); err != nil {
					return err
				}
				// The goals, long texts, are merged over the project's rows; the
				// name and amounts stand on its first row, as in the forms, and
				// leave the rows free to sort and filter. (Merging is
				// quadratic in excelize: few merges keep big tables fast.)
				if mergedCol(c) {
					*merges = append(*merges, xlsxMerge{sheet, ref, end})
				}
			}
		}
	}
	if err := setRowHeights(wb, sheet, g, cols); err != nil {
		return err
	}
	if err := printLandscape(wb, sheet); err != nil {
		return err
	}
	return wb.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: genHeadRow,
		TopLeftCell: fmt.Sprintf("B%d", genFirstRow), ActivePane: "bottomRight"})
}
