package patch

import (
	"testing"

	"github.com/expr-lang/expr/vm"
)

// TestEmptyListIsConstant checks that a rule giving [] for an object without
// findings allocates nothing, and that a list built on the empty one, by
// concat or by adding an element, leaves it empty.
func TestEmptyListIsConstant(t *testing.T) {
	p := compile(t, `indicator.name == "x" ? ["x"] : []`, nil)
	env := newEnv()
	env.Indicator = testProject().Indicators[0]
	var machine vm.VM
	out, err := machine.Run(p, env)
	if l, ok := out.([]any); err != nil || !ok || len(l) != 0 {
		t.Fatalf("got %#v, %v; want an empty list", out, err)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = machine.Run(p, env) }); n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
	grow := compile(t, `let a = []; let b = concat(a, ["y"]); [len(a), len(b), len(concat([], a, ["z"])), len([])]`, nil)
	out, err = machine.Run(grow, env)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := out, []any{0, 1, 1, 0}; !equalAny(got.([]any), want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if len(emptyList) != 0 || cap(emptyList) != 0 {
		t.Errorf("the shared empty list changed: %v", emptyList)
	}
}
