package table

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// modelShape is the document as JSON without what differs between formats:
// spans, raw amount text, path, format and encoding; numbers are compared as
// decimals ("120000.00" and "120000" are the same amount).
func modelShape(t *testing.T, doc *Document) string {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var strip func(any) any
	strip = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for _, k := range []string{"spans", "span", "raw", "path", "format", "encoding"} {
				delete(x, k)
			}
			for k, e := range x {
				x[k] = strip(e)
			}
		case []any:
			for i, e := range x {
				x[i] = strip(e)
			}
		case string:
			if d, ok := parseNumber(x); ok {
				return d.String()
			}
		}
		return v
	}
	out, _ := json.MarshalIndent(strip(v), "", " ")
	return string(out)
}

// workbookBytes saves f to memory.
func workbookBytes(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// setRow writes texts to row n of sheet from column A; a text that is a plain
// number is written as a number when numbers is set.
func setRow(t *testing.T, f *excelize.File, sheet string, n int, texts []string, numbers bool) {
	t.Helper()
	for j, s := range texts {
		cell, _ := excelize.CoordinatesToCellName(j+1, n)
		var v any = s
		if d, ok := parseNumber(s); ok && numbers && s != "" {
			v = d.InexactFloat64()
		}
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
}

// rowsExampleWorkbook writes the rows example to sheet 项目表 with numbers as
// numbers (预算数 formatted #,##0.00) and its unit, project, budget and goal
// cells merged down over each project's rows, as an office form has them.
func rowsExampleWorkbook(t *testing.T) *excelize.File {
	t.Helper()
	data, err := os.ReadFile(rowsExample)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := splitCSV(string(data), ',')
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	const sheet = "项目表"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		var texts []string
		for _, c := range r.Cells {
			texts = append(texts, c.Text)
		}
		setRow(t, f, sheet, r.Line, texts, r.Line > 3)
	}
	must(t, f.MergeCell(sheet, "A1", "L1"))
	style, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	must(t, err)
	must(t, f.SetCellStyle(sheet, "C4", "C9", style))
	for _, col := range []string{"A", "B", "C", "D"} {
		must(t, f.MergeCell(sheet, col+"4", col+"8"))
		must(t, f.MergeCell(sheet, col+"9", col+"12"))
	}
	return f
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestXLSXRowsExampleMatchesCSV(t *testing.T) {
	f := rowsExampleWorkbook(t)
	doc, err := Read("example.xlsx", workbookBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	csvDoc := readExample(t, rowsExample, "layout-rows-example.csv")
	if got, want := modelShape(t, doc), modelShape(t, csvDoc); got != want {
		t.Fatalf("XLSX model differs from the CSV model:\n%s\nwant\n%s", got, want)
	}
	p := doc.Units[0].Projects[1]
	if !p.Spans.Name.Equal(CellSpan("项目表", "B9")) || p.Amounts.Cells[ColTotal].Raw != "80000" {
		t.Errorf("project 古籍修复: name span %+v, 预算数 %q", p.Spans.Name, p.Amounts.Cells[ColTotal].Raw)
	}
	in := p.Indicators[3]
	if !in.Spans.Name.Equal(CellSpan("项目表", "G12")) || !in.Spans.Item.Equal(CellSpan("项目表", "A12:L12")) {
		t.Errorf("indicator spans %+v", in.Spans)
	}
	if !doc.Spans.Title.Equal(CellSpan("项目表", "A1")) {
		t.Errorf("title span %+v", doc.Spans.Title)
	}
}

func TestXLSXCellValues(t *testing.T) {
	f := excelize.NewFile()
	const s = "Sheet1"
	setRow(t, f, s, 1, strings.Split("项目名称,预算数,三级指标,指标值,度量单位,权重", ","), false)
	setRow(t, f, s, 2, []string{"甲", "120,000.00", "培训人数", "100", "人", "50"}, false) // numbers stored as text
	setRow(t, f, s, 3, []string{"乙", "120000", "合格率", "0.95", "%", "50"}, true)      // numbers stored as numbers
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 9})                               // 0%
	must(t, err)
	must(t, f.SetCellStyle(s, "D3", "D3", pct))
	doc, err := Read("v.xlsx", workbookBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	ps := doc.Units[0].Projects
	if len(ps) != 2 {
		t.Fatalf("%d projects", len(ps))
	}
	if ps[0].Amounts.Cells[ColTotal].Raw != "120,000.00" || ps[1].Amounts.Cells[ColTotal].Raw != "120000" ||
		!ps[0].Amounts.Total.Equal(ps[1].Amounts.Total) {
		t.Errorf("预算数 as text %+v, as number %+v", ps[0].Amounts.Cells[ColTotal], ps[1].Amounts.Cells[ColTotal])
	}
	if a := ps[1].Indicators[0].Annual; a != "95%" {
		t.Errorf("percent-formatted 0.95 reads %q, want 95%%", a)
	}
}

func TestXLSXSheets(t *testing.T) {
	f := rowsExampleWorkbook(t)
	idx, err := f.NewSheet("说明")
	must(t, err)
	must(t, f.SetCellValue("说明", "A1", "填表说明：每个指标一行。"))
	f.SetActiveSheet(idx)
	_, err = f.NewSheet("第二批")
	must(t, err)
	setRow(t, f, "第二批", 1, strings.Split("单位名称,项目名称,预算数,年度目标,一级指标,二级指标,三级指标,指标性质,指标值,度量单位,权重,指标方向性", ","), false)
	setRow(t, f, "第二批", 2, strings.Split("102-示例区文化馆,非遗展览,50000,办好展览。,产出指标,数量指标,展览场次,≥,3,场,100,正向指标", ","), true)
	doc, err := Read("multi.xlsx", workbookBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			names = append(names, u.Name+"/"+p.Name)
		}
	}
	if got := strings.Join(names, " "); got != "101-示例区图书馆/社区阅读推广活动 101-示例区图书馆/古籍修复 102-示例区文化馆/非遗展览" {
		t.Errorf("projects in sheet order: %s", got)
	}
	if sp := doc.Units[1].Projects[0].Spans.Name; !sp.Equal(CellSpan("第二批", "B2")) {
		t.Errorf("second sheet span %+v", sp)
	}
}
