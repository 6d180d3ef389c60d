package funcs

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/table"
)

func TestNumberingBreaks(t *testing.T) {
	tests := []struct {
		in   []any
		want []Break
	}{
		{[]any{"1", "2", "3"}, nil},
		{[]any{"1", "2", "4", "5"}, []Break{{2, "3"}}},
		{[]any{"1", "2", "2", "3"}, []Break{{2, "3"}}},
		{[]any{"2", "3"}, []Break{{0, "1"}}},
		{[]any{"1", "x", "3"}, []Break{{1, "2"}}},
		{[]any{"", ""}, nil}, // a layout without numbers
		{nil, nil},
		{[]any{1, 2, " 3 "}, nil},                            // numbers that are not texts, and spaces
		{[]any{1, nil, " 4\t"}, []Break{{1, "2"}, {2, "3"}}}, // nil prints as <nil>, no number
	}
	for _, tt := range tests {
		if got := numberingBreaks(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("numberingBreaks(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIndicatorKey(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	project := func(annual string) *table.Project {
		return &table.Project{Indicators: []*table.Indicator{{
			Level1: table.Level{Code: "2", Name: "效益指标"}, Level2: table.Level{Code: "22", Name: "社会效益"},
			Name: "基层组织运转情况", Period: "正常运转", Annual: annual,
		}}}
	}
	a, b, c := h.indicatorKey(project("正常运转。")), h.indicatorKey(project("正产运转。")), h.indicatorKey(project("停止运转"))
	if a != b {
		t.Errorf("a typo or a final 。 makes lists differ: %q vs %q", a, b)
	}
	if a == c {
		t.Errorf("different values give the same key %q", a)
	}
	if k := h.indicatorKey(&table.Project{}); k != "" {
		t.Errorf("key of no indicators = %q, want empty", k)
	}
}

func TestSameUnit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"人", "人", true}, {"人", "人次", true}, {"个月", "月", true}, {"%", "％", true},
		{"人", "个", false}, {"", "个", false},
	}
	for _, tt := range tests {
		if got := sameUnit(tt.a, tt.b); got != tt.want {
			t.Errorf("sameUnit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTopics(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	tests := []struct {
		in   string
		want []string
	}{
		{"进一步优化我区游戏产业的发展环境，引进一批优质游戏企业", []string{"游戏产业"}},
		{"通过集聚效应，吸引大模型人才。", []string{"工业和信息化"}},
		{"高校毕业生就业见习人数", []string{"就业"}},        // 高校毕业生 is read before 高校
		{"65岁及以上老年人健康管理率", []string{"卫生健康"}},   // 老年人健康 before 老年人
		{"开展户外游戏活动，幼儿参与率100%", []string{"教育"}}, // 游戏活动 is kindergarten play
		{"法律援助案件办结率", []string{"司法"}},
		{"河涌水质达标率，新增养老床位", []string{"养老服务", "水利"}},
		{"提升琶洲地区影响力", nil},
		{"提交个人材料", nil},
	}
	for _, tt := range tests {
		if got := h.topics.topics(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("topics(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestFirstSameShortAndLong gives firstSame lists of every length up to well
// past smallList, whose keys repeat, are empty or are not texts, and compares
// each result with the first equal earlier key found by looking back.
func TestFirstSameShortAndLong(t *testing.T) {
	for n := 0; n <= 3*smallList; n++ {
		keys := make([]any, n)
		for i := range keys {
			switch (i * 7) % 11 {
			case 0:
				keys[i] = ""
			case 1:
				keys[i] = i % 3 // a number: the same as its text
			default:
				keys[i] = string(rune('a' + (i*5)%(n/2+1)))
			}
		}
		want := make([]int, n)
		for i := range keys {
			want[i] = -1
			for j := range i {
				if s := fmt.Sprint(keys[i]); s != "" && s == fmt.Sprint(keys[j]) {
					want[i] = j
					break
				}
			}
		}
		if got := firstSame(keys); !reflect.DeepEqual(got, want) {
			t.Errorf("firstSame(%v) = %v, want %v", keys, got, want)
		}
	}
}
