package patch

import (
	"reflect"
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/table"
)

// TestFlattenKeepsPointers checks that flatten of the units' projects or of
// a project's indicators, after flattenPatch, gives the objects of the
// document themselves, in order, while flatten of other lists is left to expr.
func TestFlattenKeepsPointers(t *testing.T) {
	a := &table.Project{Name: "a", Indicators: []*table.Indicator{{Number: "1"}, {Number: "2"}}}
	b, c := &table.Project{Name: "b"}, &table.Project{Name: "c"}
	doc := &table.Document{Units: []*table.Unit{{Projects: []*table.Project{a, b}}, {}, {Projects: []*table.Project{c}}}}
	env := newEnv()
	env.Document = doc
	run := func(src string) (any, ast.Node) {
		t.Helper()
		p := compile(t, src, nil)
		got, err := expr.Run(p, env)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		return got, p.Node()
	}
	got, _ := run(`flatten(map(document.units, .projects))`)
	if want := []any{a, b, c}; !reflect.DeepEqual(got, want) || got.([]any)[0] != any(a) {
		t.Errorf("flatten of projects = %#v; want the pointers %v", got, want)
	}
	got, _ = run(`filter(flatten(map(document.units, .projects)), # == document.units[0].projects[1])`)
	if !reflect.DeepEqual(got, []any{b}) {
		t.Errorf("a flattened project compared with ==: %#v; want [b]", got)
	}
	got, _ = run(`flatten(map(document.units[0].projects, .indicators))`)
	if want := []any{a.Indicators[0], a.Indicators[1]}; !reflect.DeepEqual(got, want) || got.([]any)[1] != any(a.Indicators[1]) {
		t.Errorf("flatten of indicators = %#v; want the pointers %v", got, want)
	}
	for src, want := range map[string]any{
		`flatten([[1, 2], [3]])`:                              []any{1, 2, 3},
		`flatten(map(document.units, map(.projects, .name)))`: []any{"a", "b", "c"},
		// the inner flatten gives a []any: the elements' types are not known
		`flatten(map(flatten(map(document.units, .projects)), .indicators))`: []any{*a.Indicators[0], *a.Indicators[1]},
	} {
		got, node := run(src)
		if b, ok := node.(*ast.BuiltinNode); !ok || b.Name != "flatten" {
			t.Errorf("%s: rewritten into %T", src, node)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v; want %#v", src, got, want)
		}
	}
}
