package table

import (
	"strings"
	"testing"
)

// indicatorSeeds are packed indicator cells that exercise the parser's corners
// (the seeds of FuzzParseIndicators):
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
