package reporters

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// fuzzTable is a small table with a total, a unit and two projects.
const fuzzTable = "项目支出绩效目标表\n部门名称：区科技局\n单位：万元\n" +
	"项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n" +
	"合计\t150.00\t150.00\t\t\t\t\n" +
	"区科技局\t150.00\t150.00\t\t\t\t\n" +
	"科技创新经费\t100.00\t100.00\t\t\t支持企业研发，正产运转。\t" +
	"1、1-产出指标；11-数量指标；支持企业数；实施周期指标值：10家；年度指标值：10家。" +
	"2、1-产出指标；13-时效指标；完成时间；实施周期指标值：年底；年度指标值：𠀀年底\n" +
	"科技创新经费\t50.00\t50.00\t\t\t支持企业研发。\t1、3-满意度指标；31-满意度；满意度；实施周期指标值：90%；年度指标值：90%\n"

// FuzzPlaceFinding places a finding with any names, field, text and span on
// the table: the page shows exactly one mark for it, the workbook one comment,
// and nothing panics.
func FuzzPlaceFinding(f *testing.F) {
	f.Add("区科技局", "科技创新经费", "1", "annual", "10家", int32(7), int32(60), int32(7), int32(62), "")
	f.Add("区科技局", "科技创新经费", "", "goal", "正产", int32(7), int32(30), int32(7), int32(32), "")
	f.Add("", "", "", "total.total", "150.00", int32(5), int32(4), int32(5), int32(10), "")
	f.Add("区科技局", "", "", "", "", int32(0), int32(0), int32(0), int32(0), "表!C4")
	f.Add("x", "y", "9", "weight", "𠀀", int32(7), int32(2000), int32(3), int32(1), "第1页!G5")
	f.Fuzz(func(t *testing.T, unit, project, ind, field, text string, line, col, endLine, endCol int32, cell string) {
		doc, err := table.Read("x.txt", []byte(fuzzTable))
		if err != nil {
			t.Fatal(err)
		}
		span := table.Span{Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
		if sheet, ref, ok := strings.Cut(cell, "!"); ok {
			span.CellRef = table.NewCellRef(sheet, ref)
		}
		fd := engine.Finding{RuleID: "r", Severity: rules.Warning, Message: "m", Path: "x.txt", Span: span,
			Unit: unit, Project: project, Indicator: ind, Field: field, Text: text}
		res := &engine.FileResult{Path: "x.txt", Doc: doc, Findings: []engine.Finding{fd}}
		h := &HTML{}
		var out bytes.Buffer
		if err := h.Begin(&out, testRun("zh")); err != nil {
			t.Fatal(err)
		}
		if err := h.File(res); err != nil {
			t.Fatal(err)
		}
		if err := h.End(Summary{Warnings: 1}); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(out.String(), `<mark class="mk `) + strings.Count(out.String(), `<span class="mk `); n != 1 {
			t.Fatalf("%d marks for one finding", n)
		}
		x := &XLSX{}
		out.Reset()
		if err := x.Begin(&out, testRun("zh")); err != nil {
			t.Fatal(err)
		}
		if err := x.File(res); err != nil {
			t.Fatal(err)
		}
		if err := x.End(Summary{Warnings: 1}); err != nil {
			t.Fatalf("workbook: %v", err)
		}
		comments := commentsByCell(t, openWorkbook(t, out.Bytes()))
		if len(comments) != 1 {
			t.Fatalf("%d comments for one finding: %v", len(comments), comments)
		}
	})
}
