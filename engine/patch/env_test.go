package patch

import (
	"reflect"
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// testEnv is an environment as the engine's: objects, facts, parameters, a
// finding, typed helpers and the argument list of calls.
type testEnv struct {
	funcs.Typed

	Document  *table.Document       `expr:"document"`
	Unit      *table.Unit           `expr:"unit"`
	Project   *table.Project        `expr:"project"`
	Indicator *table.Indicator      `expr:"indicator"`
	Facts     *funcs.IndicatorFacts `expr:"facts"`
	Params    map[string]any        `expr:"params"`
	Finding   any                   `expr:"finding"`

	Args Args `expr:"-"`
}

// compile compiles src against testEnv with the helpers of empty
// dictionaries, rewritten by every patch, with the parameters params.
func compile(t testing.TB, src string, params map[string]any) *vm.Program {
	t.Helper()
	typed, _, helperOpts := funcs.Helpers(&rules.Dictionaries{})
	opts := append([]expr.Option{expr.Env(testEnv{})}, helperOpts...)
	p := New(reflect.TypeFor[testEnv](), typed, opts)
	p.SetParams(params)
	prog, err := expr.Compile(src, append(opts, p.Options()...)...)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return prog
}

// newEnv returns an environment with the typed helpers of empty dictionaries.
func newEnv() *testEnv {
	typed, _, _ := funcs.Helpers(&rules.Dictionaries{})
	return &testEnv{Typed: typed}
}

// testProject is a project of two indicators in a unit of a document.
func testProject() *table.Project {
	ind1 := &table.Indicator{Number: "1", Level1: table.Level{Code: "1", Name: "产出指标"},
		Level2: table.Level{Code: "12", Name: "质量指标"}, Name: "项目完成情况", Period: "正常运转", Annual: "正产运转",
		Spans: table.IndicatorSpans{Name: table.Span{Line: 6, Column: 70}}}
	ind2 := &table.Indicator{Number: "2", Level1: table.Level{Code: "2", Name: "效益指标"},
		Level2: table.Level{Code: "22", Name: "社会效益"}, Name: "群众满意", Period: "95%", Annual: "95%",
		Spans: table.IndicatorSpans{Name: table.Span{Line: 6, Column: 110}}}
	return &table.Project{Name: "项目甲", Goal: "完成项目建设", Indicators: []*table.Indicator{ind1, ind2}}
}

// equalAny reports whether two lists of values are equal.
func equalAny(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEnvNames checks that a rule naming objects and helpers of the
// environment on their own gets their values.
func TestEnvNames(t *testing.T) {
	p := compile(t, `[projectText(project), normalize(" 甲 。"), string(unit == nil), string(indicator == nil)]`, nil)
	env := newEnv()
	env.Unit, env.Project = &table.Unit{Name: "区科技局"}, &table.Project{Name: "项目乙", Goal: "保障运转"}
	out, err := vm.Run(p, env)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out, []any{"项目乙\n保障运转\n\n", "甲", "false", "true"}; !equalAny(got.([]any), want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTextHelpers checks that a typed text helper's call gives its text.
func TestTextHelpers(t *testing.T) {
	p := compile(t, `normalize(indicator.name) == indicator.name && normalize(indicator.name + "。") == indicator.name`, nil)
	env := newEnv()
	env.Indicator = testProject().Indicators[0]
	if out, err := vm.Run(p, env); err != nil || out != true {
		t.Fatalf("got %v, %v; want true", out, err)
	}
}
