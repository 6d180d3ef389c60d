package table

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

// indicatorSeeds are packed indicator cells that exercise the parser's corners:
// half-width separators and colons, white space around fields, missing fields
// and values, labels out of order, line ends and characters outside the BMP.
var indicatorSeeds = []string{
	"1、1-产出指标；12-质量指标；项目完成情况；实施周期指标值：高质量举办算法大赛；年度指标值：高质量。2、2-效益指标；21-经济效益；吸引人才；实施周期指标值：通过；年度指标值：通过。",
	"1、1-产出指标;11-数量指标;下达率;实施周期指标值: 100%;年度指标值:100% 2、3-满意度指标；31-服务对象满意度；满意率",
	"第2、3季度 1、产出；；；年度指标值",
	"1、1-\n产出；\r\n2、",
	"说明文字 1、1-产出指标；11-数量指标；人数；实施周期指标值：5人；年度指标值：5人。2、2-效益指标；没有值。3、3-满意度指标；实施周期指标值：90%",
	"1、1-产出指标；11-数量指标；人数；无值",
	"1、1-产出指标；11-数量指标；实施周期指标值：1",
	"1、1-产出指标；实施期指标值：1；年度指标值：2",
	"1、 1－产出指标 ； 11－数量指标 ；  人数 ; 实施期指标值 :  5人 ;  年度指标值 ： 5人 ；  ",
	"1、1-产出指标；11-数量指标；人数；年度指标值：5人；实施周期指标值：6人。",
	"1、1-产出指标；11-数量指标；人数；实施期指标值：年度指标值；实施周期指标值：　；年度指标值：　。",
	"1、1-产出指标；11-数量指标；人数；实施周期指标值：\u3000 ；年度指标值：;",
	"1、1-产出指标；11-数量指标；𠀀人数；实施周期指标值：😀5；年度指标值：𠀀5。2、成本；；人；年度指标值：",
	"1、1-产出指标；11-数量指标；人数；实施周期指标值：5\r\n人；年度\n指标值：6。\n2、2-效益指标；21-经济效益；效果；年度指标值：好",
	"1、1-产出指标；12-质量指标；实施周期指标值：x；年度指标值：y",
	"1、1-产出指标；；人数；年度指标值：1",
	"1、1-；11-数量指标；人数；年度指标值：1",
	"1、满意度；\xE5；人数；年度指标值：\xF0\x9F1",
	"1、1-产出指标；11-数量指标；人数；实施周期指标值；年度指标值",
	"0000000000000000000000A0、0-A000；\n00000000；00000实施周期指标值",
	"12、1-产出指标；11-数量指标；人数；实施周期指标值：第2、3季度；年度指标值：1、2-3月。13、",
}

// checkMatchesReference checks that parseIndicators reads text at span exactly
// as the reference parser does.
func checkMatchesReference(t *testing.T, text string, span Span) {
	t.Helper()
	gotInds, gotProbs := parseIndicators(text, span)
	wantInds, wantProbs := refParseIndicators(text, span)
	if got, want := indicatorValues(gotInds), indicatorValues(wantInds); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q at %+v: indicators\n got %+v\nwant %+v", text, span, got, want)
	}
	if !reflect.DeepEqual(gotProbs, wantProbs) {
		t.Fatalf("%q at %+v: problems\n got %+v\nwant %+v", text, span, gotProbs, wantProbs)
	}
}

// indicatorValues returns the indicators themselves, for comparing.
func indicatorValues(inds []*Indicator) []Indicator {
	out := make([]Indicator, len(inds))
	for i, ind := range inds {
		out[i] = *ind
	}
	return out
}

// referenceSpans are the cell places the parsers are compared at: a text
// cell, a text cell further on a later line, and a workbook cell.
var referenceSpans = []Span{textSpan(1, 1, 1, 1), textSpan(7, 40, 7, 40), CellSpan("Sheet1", "G3")}

func TestIndicatorsMatchReference(t *testing.T) {
	texts := append([]string{}, indicatorSeeds...)
	for _, data := range [][]byte{mustRead(t, "pazhou.txt"), generatedTable(t)} {
		for line := range strings.SplitSeq(string(data), "\n") {
			if i := strings.LastIndexByte(line, '\t'); i >= 0 {
				texts = append(texts, line[i+1:])
			}
		}
	}
	for _, text := range texts {
		for _, span := range referenceSpans {
			checkMatchesReference(t, text, span)
		}
	}
}

// generatedTable is a generated table of about 256 kB with every defect kind.
func generatedTable(t *testing.T) []byte {
	var buf bytes.Buffer
	opt := tablegen.Options{Seed: 7, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.2)}
	if _, err := tablegen.GenerateSize(&buf, opt, 256<<10); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func FuzzIndicatorsMatchReference(f *testing.F) {
	for _, s := range indicatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, span := range referenceSpans {
			checkMatchesReference(t, text, span)
		}
	})
}

// BenchmarkParseIndicators splits the indicator cells of a generated table.
func BenchmarkParseIndicators(b *testing.B) {
	data, _ := benchCorpus()
	var cells []string
	size := 0
	for line := range strings.SplitSeq(string(data[:4<<20]), "\n") {
		if i := strings.LastIndexByte(line, '\t'); i >= 0 && strings.Contains(line[i:], ideographicComma) {
			cells = append(cells, line[i+1:])
			size += len(line) - i - 1
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		var ip indicatorParser
		for i, c := range cells {
			ip.parse(c, textSpan(i+1, 10, i+1, 10))
		}
	}
	b.ReportMetric(float64(len(cells))*float64(b.N)/b.Elapsed().Seconds(), "cells/s")
}
