package engine

import (
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
)

// BenchmarkCheckValue measures one run of expr's VM on the rules'
// environment: of a check that gives true, and of one that builds the list
// of one finding as the built-in rules write it, a map of its keys: what a
// finding costs before it is placed, worded and fingerprinted.
func BenchmarkCheckValue(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"true", "true"},
		{"finding", `[{"at": "name", "zh": "三级指标名称", "en": "name"}]`},
	} {
		p, err := expr.Compile(c.src, expr.Env(&Env{}))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			var m vm.VM
			env := &Env{}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Run(p, env); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
