package funcs

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/jxlint/jxlint/table"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"通过集聚效应，吸引大模型人才。", "通过集聚效应，吸引大模型人才"},
		{"按时申请经费，支持琶洲实验室建设", "按时申请经费，支持琶洲实验室建设"},
		{" 正常 运转\u3000。；", "正常运转"},
		{"100%", "100%"},
		{"。", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHalfWidthPunct(t *testing.T) {
	tests := []struct {
		in   string
		want []Match
	}{
		{"实施周期指标值: 及时发放工资", []Match{{Word: ":", Fix: "：", Start: 7, End: 8}}},
		{"完成培训,提高能力;按期结项", []Match{{",", "，", 4, 5}, {";", "；", 9, 10}}},
		{"发放工资(1名)", []Match{{"(", "（", 4, 5}, {")", "）", 7, 8}}},
		{"(1)完成验收", []Match{{"(", "（", 0, 1}, {")", "）", 2, 3}}},
		{"2场(含决赛),服务", []Match{{"(", "（", 2, 3}, {")", "）", 6, 7}, {",", "，", 7, 8}}},
		{"9,235.17", nil},
		{"10:30开始", nil},
		{"GDP, CPI", nil},
		{"完成率100%, 合格", nil}, // a digit or % beside the comma: not Chinese on both sides
		{"全角，标点：正确（是）", nil},
		{"𠀀,中", []Match{{",", "，", 2, 3}}}, // offsets in UTF-16 code units
	}
	for _, tt := range tests {
		if got := halfWidthPunct(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("halfWidthPunct(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"高质量举办算法大赛", 20, "高质量举办算法大赛"},
		{"高质量举办算法大赛", 5, "高质量举办…"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestHasSpace compares hasSpace with a rune-by-rune unicode.IsSpace scan.
func TestHasSpace(t *testing.T) {
	for _, s := range []string{"", "正常运转", "正常 运转", "正常\u3000运转", "a\u00a0b", "\u2003", "\u1680x", "\u0085",
		"x\u200by", "\u2028", "\u3001、", "abc\t", "é", "\u2000", "\ufeff"} {
		want := strings.IndexFunc(s, unicode.IsSpace) >= 0
		if got := hasSpace(s); got != want {
			t.Errorf("hasSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasSpaceEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got, want := hasSpace("正"+string(r)+"常"), unicode.IsSpace(r); got != want {
			t.Fatalf("hasSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestHalfWidthProblems(t *testing.T) {
	sp := func(col int32) table.Span { return table.Span{Line: 3, Column: col, EndLine: 3, EndColumn: col + 1} }
	p := &table.Project{Problems: []table.Problem{
		{Kind: "mixed-punctuation", Text: ": ", Span: sp(10)},
		{Kind: "malformed-indicator", Text: ":", Span: sp(20)},
		{Kind: "mixed-punctuation", Text: "：", Span: sp(30)}, // full-width already
		{Kind: "mixed-punctuation", Text: " ;", Span: sp(40)},
		{Kind: "mixed-punctuation", Text: ",,", Span: sp(50)},
		{Kind: "mixed-punctuation", Text: "(", Span: sp(60)},
	}}
	want := []*MarkProblem{
		{Span: sp(10), Text: ": ", Word: ":", Fix: "："},
		{Span: sp(40), Text: " ;", Word: ";", Fix: "；"},
		{Span: sp(60), Text: "(", Word: "(", Fix: "（"},
	}
	if got := halfWidthProblems(p); !reflect.DeepEqual(got, want) {
		t.Errorf("halfWidthProblems = %+v, want %+v", got, want)
	}
	if got := halfWidthProblems(nil); got != nil {
		t.Errorf("halfWidthProblems(nil) = %v", got)
	}
}
