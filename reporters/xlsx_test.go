package reporters

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/xuri/excelize/v2"
)

// openWorkbook reads a workbook the reporter wrote.
func openWorkbook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	wb, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = wb.Close() })
	return wb
}

// commentsByCell maps sheet!cell to the text of its comment.
func commentsByCell(t *testing.T, wb *excelize.File) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, sheet := range wb.GetSheetList() {
		cs, err := wb.GetComments(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			out[sheet+"!"+c.Cell] = commentText(c)
		}
	}
	return out
}

// fillOf returns the fill colour of a cell, or "".
func fillOf(t *testing.T, wb *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := wb.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := wb.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Fill.Color) == 0 {
		return ""
	}
	c := strings.ToUpper(st.Fill.Color[0])
	if len(c) == 8 { // ARGB
		c = c[2:]
	}
	return c
}

// checkFindingSheet checks the first sheet: one row per finding, in order,
// its place a link to the cell with the finding's comment.
func checkFindingSheet(t *testing.T, wb *excelize.File, findings []engine.Finding, name string) {
	t.Helper()
	if first := wb.GetSheetList()[0]; first != name {
		t.Fatalf("first sheet %q, want %q", first, name)
	}
	if wb.GetSheetName(wb.GetActiveSheetIndex()) != name {
		t.Errorf("the workbook does not open on %s", name)
	}
	rows, err := wb.GetRows(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(findings)+1 {
		t.Fatalf("%s has %d rows for %d findings", name, len(rows), len(findings))
	}
	comments := commentsByCell(t, wb)
	for i, f := range findings {
		row := rows[i+1]
		if row[3] != f.Message {
			t.Errorf("row %d: message %q, want %q", i+2, row[3], f.Message)
		}
		ok, target, err := wb.GetCellHyperLink(name, "E"+strconv.Itoa(i+2))
		if err != nil || !ok {
			t.Errorf("row %d (%s): no link to its cell (%v)", i+2, f.RuleID, err)
			continue
		}
		sheet, cell, _ := strings.Cut(target, "!")
		sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
		if c := comments[sheet+"!"+cell]; !strings.Contains(c, f.Message) {
			t.Errorf("row %d (%s): linked cell %s has comment %q, without the message %q", i+2, f.RuleID, target, c, f.Message)
		}
	}
}

// TestXLSXAnnotatesWorkbook annotates the example workbook: a copy of it with
// a comment and a fill on every cell with findings and the findings sheet first.
func TestXLSXAnnotatesWorkbook(t *testing.T) {
	results, run := lintFiles(t, "zh", sheetPath)
	res := results[0]
	if len(res.Findings) == 0 {
		t.Fatal("the example workbook gave no findings")
	}
	out := render(t, "xlsx", run, results, summarize(results))
	wb := openWorkbook(t, out)
	orig := openWorkbook(t, res.Data)
	if got, want := wb.GetSheetList(), append([]string{"检查结果"}, orig.GetSheetList()...); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	for _, sheet := range orig.GetSheetList() {
		a, _ := orig.GetRows(sheet)
		b, _ := wb.GetRows(sheet)
		if len(a) != len(b) {
			t.Fatalf("%s: %d rows, the original has %d", sheet, len(b), len(a))
		}
		for i := range a {
			if strings.Join(a[i], "\t") != strings.Join(b[i], "\t") {
				t.Errorf("%s row %d changed: %q, was %q", sheet, i+1, b[i], a[i])
			}
		}
	}
	comments := commentsByCell(t, wb)
	for _, f := range res.Findings {
		at := f.Span.Sheet() + "!" + f.Span.Cell()
		if !strings.Contains(comments[at], f.Message) {
			t.Errorf("%s (%s): comment %q lacks %q", at, f.RuleID, comments[at], f.Message)
		}
		if got, want := fillOf(t, wb, f.Span.Sheet(), f.Span.Cell()), severityFill[string(f.Severity)]; got != want {
			t.Errorf("%s (%s): fill %q, want %q", at, f.RuleID, got, want)
		}
	}
	if len(comments) != len(res.Findings) { // the example has one finding per cell
		t.Errorf("%d comments for %d findings", len(comments), len(res.Findings))
	}
	checkFindingSheet(t, wb, res.Findings, "检查结果")
	if again := render(t, "xlsx", run, results, summarize(results)); !bytes.Equal(out, again) {
		t.Error("the same findings gave different bytes")
	}
}

// headingOf maps a finding's field to the heading of its column in a
// generated sheet.
var headingOf = map[string]string{"annual": "年度指标值", "period": "实施周期指标值", "level1": "一级指标", "level2": "二级指标",
	"goal": "绩效目标", "amounts.total": "总计"}

// TestXLSXFromText lays the example table out one row per indicator and
// annotates the cells of the findings.
func TestXLSXFromText(t *testing.T) {
	results, run := lintFiles(t, "zh", corpusPath)
	res := results[0]
	out := render(t, "xlsx", run, results, summarize(results))
	wb := openWorkbook(t, out)
	if got := wb.GetSheetList(); len(got) != 2 || got[1] != "pazhou-project-goals.txt" {
		t.Fatalf("sheets %v", got)
	}
	sheet := "pazhou-project-goals.txt"
	rows, err := wb.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	heads := rows[genHeadRow-1]
	indicators := 0
	for _, r := range rows[genFirstRow-1:] {
		if len(r) > 8 && r[slices.Index(heads, "三级指标")] != "" {
			indicators++
		}
	}
	if indicators != res.Indicators {
		t.Errorf("%d indicator rows for %d indicators", indicators, res.Indicators)
	}
	ok, target, _ := wb.GetCellHyperLink("检查结果", "E2")
	if !ok || !strings.HasPrefix(target, "'"+sheet+"'!") {
		t.Errorf("first finding links to %q", target)
	}
	for i, f := range res.Findings {
		_, target, _ := wb.GetCellHyperLink("检查结果", "E"+strconv.Itoa(i+2))
		cell := target[strings.Index(target, "!")+1:]
		col, row, err := excelize.CellNameToCoordinates(cell)
		if err != nil {
			t.Fatalf("finding %d: link %q: %v", i+1, target, err)
		}
		value, _ := wb.GetCellValue(sheet, cell)
		if want, ok := headingOf[f.Field]; ok && heads[col-1] != want {
			t.Errorf("finding %d (%s, %s): annotated in column %q", i+1, f.RuleID, f.Field, heads[col-1])
		}
		if f.Text != "" && f.Field != "" && f.Field != "indicators" && !strings.Contains(value, f.Text) {
			t.Errorf("finding %d (%s): cell %s holds %q, not the flagged %q", i+1, f.RuleID, cell, value, f.Text)
		}
		if f.Field == "indicators" && heads[col-1] != "项目名称（资金使用单位）" {
			t.Errorf("finding %d (%s) on the project's indicators: annotated in column %q, not the project", i+1, f.RuleID, heads[col-1])
		}
		if f.Project != "" && !projectAt(rows, row, f.Project) {
			t.Errorf("finding %d (%s): row %d is not in project %s", i+1, f.RuleID, row, f.Project)
		}
	}
	checkFindingSheet(t, wb, res.Findings, "检查结果")
	if again := render(t, "xlsx", run, results, summarize(results)); !bytes.Equal(out, again) {
		t.Error("the same findings gave different bytes")
	}
	props, err := wb.GetDocProps()
	if err != nil || props.Created != xlsxTime || props.Modified != xlsxTime {
		t.Errorf("properties %+v (%v): want fixed times", props, err)
	}
}

// projectAt reports whether sheet row (1-based) belongs to the project named
// name: the nearest name above it in column A, its cell merged over the rows.
func projectAt(rows [][]string, row int, name string) bool {
	for i := row - 1; i >= genFirstRow-1; i-- {
		if len(rows[i]) > 0 && rows[i][0] != "" {
			return rows[i][0] == name
		}
	}
	return false
}

// TestXLSXWithoutTables writes results that carry no model, and a file that
// could not be read: the findings sheet alone lists them all.
func TestXLSXWithoutTables(t *testing.T) {
	wb := openWorkbook(t, render(t, "xlsx", testRun("en"), testResults(), testSummary()))
	if got := wb.GetSheetList(); len(got) != 1 || got[0] != "Findings" {
		t.Fatalf("sheets %v, want the findings sheet alone", got)
	}
	rows, err := wb.GetRows("Findings")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 10 { // the heading, 6 findings, the unreadable file, 2 tool errors
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	if last := rows[6]; last[1] != "error" || !strings.Contains(last[3], "quoted field is never closed") || last[10] != badPath {
		t.Errorf("the unreadable file's row: %q", last)
	}
	if te := rows[9]; te[1] != "error" || te[3] != "没有读取到任何表格" || te[10] != "jxlint" {
		t.Errorf("the last tool error's row: %q", te)
	}
}

// TestXLSXKeepsSheetNamedLikeFindings adds the findings sheet beside a sheet
// that already has its name, leaving that sheet alone.
func TestXLSXKeepsSheetNamedLikeFindings(t *testing.T) {
	results, run := lintFiles(t, "zh", sheetPath)
	orig := openWorkbook(t, results[0].Data)
	first := orig.GetSheetList()[0]
	if _, err := orig.NewSheet("检查结果"); err != nil {
		t.Fatal(err)
	}
	if err := orig.SetCellStr("检查结果", "A1", "部门自己的表"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := orig.Write(&buf); err != nil {
		t.Fatal(err)
	}
	results[0].Data = buf.Bytes()
	wb := openWorkbook(t, render(t, "xlsx", run, results, summarize(results)))
	if got := wb.GetSheetList(); len(got) != 3 || got[0] != "检查结果 (2)" || got[1] != first || got[2] != "检查结果" {
		t.Fatalf("sheets %v", got)
	}
	if v, _ := wb.GetCellValue("检查结果", "A1"); v != "部门自己的表" {
		t.Errorf("the workbook's own 检查结果 sheet changed: A1 = %q", v)
	}
}
