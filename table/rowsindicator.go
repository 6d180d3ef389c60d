package table

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// indicator builds the indicator of data row r of the current project.
func (b *rowsBuilder) indicator(r Row) *Indicator {
	in := &Indicator{Spans: IndicatorSpans{Item: rowsItemSpan(r)}}
	in.Number, in.Spans.Number, _ = b.cell(r, hNumber)
	if in.Number == "" { // no 序号 column: the indicator's place in its project
		in.Number, in.Spans.Number = strconv.Itoa(len(b.project.Indicators)+1), in.Spans.Item
	}
	if text, span, ok := b.cell(r, hLevel1); ok {
		in.Level1, in.Spans.Level1 = parseLevel(text), span
	}
	if text, span, ok := b.cell(r, hLevel2); ok {
		in.Level2, in.Spans.Level2 = parseLevel(text), span
	}
	// Blank level cells continue the levels of the project's previous indicator.
	if n := len(b.project.Indicators); n > 0 {
		prev := b.project.Indicators[n-1]
		if in.Level1 == (Level{}) {
			in.Level1, in.Spans.Level1 = prev.Level1, prev.Spans.Level1
			if in.Level2 == (Level{}) {
				in.Level2, in.Spans.Level2 = prev.Level2, prev.Spans.Level2
			}
		}
	}
	in.Name, in.Spans.Name, _ = b.cell(r, hName)
	in.Period, in.Spans.Period, _ = b.cell(r, hPeriodValue)
	if text, span, ok := b.cell(r, hValue); ok {
		in.Annual, in.Spans.Annual = text, span
		in.Value, _ = parseNumber(text)
	} else {
		in.Spans.Annual = span // the empty cell, for findings about it
	}
	if text, span, ok := b.cell(r, hOperator); ok {
		if kind := kindOf(text); kind != "" && b.cols[hKind] < 0 {
			in.Kind, in.Spans.Kind = kind, span // 指标性质 used for 定量/定性
		} else {
			in.Operator, in.Spans.Operator = normalizeOperator(text), span
		}
	}
	in.MeasureUnit, in.Spans.MeasureUnit, _ = b.cell(r, hMeasureUnit)
	if text, span, ok := b.cell(r, hWeight); ok {
		in.Spans.Weight = span
		var ok bool
		if in.Weight, ok = parseNumber(strings.TrimRight(text, "%％ ")); !ok {
			b.project.Problems = append(b.project.Problems, Problem{Kind: "malformed-indicator",
				Message: "权重 is not a number", Text: text, Span: in.Spans.Weight})
		}
	}
	in.Direction, in.Spans.Direction, _ = b.cell(r, hDirection)
	if text, span, ok := b.cell(r, hKind); ok {
		in.Kind, in.Spans.Kind = text, span
		if k := kindOf(text); k != "" {
			in.Kind = k
		}
	}
	return in
}

// kindOf returns 定量 or 定性 when text names one, else "".
func kindOf(text string) string {
	switch strings.TrimSuffix(strings.TrimSpace(text), "指标") {
	case "定量":
		return "定量"
	case "定性":
		return "定性"
	}
	return ""
}

// operators maps the ways forms write a comparison to its symbol.
var operators = map[string]string{
	"≥": "≥", ">=": "≥", "＞＝": "≥", "≧": "≥", "大于等于": "≥", "大于或等于": "≥", "不低于": "≥", "不少于": "≥", "不小于": "≥",
	"≤": "≤", "<=": "≤", "＜＝": "≤", "≦": "≤", "小于等于": "≤", "小于或等于": "≤", "不高于": "≤", "不超过": "≤", "不大于": "≤", "不多于": "≤",
	"=": "=", "＝": "=", "==": "=", "等于": "=",
	">": ">", "＞": ">", "大于": ">", "高于": ">", "超过": ">", "多于": ">",
	"<": "<", "＜": "<", "小于": "<", "低于": "<", "少于": "<",
}

// normalizeOperator returns the symbol for an operator as written; text that is
// not a known operator is returned as written so that a rule can report it.
func normalizeOperator(text string) string {
	if op, ok := operators[strings.ReplaceAll(text, " ", "")]; ok {
		return op
	}
	return text
}

// rowsItemSpan covers a row from its first to its last non-empty cell: a text
// range, or for a workbook a cell range such as "E5:L5".
func rowsItemSpan(r Row) Span {
	first, last := -1, -1
	for j, c := range r.Cells {
		if strings.TrimSpace(c.Text) != "" {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	if first < 0 {
		return Span{}
	}
	a, z := r.Cells[first].Span, r.Cells[last].Span
	if a.Sheet() != "" && !a.HasText() {
		// A cell filled from a merged range names its top-left cell: name the row's own.
		cell, _ := excelize.CoordinatesToCellName(first+1, r.Line)
		if last != first {
			to, _ := excelize.CoordinatesToCellName(last+1, r.Line)
			cell += ":" + to
		}
		return CellSpan(a.Sheet(), cell)
	}
	return Span{Line: a.Line, Column: a.Column, EndLine: z.EndLine, EndColumn: z.EndColumn, CellRef: NewCellRef(a.Sheet(), "")}
}
