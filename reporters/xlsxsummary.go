package reporters

import (
	"fmt"
	"strings"

	"github.com/jxlint/jxlint/table"
	"github.com/xuri/excelize/v2"
)

// findingSheetName is the name of the first sheet, which lists the findings.
func findingSheetName(lang string) string {
	return inLangText(lang, "检查结果", "Findings")
}

// findingColumns are the headings of the finding sheet and their widths.
var findingColumns = map[string][]struct {
	title string
	width float64
}{
	"zh": {{"序号", 6}, {"严重程度", 9}, {"规则", 22}, {"问题", 60}, {"位置", 16}, {"单位", 24}, {"项目", 22},
		{"指标", 6}, {"建议修改", 16}, {"基线", 10}, {"文件", 30}, {"规则编号", 24}},
	"en": {{"No.", 6}, {"Severity", 9}, {"Rule", 22}, {"Finding", 60}, {"Place", 16}, {"Unit", 24}, {"Project", 22},
		{"Indicator", 8}, {"Fix", 16}, {"Baseline", 10}, {"File", 30}, {"Rule id", 24}},
}

// writeFindingSheet adds the first sheet: one row per finding, its place a
// link to the annotated cell; it becomes the sheet the workbook opens on.
func writeFindingSheet(wb *excelize.File, entries []xlsxEntry, run Run) error {
	used := map[string]bool{}
	for _, s := range wb.GetSheetList() {
		used[strings.ToLower(s)] = true
	}
	name := sheetName(findingSheetName(run.Lang), used) // 检查结果, or 检查结果 (2) beside a sheet of that name
	first := wb.GetSheetList()[0]
	if _, err := wb.NewSheet(name); err != nil {
		return err
	}
	if err := wb.MoveSheet(name, first); err != nil {
		return err
	}
	cols := findingColumns["zh"]
	if run.Lang == "en" {
		cols = findingColumns["en"]
	}
	head, err := wb.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"44546A"}},
		Alignment: &excelize.Alignment{Vertical: "center"}})
	if err != nil {
		return err
	}
	wrap, err := wb.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	link, err := wb.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"},
		Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	sevStyle := map[string]int{}
	for _, sev := range []string{"error", "warning", "info", "accepted"} { // in order: same styles, same bytes
		if sevStyle[sev], err = wb.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{severityFill[sev]}},
			Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
			return err
		}
	}
	for i, c := range cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := wb.SetColWidth(name, col, col, c.width); err != nil {
			return err
		}
		if err := wb.SetCellStr(name, col+"1", c.title); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(cols))
	if err := wb.SetCellStyle(name, "A1", last+"1", head); err != nil {
		return err
	}
	titles := ruleTitles(run)
	for i := range entries {
		e := &entries[i]
		f := e.f
		row := i + 2
		baseline := ""
		if f.Suppressed != nil {
			baseline = inLangText(run.Lang, "已接受", "accepted")
		}
		values := []any{e.n, severityWord(f.Severity, run.Lang), titleOr(titles, f.RuleID), f.Message, placeOf(e),
			f.Unit, f.Project, f.Indicator, fixText(f, run.Lang), baseline, e.res.Path, f.RuleID}
		cell := fmt.Sprintf("A%d", row)
		if err := wb.SetSheetRow(name, cell, &values); err != nil {
			return err
		}
		if err := wb.SetCellStyle(name, cell, fmt.Sprintf("%s%d", last, row), wrap); err != nil {
			return err
		}
		lines := 1
		for k, v := range values {
			if text, ok := v.(string); ok {
				lines = max(lines, textLines(text, cols[k].width))
			}
		}
		if lines > 1 {
			if err := wb.SetRowHeight(name, row, float64(min(lines, 27))*15); err != nil {
				return err
			}
		}
		sev := string(f.Severity)
		if f.Suppressed != nil {
			sev = "accepted"
		}
		if err := wb.SetCellStyle(name, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), sevStyle[sev]); err != nil {
			return err
		}
		if e.cell != "" {
			at := fmt.Sprintf("E%d", row)
			target := "'" + strings.ReplaceAll(e.sheet, "'", "''") + "'!" + e.cell
			if err := wb.SetCellHyperLink(name, at, target, "Location"); err != nil {
				return err
			}
			if err := wb.SetCellStyle(name, at, at, link); err != nil {
				return err
			}
		}
	}
	if err := wb.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := wb.AutoFilter(name, fmt.Sprintf("A1:%s%d", last, max(2, len(entries)+1)), nil); err != nil {
		return err
	}
	if err := printLandscape(wb, name); err != nil {
		return err
	}
	idx, err := wb.GetSheetIndex(name)
	if err != nil {
		return err
	}
	wb.SetActiveSheet(idx)
	return nil
}

// titleOr returns the rule's title, or its id.
func titleOr(titles map[string]string, id string) string {
	if t := titles[id]; t != "" {
		return t
	}
	return id
}

// placeOf is where the finding stands in its file: 项目表!G11 (with the range
// inside the cell, 项目表!G11:5-6), or line:column
// of a text file (the link goes to the annotated cell).
func placeOf(e *xlsxEntry) string {
	s := e.f.Span
	if s.Sheet() != "" && s.Cell() != "" {
		return cellPlace(s)
	}
	if s.HasText() {
		return placeText(table.Span{Line: s.Line, Column: s.Column})
	}
	if e.cell != "" {
		return e.sheet + "!" + e.cell
	}
	return ""
}

// printLandscape sets sheet to print on A4 landscape, as wide as one page.
func printLandscape(wb *excelize.File, sheet string) error {
	size, orient, wide, tall, fit := 9, "landscape", 1, 0, true
	if err := wb.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient,
		FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	return wb.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}
