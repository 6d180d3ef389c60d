package funcs

import (
	"reflect"
	"strconv"
	"testing"
)

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []Quantity
	}{
		{"经费到位后，7个工作日内拨出。", []Quantity{{7, "个工作日"}}},
		{"村组干部230人", []Quantity{{230, "人"}}},
		{"预算9,235.17万元", []Quantity{{9235.17, "万元"}}},
		{"举办两场，覆盖三个街道", []Quantity{{2, "场"}, {3, "个"}}},
		{"十余家企业", []Quantity{{10, "家"}}},
		{"高质量举办第四届琶洲算法大赛", nil}, // an ordinal
		{"第4届", nil},
		{"进一步优化，引进一批企业，十分重要", nil},
		{"≥ 95 %", []Quantity{{95, "%"}}},
		{"１２个月", []Quantity{{12, "个月"}}},
		{"2024年1月至2024年8月", []Quantity{{2024, "年"}, {1, "月"}, {2024, "年"}, {8, "月"}}},
		{"3.5.6次", []Quantity{{3.5, ""}, {6, "次"}}},
		{"5.５个", []Quantity{{5.5, "个"}}},
		{"12．5万元", []Quantity{{12.5, "万元"}}},
		{"7.，", []Quantity{{7, ""}}},
	}
	for _, tt := range tests {
		if got := quantities(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("quantities(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPercents(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"90%以上", []float64{90}},
		{"≥95%", []float64{95}},
		{"≥ 95 %", []float64{95}},
		{"１００％", []float64{100}},
		{"满意度达到105%", []float64{105}},
		{"-5%", []float64{-5}},
		{"下降－3.5%", []float64{-3.5}},
		{"90%-100%", []float64{90, 100}}, // a range, not a negative number
		{"90-100%", []float64{100}},
		{"正常运转", nil},
		{"100", nil},
	}
	for _, tt := range tests {
		if got := percents(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("percents(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := percent("90%以上"); got != 90.0 {
		t.Errorf("percent(90%%以上) = %v, want 90", got)
	}
	if got := percent("及时"); got != nil {
		t.Errorf("percent(及时) = %v, want nil", got)
	}
}

func TestChineseValue(t *testing.T) {
	for in, want := range map[string]float64{"三": 3, "十": 10, "十二": 12, "二十": 20, "两百": 200, "一万五千": 15000} {
		if got := chineseValue(in); got != want {
			t.Errorf("chineseValue(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSmallInt compares smallInt with strconv.ParseFloat on numbers of up to
// 15 digits and declines the others.
func TestSmallInt(t *testing.T) {
	for _, s := range []string{"0", "7", "95", "100", "0007", "2024", "999999999999999", "123456789012345", "9007199254740"} {
		want, _ := strconv.ParseFloat(s, 64)
		if got, ok := smallInt(s); !ok || got != want {
			t.Errorf("smallInt(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "1.5", "1000000000000000", "12a", "-3", "１２"} {
		if got, ok := smallInt(s); ok {
			t.Errorf("smallInt(%q) = %v, want no value", s, got)
		}
	}
	for n := int64(1); n < 1e15; n = n*7 + 3 {
		s := strconv.FormatInt(n, 10)
		want, _ := strconv.ParseFloat(s, 64)
		if got, ok := smallInt(s); !ok || got != want {
			t.Fatalf("smallInt(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
}
