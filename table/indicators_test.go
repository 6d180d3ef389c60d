package table

import (
	"fmt"
	"strings"
	"testing"
)

// item is an indicator in short form: number|level1|level2|name|period|annual.
func item(ind *Indicator) string {
	return strings.Join([]string{ind.Number, ind.Level1.Code + "-" + ind.Level1.Name,
		ind.Level2.Code + "-" + ind.Level2.Name, ind.Name, ind.Period, ind.Annual}, "|")
}

func TestParseIndicators(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string
		mixed string // half-width separators recorded, as column:text
	}{
		{"full-width", "1、1-产出指标；12-质量指标；项目完成情况；实施周期指标值：高质量举办算法大赛；年度指标值：高质量。2、2-效益指标；21-经济效益；吸引人才；实施周期指标值：通过集聚效应，吸引人才。；年度指标值：通过集聚效应，吸引人才。",
			[]string{"1|1-产出指标|12-质量指标|项目完成情况|高质量举办算法大赛|高质量", "2|2-效益指标|21-经济效益|吸引人才|通过集聚效应，吸引人才。|通过集聚效应，吸引人才"}, ""},
		{"half-width and a space before the next item", "1、1-产出指标;11-数量指标;下达率;实施周期指标值: 100%;年度指标值:100% 2、3-满意度指标；31-服务对象满意度；满意率；实施周期指标值：90%以上；年度指标值：90%以上。",
			[]string{"1|1-产出指标|11-数量指标|下达率|100%|100%", "2|3-满意度指标|31-服务对象满意度|满意率|90%以上|90%以上"},
			`9:";" 17:";" 21:";" 29:": " 35:";" 41:":"`},
		{"a number and 、 inside a value", "1、1-产出指标；13-时效指标；完成时间；实施周期指标值：第2、3季度完成，12、13号验收；年度指标值：第2、3季度。",
			[]string{"1|1-产出指标|13-时效指标|完成时间|第2、3季度完成，12、13号验收|第2、3季度"}, ""},
		{"two-digit numbers and a full-width dash", "10、1－产出指标；11－数量指标；人数；实施周期指标值：230人；年度指标值：230人11、2-效益指标；22-社会效益；效果；年度指标值：好",
			[]string{"10|1-产出指标|11-数量指标|人数|230人|230人", "11|2-效益指标|22-社会效益|效果||好"}, ""},
		{"categories without codes", "1、产出指标；数量指标；人数；实施周期指标值：5人；年度指标值：5人",
			[]string{"1|-产出指标|-数量指标|人数|5人|5人"}, ""},
		{"empty cell", "  ", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inds, problems := parseIndicators(tt.text, textSpan(1, 1, 1, 1+utf16Len(tt.text)))
			var mixed []string
			for _, p := range problems {
				if p.Kind != mixedPunct || int(p.Span.EndColumn-p.Span.Column) != utf16Len(p.Text) {
					t.Errorf("problem: %+v", p)
				}
				mixed = append(mixed, fmt.Sprintf("%d:%q", p.Span.Column, p.Text))
			}
			if got := strings.Join(mixed, " "); got != tt.mixed {
				t.Errorf("half-width separators %s; want %s", got, tt.mixed)
			}
			var got []string
			for _, ind := range inds {
				got = append(got, item(ind))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMalformedIndicators(t *testing.T) {
	text := "说明文字 1、1-产出指标；11-数量指标；人数；实施周期指标值：5人；年度指标值：5人。2、2-效益指标；没有值。3、3-满意度指标；实施周期指标值：90%"
	cell := textSpan(7, 3, 7, 3+utf16Len(text))
	inds, problems := parseIndicators(text, cell)
	if len(inds) != 1 || inds[0].Name != "人数" {
		t.Fatalf("indicators: %d", len(inds))
	}
	want := []Problem{
		{Kind: "malformed-indicator", Message: "text before the first numbered item; " + itemShape, Text: "说明文字",
			Span: Span{Line: 7, Column: 3, EndLine: 7, EndColumn: 7}},
		{Kind: "malformed-indicator", Message: "item 2: " + itemShape, Text: "2、2-效益指标；没有值。",
			Span: Span{Line: 7, Column: 48, EndLine: 7, EndColumn: 61}},
		{Kind: "malformed-indicator", Message: "item 3: " + itemShape, Text: "3、3-满意度指标；实施周期指标值：90%",
			Span: Span{Line: 7, Column: 61, EndLine: 7, EndColumn: 82}},
	}
	if len(problems) != len(want) {
		t.Fatalf("problems: %+v", problems)
	}
	for i := range want {
		if problems[i] != want[i] {
			t.Errorf("problem %d:\ngot  %+v\nwant %+v", i, problems[i], want[i])
		}
	}
	_, problems = parseIndicators("无", cell)
	if len(problems) != 1 || !strings.HasPrefix(problems[0].Message, "no numbered indicator item") {
		t.Errorf("no items: %+v", problems)
	}
	_, problems = parseIndicators("1、1-产出指标；11-数量指标；人数；无值", cell)
	if len(problems) != 1 || problems[0].Message != "item 1: no 实施周期指标值 or 年度指标值; "+itemShape {
		t.Errorf("no values: %+v", problems)
	}
	_, problems = parseIndicators("1、1-产出指标；11-数量指标；实施周期指标值：1", cell)
	if len(problems) != 1 || problems[0].Message != "item 1: no indicator name; "+itemShape {
		t.Errorf("no name: %+v", problems)
	}
}

// TestMalformedIndicatorInFile checks that a bad item is recorded on its project
// with its place in the file, and the file is still read.
func TestMalformedIndicatorInFile(t *testing.T) {
	doc, err := Read("m.txt", []byte(header+"\n项目\t1\t1\t\t\t目标\t1、1-产出指标；坏\n项目二\t2\t2\t\t\t目标\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps := doc.Units[0].Projects
	if len(ps) != 2 || len(ps[0].Problems) != 1 {
		t.Fatalf("projects %d, problems %+v", len(ps), ps[0].Problems)
	}
	p := ps[0].Problems[0]
	if p.Text != "1、1-产出指标；坏" || p.Span != (Span{Line: 2, Column: 13, EndLine: 2, EndColumn: 23}) {
		t.Errorf("problem %+v", p)
	}
}
