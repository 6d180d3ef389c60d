package reporters

import (
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

func TestSpanWithin(t *testing.T) {
	text := func(l, c, el, ec int32) table.Span { return table.Span{Line: l, Column: c, EndLine: el, EndColumn: ec} }
	for _, tc := range []struct {
		outer, inner table.Span
		want         bool
	}{
		{text(3, 10, 3, 20), text(3, 10, 3, 12), true},
		{text(3, 10, 3, 20), text(3, 19, 3, 20), true},
		{text(3, 10, 3, 20), text(3, 20, 3, 22), false},
		{text(3, 10, 3, 20), text(3, 20, 3, 20), true}, // an empty span at the end: an insertion point
		{text(3, 10, 3, 20), text(3, 9, 3, 12), false},
		{text(3, 10, 5, 2), text(4, 1, 4, 3), true},
		{text(3, 10, 3, 20), text(4, 11, 4, 12), false},
		{table.CellSpan("项目表", "A5:N5"), table.CellSpan("项目表", "G5"), true},
		{table.CellSpan("项目表", "A5:N5"), table.CellSpan("项目表", "G6"), false},
		{table.CellSpan("项目表", "G5"), table.CellSpan("项目表", "G5"), true},
		{table.CellSpan("第1页", "G5"), table.CellSpan("第2页", "G5"), false},
		{table.CellSpan("表1", "C4"), text(4, 3, 4, 5), false},
		{table.Span{}, text(1, 1, 1, 2), false},
	} {
		if got := spanWithin(tc.outer, tc.inner); got != tc.want {
			t.Errorf("spanWithin(%+v %v, %+v %v) = %v", tc.outer, tc.outer.CellRef, tc.inner, tc.inner.CellRef, got)
		}
	}
}

func TestCharRange(t *testing.T) {
	c := &gridCell{text: "𠀀正产运转，正产", span: table.Span{Line: 2, Column: 5, EndLine: 2, EndColumn: 15}}
	for _, tc := range []struct {
		f          engine.Finding
		start, end int
	}{
		// By position: the second 正产, after a character outside the BMP (two UTF-16 units).
		{engine.Finding{Text: "正产", Span: table.Span{Line: 2, Column: 12, EndLine: 2, EndColumn: 14}}, 7, 9},
		// A workbook cell has no text position: the first occurrence.
		{engine.Finding{Text: "正产", Span: table.CellSpan("表", "B2")}, 2, 4},
		// The position does not hold the text: found by search.
		{engine.Finding{Text: "运转", Span: table.Span{Line: 2, Column: 5}}, 4, 6},
		{engine.Finding{Text: "", Span: table.Span{Line: 2, Column: 7}}, -1, -1},
		{engine.Finding{Text: "拔付", Span: table.Span{Line: 2, Column: 7}}, -1, -1},
	} {
		if s, e := charRange(c, &tc.f); s != tc.start || e != tc.end {
			t.Errorf("charRange(%q at %d) = %d, %d; want %d, %d", tc.f.Text, tc.f.Span.Column, s, e, tc.start, tc.end)
		}
	}
}

// TestPlaceLevels places findings on a table's cells, rows and header.
func TestPlaceLevels(t *testing.T) {
	src := "项目支出绩效目标表\n部门名称：区科技局\n单位：万元\n" +
		"项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n" +
		"合计\t100.00\t100.00\t\t\t\t\n" +
		"区科技局\t100.00\t100.00\t\t\t\t\n" +
		"科技创新经费\t100.00\t100.00\t\t\t支持企业研发。\t" +
		"1、1-产出指标；11-数量指标；支持企业数；实施周期指标值：10家；年度指标值：10家。" +
		"2、1-产出指标；13-时效指标；完成时间；实施周期指标值：年底；年度指标值：年底\n"
	doc, err := table.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Units[0].Projects[0]
	findings := []engine.Finding{
		{RuleID: "doc", Field: "title", Span: doc.Spans.Title, Text: doc.Title},
		{RuleID: "total", Field: "total.total", Span: doc.Total.Cells[0].Span, Text: "100.00"},
		{RuleID: "unit", Unit: "区科技局", Field: "name", Span: doc.Units[0].Spans.Name},
		{RuleID: "project", Unit: "区科技局", Project: p.Name, Field: "indicators", Span: p.Spans.Indicators},
		{RuleID: "second", Unit: "区科技局", Project: p.Name, Indicator: "2", Field: "annual", Span: p.Indicators[1].Spans.Annual, Text: "年底"},
		{RuleID: "label", Unit: "区科技局", Project: p.Name, Span: table.Span{Line: 7, Column: p.Indicators[1].Spans.Period.Column - 2}},
	}
	g := newGrid(doc)
	marks := g.place(g.index(), findings, 1)
	want := []struct {
		field string
		row   int // grid row; -1 for the header
		whole bool
	}{
		{"title", -1, false}, {"total.total", 0, false}, {"name", 1, true}, {"name", 2, true}, {"annual", 3, false}, {"period", 3, true},
	}
	for i, m := range marks {
		w := want[i]
		if m.cell.field != w.field || m.cell.row != w.row || (m.start < 0) != w.whole {
			t.Errorf("%s: on %s of row %d (range %d-%d, row mark %v); want %s of row %d", m.f.RuleID, m.cell.field, m.cell.row,
				m.start, m.end, m.row, w.field, w.row)
		}
	}
	if !marks[3].row || rowMarkSeverity(g.rows[2], true) < 0 {
		t.Errorf("a finding on the project's indicators does not mark its row")
	}
}
