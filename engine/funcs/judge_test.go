package funcs

import (
	"os"
	"strings"
	"testing"
)

func TestIsQuantified(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"100%", true},
		{"90%以上", true},
		{"经费到位后，7个工作日内拨出。", true},
		{"举办两场", true},
		{"不低于上年", true},
		{"≥", true},
		{"优良", false},
		{"合格", true},
		{"较好。", true},
		{"是", true},
		{"2025年6月底前", true},
		{"高质量举办第四届琶洲算法大赛，策划大模型产业生态交流活动", false},
		{"正常运转", false},
		{"及时拨付经费", false},
		{"引进一批优质游戏企业", false},
		{"提升琶洲地区影响力", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isQuantified(tt.in); got != tt.want {
			t.Errorf("isQuantified(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHasTimeLimit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"经费到位后，7个工作日内拨出。", true},
		{"在本年度内，按时拨付租金", true},
		{"2025年12月31日前完成", true},
		{"三个月内完成", true},
		{"年底前拨付到位", true},
		{"及时拨付经费", false},
		{"按时", false},
		{"经费到位后，及时发放工资。", false},
		{"100%", false},
		{"第四届", false},
	}
	for _, tt := range tests {
		if got := hasTimeLimit(tt.in); got != tt.want {
			t.Errorf("hasTimeLimit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHasTimeWord(t *testing.T) {
	for _, w := range timeWords {
		for _, text := range []string{w, "经费" + w + "拨付", "a" + w} {
			if !hasTimeWord(text) {
				t.Errorf("hasTimeWord(%q) = false", text)
			}
		}
	}
	for _, text := range []string{"", "及时拨付", "按时完成", "年", "底"} {
		if hasTimeWord(text) {
			t.Errorf("hasTimeWord(%q) = true", text)
		}
	}
}

// TestHasComparisonAsContains compares hasComparison, one pass over the text,
// with looking for each comparison in turn, on every value of the corpus and
// on texts that put each comparison at the start, the end and between others.
func TestHasComparisonAsContains(t *testing.T) {
	plain := func(text string) bool {
		for _, c := range comparisons {
			if strings.Contains(text, c) {
				return true
			}
		}
		return false
	}
	texts := []string{"", "≥", "95%", "不低于", "不低", "高", "于", "低于90%", "高于平均水平", "A<B", "＞＞", "不高于不多于"}
	for _, c := range comparisons {
		texts = append(texts, c, "完成"+c, c+"95%", "提高"+c+"率", "不"+c)
	}
	data, err := os.ReadFile("../../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, strings.FieldsFunc(string(data), func(r rune) bool { return r == '；' || r == '\t' || r == '\n' })...)
	found := 0
	for _, text := range texts {
		want := plain(text)
		if got := hasComparison(text); got != want {
			t.Errorf("hasComparison(%q) = %v, want %v", text, got, want)
		}
		if want {
			found++
		}
	}
	if found < len(comparisons)*4 {
		t.Errorf("only %d texts with a comparison", found)
	}
}
