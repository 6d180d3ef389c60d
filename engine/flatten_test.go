package engine

import (
	"reflect"
	"testing"

	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/table"
)

// TestFlattenKeepsPointers checks that flatten gives the objects of the
// document themselves, in order, however deep the lists, and other elements
// as expr's flatten does; and that it fails for a value that is no list.
func TestFlattenKeepsPointers(t *testing.T) {
	a := &table.Project{Name: "a", Indicators: []*table.Indicator{{Number: "1"}, {Number: "2"}}}
	b, c := &table.Project{Name: "b"}, &table.Project{Name: "c"}
	doc := &table.Document{Units: []*table.Unit{{Projects: []*table.Project{a, b}}, {}, {Projects: []*table.Project{c}}}}
	opts := append([]expr.Option{expr.Env(Env{}), flattenOption()}, decimalOptions()...)
	run := func(src string) (any, error) {
		t.Helper()
		p, err := expr.Compile(src, opts...)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		return expr.Run(p, &Env{Document: doc})
	}
	for src, want := range map[string][]any{
		`flatten(map(document.units, .projects))`:                                             {a, b, c},
		`filter(flatten(map(document.units, .projects)), # == document.units[0].projects[1])`: {b},
		`flatten(map(document.units[0].projects, .indicators))`:                               {a.Indicators[0], a.Indicators[1]},
		`flatten(map(flatten(map(document.units, .projects)), .indicators))`:                  {a.Indicators[0], a.Indicators[1]},
		`flatten([[1, 2], [3, [4, nil]]])`:                                                    {1, 2, 3, 4, nil},
		`flatten(map(document.units, map(.projects, .name)))`:                                 {"a", "b", "c"},
	} {
		got, err := run(src)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, %v; want %#v", src, got, err, want)
			continue
		}
		for i, e := range want {
			if _, isPointer := e.(*table.Indicator); isPointer && got.([]any)[i] != e {
				t.Errorf("%s: element %d is a copy", src, i)
			}
		}
	}
	if _, err := run(`flatten(document.title)`); err == nil {
		t.Error("flatten of a text did not fail")
	}
}
