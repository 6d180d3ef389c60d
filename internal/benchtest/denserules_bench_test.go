package benchtest

import (
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// BenchmarkDenseRule lints the dense corpus with each built-in rule alone, as
// BenchmarkLint does the 5%-defect corpus: what a rule costs on a table dense
// with findings, the facts it reads included.
func BenchmarkDenseRule(b *testing.B) {
	d, err := benchDense()
	if err != nil {
		b.Fatal(err)
	}
	doc, err := table.Read(d.Name, d.Data)
	if err != nil {
		b.Fatal(err)
	}
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range set.Rules {
		b.Run(r.ID, func(b *testing.B) {
			w := builtinLinter(b, r.ID).Worker()
			b.SetBytes(int64(len(d.Data)))
			b.ReportAllocs()
			for b.Loop() {
				if res := w.Lint(doc); len(res.RuleErrors) > 0 {
					b.Fatal(res.RuleErrors[0].Err)
				}
			}
		})
	}
}
