package engine

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/rules"
)

// TestEnvReadsWithoutReflection checks that, once compiled, the default rules
// and their messages read no object, field or helper of the environment, nor
// a field of a struct, through expr's reflection (OpLoadField, OpFetchField).
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
}
