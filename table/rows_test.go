package table

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

var updateSheets = flag.Bool("update-sheets", false, "rewrite the golden files of the CSV and XLSX readers")

const rowsExample = "../testdata/sheets/layout-rows-example.csv"

// readExample reads a repository test file under the name it is reported with.
func readExample(t *testing.T, file, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestRowsExample(t *testing.T) {
	doc := readExample(t, rowsExample, "layout-rows-example.csv")
	if doc.Layout != "rows" || doc.Format != "csv" || doc.MoneyUnit != "元" || doc.Title != "部门预算项目绩效目标申报表(2026年度)" {
		t.Fatalf("layout %q format %q money unit %q title %q", doc.Layout, doc.Format, doc.MoneyUnit, doc.Title)
	}
	if len(doc.Units) != 1 || doc.Units[0].Name != "101-示例区图书馆" {
		t.Fatalf("units: %+v", doc.Units)
	}
	for _, c := range doc.Units[0].Amounts.Cells {
		if !c.Empty {
			t.Errorf("unit amounts should be empty in the rows layout: %+v", c)
		}
	}
	want := []struct {
		name, total, goal string
		weights           []string
	}{
		{"社区阅读推广活动", "120000", "全年举办社区阅读推广活动，提升居民阅读率。", []string{"20", "20", "20", "20", "20"}},
		{"古籍修复", "80000", "完成馆藏古籍修复。", []string{"30", "30", "20", "10"}},
	}
	ps := doc.Units[0].Projects
	if len(ps) != len(want) {
		t.Fatalf("got %d projects, want %d", len(ps), len(want))
	}
	for i, w := range want {
		p := ps[i]
		if p.Name != w.name || !p.Amounts.Total.Equal(sheetDecimal(t, w.total)) || p.Goal != w.goal {
			t.Errorf("project %d: %q %s %q", i, p.Name, p.Amounts.Total, p.Goal)
		}
		if c := p.Amounts.Cells[ColTotal]; c.Raw != map[int]string{0: "120,000.00", 1: "80,000.00"}[i] || c.Empty || c.Invalid {
			t.Errorf("project %d 预算数 cell: %+v", i, c)
		}
		var got []string
		for _, in := range p.Indicators {
			got = append(got, in.Weight.String())
		}
		if strings.Join(got, ",") != strings.Join(w.weights, ",") {
			t.Errorf("project %q weights %v, want %v", p.Name, got, w.weights)
		}
	}
	in := ps[1].Indicators[3]
	if in.Level1.Name != "满意度指标" || in.Level2.Name != "服务对象满意度指标" || in.Name != "读者满意度" ||
		in.Operator != "≥" || in.Annual != "105" || in.Value.String() != "105" || in.MeasureUnit != "%" ||
		in.Direction != "正向指标" || in.Period != "" {
		t.Errorf("last indicator: %+v", in)
	}
	// 读者满意度 is on line 12, after four empty cells, 满意度指标 and 服务对象满意度指标: ,,,,满意度指标,服务对象满意度指标,读者满意度
	if s := in.Spans.Name; s != (Span{Line: 12, Column: 21, EndLine: 12, EndColumn: 26}) {
		t.Errorf("name span %+v", s)
	}
}

func TestRowsExampleGolden(t *testing.T) {
	doc := readExample(t, rowsExample, "layout-rows-example.csv")
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sheets", "layout-rows-example.golden.json")
	if *updateSheets {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(append(got, '\n'), want) {
		t.Errorf("model differs from %s; run go test ./table -run Golden -update-sheets and review the diff", golden)
	}
}

func TestRowsVariants(t *testing.T) {
	csv := "金额单位：万元\n" +
		"序号,单位名称,项目名称,预算数（万元）,实施期目标,年度目标,一级指标,二级指标,三级指标,指标值类型(定量/定性),指标性质,实施期指标值,年度指标值,计量单位,权重（%）,指标解释\n" +
		"1,甲单位,项目一,10.5,长期,今年,1-产出指标,11-数量指标,培训人数,定量,大于等于,200,100,人,50%,参训\n" +
		"2,,,,,,,,满意度,定性,不低于,,90%以上,,abc,\n" +
		"3,乙单位,合计,7,,,,,,,,,,,,\n"
	doc, err := Read("v.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if doc.MoneyUnit != "万元" || doc.Spans.MoneyUnit != (Span{Line: 1, Column: 6, EndLine: 1, EndColumn: 8}) {
		t.Errorf("money unit %q at %+v", doc.MoneyUnit, doc.Spans.MoneyUnit)
	}
	p := doc.Units[0].Projects[0]
	if p.Goal != "今年" || p.PeriodGoal != "长期" || !p.Amounts.Total.Equal(sheetDecimal(t, "10.5")) {
		t.Errorf("project %+v", p)
	}
	a, b := p.Indicators[0], p.Indicators[1]
	if a.Number != "1" || a.Level1 != (Level{"1", "产出指标"}) || a.Level2 != (Level{"11", "数量指标"}) ||
		a.Kind != "定量" || a.Operator != "≥" || a.Period != "200" || a.Annual != "100" || a.Weight.String() != "50" {
		t.Errorf("first indicator %+v", a)
	}
	if b.Level1 != a.Level1 || b.Level2 != a.Level2 || b.Kind != "定性" || b.Operator != "≥" || b.Value != nil || b.Weight != nil {
		t.Errorf("second indicator %+v", b)
	}
	if len(p.Problems) != 1 || p.Problems[0].Text != "abc" || p.Problems[0].Message != "权重 is not a number" {
		t.Errorf("problems %+v", p.Problems)
	}
	if doc.Total == nil || !doc.Total.Total.Equal(sheetDecimal(t, "7")) {
		t.Errorf("total %+v", doc.Total)
	}
}

func TestRowsHeaderSynonyms(t *testing.T) {
	csv := "部门,任务,指标,目标数值\n甲,项目一,到岗率,100\n"
	if _, err := Read("s.csv", []byte(csv)); err == nil {
		t.Fatal("read a table whose header names no known columns")
	}
	err := SetHeaderSynonyms(map[string][]string{"单位名称": {"部门"}, "项目名称": {"任务"}, "三级指标": {"指标"}, "指标值": {"目标数值"}})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = SetHeaderSynonyms(nil) }()
	doc, err := Read("s.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if in := doc.Units[0].Projects[0].Indicators[0]; in.Name != "到岗率" || in.Annual != "100" {
		t.Errorf("indicator %+v", in)
	}
	if err := SetHeaderSynonyms(map[string][]string{"指标名": {"x"}}); err == nil ||
		!strings.Contains(err.Error(), `headers: unknown column "指标名" (expected one of 单位名称 项目名称`) {
		t.Errorf("unknown column: %v", err)
	}
}

// sheetDecimal parses a decimal for an expectation.
func sheetDecimal(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
