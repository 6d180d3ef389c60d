package table

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// goalCutRows are a packed table whose project goes on in the next row (a
// page break cut it): its goal's rest, with a half-width comma, and one more
// indicator.
var goalCutRows = [][]string{
	{"项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"},
	{"区科技局", "100.00", "100.00", "", "", "", ""},
	{"科技创新经费", "100.00", "100.00", "", "", "支持企业研发。", "1、1-产出指标；11-数量指标；支持企业数；实施周期指标值：10家；年度指标值：8家"},
	{"", "", "", "", "", "推动发展,提升水平。", "2、3-满意度指标；31-服务对象满意度指标；企业满意度；实施周期指标值：90%；年度指标值：90%"},
}

// commaOfGoal returns the span of the half-width comma of the read goal.
func commaOfGoal(t *testing.T, doc *Document) Span {
	t.Helper()
	p := doc.Units[0].Projects[0]
	if p.Goal != "支持企业研发。推动发展,提升水平。" || len(p.Indicators) != 2 {
		t.Fatalf("goal %q and %d indicators: the next row was not read as the project's rest", p.Goal, len(p.Indicators))
	}
	at := utf16Len(p.Goal[:strings.Index(p.Goal, ",")])
	return SubSpan(p.Spans.Goal, p.Goal, at, at+1)
}

// TestGoalCutInText places a range of a goal that goes on in the next line
// of a text table on that line, where the characters are; the goal's first
// part stays where it was.
func TestGoalCutInText(t *testing.T) {
	var b strings.Builder
	for _, r := range goalCutRows {
		b.WriteString(strings.Join(r, "\t") + "\r\n")
	}
	doc, err := Read("cut.txt", []byte("\ufeff"+b.String()))
	if err != nil {
		t.Fatal(err)
	}
	// Line 4 starts with five tabs; 推动发展 takes columns 6-9.
	if got, want := commaOfGoal(t, doc), (Span{Line: 4, Column: 10, EndLine: 4, EndColumn: 11}); !got.Equal(want) {
		t.Errorf("the comma is at %+v, want %+v", got, want)
	}
	p := doc.Units[0].Projects[0]
	if got := SubSpan(p.Spans.Goal, p.Goal, 2, 4); !got.Equal(Span{Line: 3, Column: 26, EndLine: 3, EndColumn: 28}) {
		t.Errorf("企业 of the goal's first part is at %+v, want 3:26-28", got)
	}
	// 研发。推动 runs across the cut: from line 3 to the end of 推动 on line 4.
	if got := SubSpan(p.Spans.Goal, p.Goal, 4, 9); !got.Equal(Span{Line: 3, Column: 28, EndLine: 4, EndColumn: 8}) {
		t.Errorf("研发。推动 is at %+v, want 3:28 to 4:8", got)
	}
	// Up to the cut, and from it: one line each.
	if got := SubSpan(p.Spans.Goal, p.Goal, 4, 7); !got.Equal(Span{Line: 3, Column: 28, EndLine: 3, EndColumn: 31}) {
		t.Errorf("研发。 is at %+v, want 3:28-31", got)
	}
	if got := SubSpan(p.Spans.Goal, p.Goal, 7, 9); !got.Equal(Span{Line: 4, Column: 6, EndLine: 4, EndColumn: 8}) {
		t.Errorf("推动 is at %+v, want 4:6-8", got)
	}
}

// TestGoalCutInWorkbook places the same range on the next row's goal cell.
func TestGoalCutInWorkbook(t *testing.T) {
	f := excelize.NewFile()
	for i, r := range goalCutRows {
		setRow(t, f, "Sheet1", i+1, r, true)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read("cut.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	got := commaOfGoal(t, doc)
	if got.Sheet() != "Sheet1" || got.Cell() != "F4" || got.Column != 5 || got.EndColumn != 6 {
		t.Errorf("the comma is at %s!%s:%d-%d, want Sheet1!F4:5-6", got.Sheet(), got.Cell(), got.Column, got.EndColumn)
	}
}
