package table

import (
	"fmt"
	"strings"
)

// namedRows are the rows of one sheet of a workbook.
type namedRows struct {
	name string
	rows []Row
}

// readWorkbook reads every sheet that holds a performance-goal table into one
// document, units and projects in sheet order; other sheets are skipped, and a
// workbook without any table is refused with an error that lists its sheets.
func readWorkbook(path, format string, sheets []namedRows, opts ReadOptions) (*Document, error) {
	doc := &Document{Path: path, Format: format, Units: []*Unit{}}
	var skipped []string
	for _, sh := range sheets {
		if !gridHasHeader(sh.rows) {
			skipped = append(skipped, sh.name)
			continue
		}
		part := &Document{Path: path, Format: format, Units: []*Unit{}}
		if err := readGrid(part, &gridRows{sh.rows}, opts); err != nil {
			return nil, err
		}
		mergeSheetDocument(doc, part)
	}
	if doc.Layout == "" {
		return nil, newError(path, nil, fmt.Sprintf("no performance-goal table in any sheet (%s): expected a header row "+
			"with columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值",
			strings.Join(skipped, ", ")),
			fmt.Sprintf("所有工作表（%s）都不是绩效目标表：应有表头行，含 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，"+
				"或 项目名称 … 一级指标 二级指标 三级指标 指标值", strings.Join(skipped, "、")))
	}
	return doc, nil
}

// gridHasHeader reports whether some row is the header of a known layout.
func gridHasHeader(rows []Row) bool {
	for _, r := range rows {
		for _, l := range layouts {
			if l.match(r) {
				return true
			}
		}
	}
	return false
}

// mergeSheetDocument adds the document read from one sheet to doc. Header facts
// come from the first sheet that has them; a sheet whose first project has no
// unit of its own continues the last unit of the sheets before.
func mergeSheetDocument(doc, part *Document) {
	if doc.Layout == "" {
		doc.Layout = part.Layout
	}
	if doc.Title == "" {
		doc.Title, doc.Spans.Title = part.Title, part.Spans.Title
	}
	if doc.Department == "" {
		doc.Department, doc.Spans.Department = part.Department, part.Spans.Department
	}
	if doc.MoneyUnit == "" {
		doc.MoneyUnit, doc.Spans.MoneyUnit = part.MoneyUnit, part.Spans.MoneyUnit
	}
	if doc.Total == nil && part.Total != nil {
		doc.Total, doc.Spans.TotalRow = part.Total, part.Spans.TotalRow
	}
	doc.Problems = append(doc.Problems, part.Problems...)
	units := part.Units
	if n := len(doc.Units); n > 0 && len(units) > 0 && units[0].Spans.Name.IsZero() {
		last := doc.Units[n-1]
		last.Projects = append(last.Projects, units[0].Projects...)
		units = units[1:]
	}
	doc.Units = append(doc.Units, units...)
}
