package funcs

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestCategoriesOf compares the lists made beforehand with those categories
// builds, on the projects of generated tables, a project without indicators
// and none.
func TestCategoriesOf(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	if h.lists == nil {
		t.Fatal("no lists made for the built-in framework")
	}
	projects := []*table.Project{nil, {}}
	for seed := uint64(1); seed <= 2; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, Rates: tablegen.UniformRates(0.2)}, 64<<10)
		for _, u := range doc.Units {
			projects = append(projects, u.Projects...)
		}
	}
	sizes := map[int]bool{}
	for _, p := range projects {
		got, want := h.categoriesOf(p), any(h.categories(p))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("categoriesOf(%s) = %#v, want %#v", projectName(p), got, want)
		}
		sizes[len(h.categories(p))] = true
	}
	if len(sizes) < 3 {
		t.Errorf("lists of %d sizes only", len(sizes))
	}
}

// TestCategoriesOfFrameworks checks a framework that repeats a name and one
// with too many first-level names to make every list beforehand.
func TestCategoriesOfFrameworks(t *testing.T) {
	repeated := []rules.Category{{Code: "1", Name: "产出"}, {Code: "2", Name: "效益"}, {Code: "3", Name: "产出"}}
	var many []rules.Category
	for i := range maxListed + 1 {
		many = append(many, rules.Category{Code: fmt.Sprint(i), Name: fmt.Sprint("类", i)})
	}
	ind := func(name string) *table.Indicator { return &table.Indicator{Level1: table.Level{Name: name}} }
	for _, tt := range []struct {
		cats  []rules.Category
		p     *table.Project
		lists bool
		want  []string
	}{
		{repeated, &table.Project{Indicators: []*table.Indicator{ind("产出指标")}}, true, []string{"产出", "产出"}},
		{repeated, &table.Project{Indicators: []*table.Indicator{ind("效益"), ind("其他")}}, true, []string{"效益"}},
		{many, &table.Project{Indicators: []*table.Indicator{ind("类10"), ind("类0")}}, false, []string{"类0", "类10"}},
		{many, &table.Project{}, false, []string{}},
	} {
		f := newFramework(tt.cats)
		if (f.lists != nil) != tt.lists {
			t.Errorf("lists made for %d names: %v, want %v", len(tt.cats), f.lists != nil, tt.lists)
		}
		if got := f.categoriesOf(tt.p); !reflect.DeepEqual(got, any(tt.want)) {
			t.Errorf("categoriesOf = %#v, want %#v", got, tt.want)
		}
	}
}
