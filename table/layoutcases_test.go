package table

import (
	"os"
	"testing"
)

// TestSplitMetaLines reads 部门名称 and 单位 lines split into a label cell and a
// value cell, as a PDF or a workbook gives them: they are page furniture, never
// a unit, and their values are the document's, placed at the value cell.
func TestSplitMetaLines(t *testing.T) {
	packed, err := os.ReadFile("testdata/splitmeta.txt")
	must(t, err)
	doc, err := Read("split.txt", packed)
	must(t, err)
	if len(doc.Units) != 1 || doc.Units[0].Name != "示例局" || len(doc.Units[0].Projects) != 2 {
		t.Fatalf("units %+v", doc.Units)
	}
	if doc.Department != "示例局" || doc.Spans.Department != textSpan(2, 7, 2, 10) {
		t.Errorf("department %q at %+v", doc.Department, doc.Spans.Department)
	}
	if doc.MoneyUnit != "万元" || doc.Spans.MoneyUnit != textSpan(3, 5, 3, 7) {
		t.Errorf("money unit %q at %+v", doc.MoneyUnit, doc.Spans.MoneyUnit)
	}
	rows := "表\n部门名称：,示例局\n单位,万元\n单位名称,项目名称,预算数,三级指标,指标值\n甲,项目,1,人数,5\n"
	doc, err = Read("split.csv", []byte(rows))
	must(t, err)
	if doc.Title != "表" || doc.Department != "示例局" || doc.MoneyUnit != "万元" || doc.Spans.Department != textSpan(2, 7, 2, 10) {
		t.Errorf("rows layout: title %q department %q at %+v, money unit %q", doc.Title, doc.Department, doc.Spans.Department, doc.MoneyUnit)
	}
}

// TestContinuationAfterRepeatedHeader reads a project cut by a page break
// whose rest, after the repeated title and header, has no name and no
// amounts: the rest is appended to the project, never dropped nor read as a
// project of its own.
func TestContinuationAfterRepeatedHeader(t *testing.T) {
	data, err := os.ReadFile("testdata/continued.txt")
	must(t, err)
	doc, err := Read("continued.txt", data)
	must(t, err)
	ps := doc.Units[0].Projects
	if len(ps) != 1 || ps[0].Goal != "举办活动5场，服务群众500人。" || len(ps[0].Indicators) != 3 {
		t.Fatalf("%d projects, goal %q", len(ps), ps[0].Goal)
	}
	if in := ps[0].Indicators[2]; in.Name != "群众满意度" || in.Spans.Annual.Line != 11 {
		t.Errorf("third indicator %q at %+v", in.Name, in.Spans.Annual)
	}
}

// TestTwoValueBlocks reads a form whose two-row header splits the indicators
// into a 长期目标 block and a 年度目标 block, each with its 指标值: the first
// gives the period value, the second the annual one.
func TestTwoValueBlocks(t *testing.T) {
	csv := "绩效目标表,,,,,,,,\n" +
		"单位名称,项目名称,预算数,长期目标,,,年度目标,,\n" +
		",,,一级指标,三级指标,指标值,一级指标,三级指标,指标值\n" +
		"甲单位,乙项目,100,产出指标,培训人次,600人次,产出指标,培训人次,200人次\n" +
		",,,满意度指标,满意度,≥85%,满意度指标,满意度,≥90%\n"
	doc, err := Read("blocks.csv", []byte(csv))
	must(t, err)
	inds := doc.Units[0].Projects[0].Indicators
	if len(inds) != 2 {
		t.Fatalf("%d indicators", len(inds))
	}
	for i, want := range [][2]string{{"600人次", "200人次"}, {"≥85%", "≥90%"}} {
		in := inds[i]
		if in.Period != want[0] || in.Annual != want[1] {
			t.Errorf("indicator %d: period %q annual %q, want %q %q", i+1, in.Period, in.Annual, want[0], want[1])
		}
		if in.Spans.Period.Line != int32(4+i) || in.Spans.Annual.Line != int32(4+i) || in.Spans.Period.Column >= in.Spans.Annual.Column {
			t.Errorf("indicator %d: period at %+v, annual at %+v", i+1, in.Spans.Period, in.Spans.Annual)
		}
	}
}
