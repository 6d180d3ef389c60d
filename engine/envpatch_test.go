package engine

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
)

// TestEnvReadsWithoutReflection checks that, once compiled, the default rules
// and their messages read no object, field or helper of the environment, nor
// a field of a struct, through expr's reflection (OpLoadField, OpFetchField),
// and that a rule naming objects and
// helpers of Env on their own still gives their values.
func TestEnvReadsWithoutReflection(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := mustLinter(t, set, "zh")
	for _, c := range l.rules {
		progs := []*vm.Program{c.when, c.check}
		for _, part := range c.message.parts {
			progs = append(progs, part.prog)
		}
		for _, p := range progs {
			if p == nil {
				continue
			}
			d := p.Disassemble()
			if strings.Contains(d, "OpLoadField") || strings.Contains(d, "OpFetchField") {
				t.Errorf("rule %s reads Env by reflection:\n%s", c.rule.ID, d)
			}
		}
	}

	typed, _, opts := funcs.Helpers(&rules.Dictionaries{})
	opts = append([]expr.Option{expr.Env(Env{}), expr.Patch(&fieldPatch{}), expr.Patch(newEnvPatch(typed))}, opts...)
	p, err := expr.Compile(`[projectText(project), normalize(" 甲 。"), string(unit == nil), string(indicator == nil)]`, opts...)
	if err != nil {
		t.Fatal(err)
	}
	doc := testDoc("t.txt")
	env := &Env{Typed: typed, Unit: doc.Units[0], Project: doc.Units[0].Projects[1]}
	out, err := vm.Run(p, env)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out, []any{"项目乙\n保障运转\n\n", "甲", "false", "true"}; !equalAny(got.([]any), want) {
		t.Errorf("got %q, want %q", got, want)
	}
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

// TestTextHelpersKeepTheirText checks that a text helper's call gives the
// text it changed, and the text it did not change without allocating.
func TestTextHelpersKeepTheirText(t *testing.T) {
	typed, _, opts := funcs.Helpers(&rules.Dictionaries{})
	opts = append([]expr.Option{expr.Env(Env{}), expr.Patch(&fieldPatch{}), expr.Patch(newEnvPatch(typed))}, opts...)
	p, err := expr.Compile(`normalize(indicator.name) == indicator.name && normalize(indicator.name + "。") == indicator.name`, opts...)
	if err != nil {
		t.Fatal(err)
	}
	same, err := expr.Compile(`normalize(indicator.name) == "项目完成情况"`, opts...)
	if err != nil {
		t.Fatal(err)
	}
	env := &Env{Typed: typed, Indicator: testDoc("t.txt").Units[0].Projects[0].Indicators[0]}
	var machine vm.VM
	for _, prog := range []*vm.Program{p, same} {
		if out, err := machine.Run(prog, env); err != nil || out != true {
			t.Fatalf("%s: got %v, %v; want true", prog.Source().String(), out, err)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = machine.Run(same, env) }); n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}
