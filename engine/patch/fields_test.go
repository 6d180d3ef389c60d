package patch

import (
	"testing"

	"github.com/expr-lang/expr/vm"
)

// TestFieldReadsDoNotAllocate checks that reading texts, nested structs and
// list elements' fields allocates nothing.
func TestFieldReadsDoNotAllocate(t *testing.T) {
	p := compile(t, `indicator.name != "" && indicator.level1.code == "1" &&
		all(project.indicators, .level2.name != "" && .spans.name.line > 0)`, nil)
	proj := testProject()
	env := &testEnv{Project: proj, Indicator: proj.Indicators[0]}
	var machine vm.VM
	out, err := machine.Run(p, env)
	if err != nil || out != true {
		t.Fatalf("got %v, %v; want true", out, err)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = machine.Run(p, env) }); n != 0 {
		t.Errorf("%v allocations per run, want 0", n)
	}
}
