package funcs

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

func TestFrameworkNames(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	tests := []struct{ name, canon1, canon2, parent string }{
		{"产出指标", "产出", "", ""},
		{"产出", "产出", "", ""},
		{"满意度指标", "满意度", "", ""},
		{"成本指标", "成本", "成本", "产出"}, // first level in 财预〔2021〕101号, second level in Guangdong
		{"社会效益", "", "社会效益", "效益"},
		{"社会效益指标", "", "社会效益", "效益"},
		{"环境效益", "", "生态效益", "效益"},
		{"社会公众或服务对象满意度指标", "", "服务对象满意度", "满意度"},
		{"经济成本指标", "", "经济成本", "成本"},
		{" 数量指标 ", "", "数量", "产出"},
		{"项目完成情况", "", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		if got := h.canon1(tt.name); got != tt.canon1 {
			t.Errorf("level1Canon(%q) = %q, want %q", tt.name, got, tt.canon1)
		}
		if got := h.canon2(tt.name); got != tt.canon2 {
			t.Errorf("level2Canon(%q) = %q, want %q", tt.name, got, tt.canon2)
		}
		if got := h.parentOf(tt.name); got != tt.parent {
			t.Errorf("parentOf(%q) = %q, want %q", tt.name, got, tt.parent)
		}
	}
}

func TestCategories(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	ind := func(c1, n1, n2 string) *table.Indicator {
		return &table.Indicator{Level1: table.Level{Code: c1, Name: n1}, Level2: table.Level{Name: n2}}
	}
	p := &table.Project{Indicators: []*table.Indicator{
		ind("2", "效益指标", "社会效益"),
		ind("1", "产出指标", "数量指标"),
		ind("", "", "服务对象满意度指标"), // first level left empty: known by its second level
		ind("1", "产出", "质量"),
	}}
	if got, want := h.categories(p), []string{"产出", "效益", "满意度"}; !reflect.DeepEqual(got, want) {
		t.Errorf("categories = %v, want %v", got, want)
	}
	if got := h.categories(&table.Project{}); len(got) != 0 {
		t.Errorf("categories of no indicators = %v, want none", got)
	}
}

// TestExactNames checks that the names found without normalizing give what
// normalizing gives.
func TestExactNames(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	for _, tt := range []struct {
		exact, byKey map[string]string
	}{{h.exact1, h.level1}, {h.exact2, h.level2}} {
		if len(tt.exact) < len(tt.byKey) {
			t.Fatalf("%d exact names for %d keys", len(tt.exact), len(tt.byKey))
		}
		for name, c := range tt.exact {
			if want := tt.byKey[categoryKey(name)]; c != want {
				t.Errorf("exact name %q gives %q, want %q", name, c, want)
			}
		}
	}
}

func TestLookupAgreesWithCanon(t *testing.T) {
	f := newHelpers(builtinDicts(t)).framework
	texts := []string{"", " ", "产出", "产出指标", " 产 出 指标 ", "数量指标", "数量", "满意度", "服务对象满意度指标",
		"经济效益", "培训人次", "指标", "社会效益指标。", strings.Repeat("产出", 40)}
	for _, m := range []map[string]string{f.exact1, f.exact2, f.level1, f.level2} {
		for k := range m {
			texts = append(texts, k, k+" ", "  "+k)
		}
	}
	for _, name := range texts {
		want := names{level1: f.canon1(name), level2: f.canon2(name), parent: f.parentOf(name),
			level2Parent: f.parentOf(f.canon2(name))}
		if got := f.lookup(name); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", name, got, want)
		}
	}
}

// TestNoKey compares what the framework finds of many names with what it
// finds without telling names apart by their first rune.
func TestNoKey(t *testing.T) {
	f := newHelpers(builtinDicts(t)).framework
	plain := *f
	plain.starts = nil
	names := []string{"", " ", "。", "指标", "指标。", "产出", " 产出指标", "产出指标。", "\u3000效益", "\xff产出", "产\xff",
		"培训人数", "服务对象满意度指标", "满意度 指标"}
	for _, m := range [...]map[string]string{f.level1, f.level2, f.exact1, f.exact2} {
		for k := range m {
			names = append(names, k, " "+k, k+"。", "\u3000"+k+" 指标")
		}
	}
	for r := rune(0); r < 0x10000; r += 7 {
		names = append(names, string(r)+"出", string(r))
	}
	for _, name := range names {
		if got, want := f.lookup(name), plain.lookup(name); got != want {
			t.Errorf("lookup(%q) = %+v, want %+v", name, got, want)
		}
		if got, want := f.canon1(name), plain.canon1(name); got != want {
			t.Errorf("canon1(%q) = %q, want %q", name, got, want)
		}
		if got, want := f.canon2(name), plain.canon2(name); got != want {
			t.Errorf("canon2(%q) = %q, want %q", name, got, want)
		}
	}
	if !f.noKey("培训人数") || f.noKey("产出") || f.noKey(" 培训") {
		t.Error("noKey does not tell 培训人数 from 产出 and  培训")
	}
	if g := newFramework([]rules.Category{{Code: "1", Name: "指标"}}); g.starts != nil {
		t.Error("a framework with the key \"\" tells names apart by their first rune")
	}
}
