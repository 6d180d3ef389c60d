package patch

import (
	"testing"

	"github.com/expr-lang/expr/vm"
)

// TestCallsAllocateNoArguments checks that a call of a helper declared as an
// expr function allocates no argument list.
func TestCallsAllocateNoArguments(t *testing.T) {
	p := compile(t, `len(typos(indicator.name)) == 0`, nil)
	env := newEnv()
	env.Indicator = testProject().Indicators[0]
	var machine vm.VM
	if out, err := machine.Run(p, env); err != nil || out != true {
		t.Fatalf("got %v, %v; want true", out, err)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = machine.Run(p, env) }); n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}
