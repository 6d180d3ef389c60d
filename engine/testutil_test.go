package engine

import (
	"os"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// loadSet reads a rule file from testdata into a rule set.
func loadSet(t testing.TB, name string) *rules.Set {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return setFrom(t, "testdata/"+name, data)
}

// setFrom decodes rule YAML into a rule set.
func setFrom(t testing.TB, path string, data []byte) *rules.Set {
	t.Helper()
	rs, err := rules.LoadFile(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return &rules.Set{Rules: rs, All: rs}
}

// mustLinter compiles set or fails the test.
func mustLinter(t testing.TB, set *rules.Set, lang string) *Linter {
	t.Helper()
	l, err := New(set, Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// dec parses a decimal.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// amounts builds a row's amounts with cell spans on line, starting at col,
// each cell 10 columns wide.
func amounts(line, col int, vals ...string) table.Amounts {
	var a table.Amounts
	for c, v := range vals {
		d := decimal.Zero
		if v != "" {
			d = dec(v)
		}
		a.Set(c, d)
		a.Cells[c] = table.AmountCell{Raw: v, Empty: v == "",
			Span: span(line, col+10*c, len(v))}
	}
	return a
}

// span is a one-line span of n columns.
func span(line, col, n int) table.Span {
	return table.Span{Line: int32(line), Column: int32(col), EndLine: int32(line), EndColumn: int32(col + n)}
}

// testDoc builds a small table: one unit of two projects, whose first project
// has two indicators. The unit total is off by one from its projects' sum.
//
//	line 1 title, 4 合计, 5 unit, 6 project 甲 (+ indicators), 7 project 乙
func testDoc(path string) *table.Document {
	ind1 := &table.Indicator{Number: "1", Level1: table.Level{Code: "1", Name: "产出指标"},
		Level2: table.Level{Code: "12", Name: "质量指标"}, Name: "项目完成情况", Period: "正常运转", Annual: "正产运转",
		Spans: table.IndicatorSpans{Item: span(6, 60, 40), Number: span(6, 60, 1), Name: span(6, 70, 6),
			Period: span(6, 80, 4), Annual: span(6, 90, 4)}}
	ind2 := &table.Indicator{Number: "2", Level1: table.Level{Code: "2", Name: "效益指标"},
		Level2: table.Level{Code: "22", Name: "社会效益"}, Name: "群众满意", Period: "95%", Annual: "95%",
		Spans: table.IndicatorSpans{Item: span(6, 101, 20), Number: span(6, 101, 1), Name: span(6, 110, 4),
			Period: span(6, 115, 3), Annual: span(6, 119, 3)}}
	p1 := &table.Project{Name: "项目甲", Amounts: amounts(6, 10, "100.50", "60.50", "", "40"), Goal: "完成项目建设",
		Indicators: []*table.Indicator{ind1, ind2},
		Spans:      table.ProjectSpans{Name: span(6, 1, 3), Goal: span(6, 50, 6), Indicators: span(6, 60, 61)}}
	p2 := &table.Project{Name: "项目乙", Amounts: amounts(7, 10, "50", "30", "", ""), Goal: "保障运转",
		Spans: table.ProjectSpans{Name: span(7, 1, 3), Goal: span(7, 50, 4)}}
	u := &table.Unit{Name: "区科技局", Amounts: amounts(5, 10, "151.50", "90.50", "", "40"),
		Projects: []*table.Project{p1, p2}, Spans: table.UnitSpans{Name: span(5, 1, 4)}}
	total := amounts(4, 10, "151.50", "90.50", "", "40")
	return &table.Document{Path: path, Format: "text", Title: "项目支出绩效目标表", Department: "区科技局",
		MoneyUnit: "万元", Total: &total, Units: []*table.Unit{u},
		Spans: table.DocSpans{Title: span(1, 1, 9), TotalRow: span(4, 1, 2)}}
}
