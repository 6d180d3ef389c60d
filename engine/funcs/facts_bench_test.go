package funcs

import (
	"bytes"
	"sync"
	"testing"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// factsDocs is a generated table of about 1 MB with defects at 5%, read once.
var factsDocs = sync.OnceValues(func() (*table.Document, error) {
	var buf bytes.Buffer
	opt := tablegen.Options{Seed: 1, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.05)}
	if _, err := tablegen.GenerateSize(&buf, opt, 1<<20); err != nil {
		return nil, err
	}
	return table.Read("facts.txt", buf.Bytes())
})

// BenchmarkFacts finds the facts of every project and every indicator of a
// generated table, as the linter does before it runs their rules.
func BenchmarkFacts(b *testing.B) {
	doc, err := factsDocs()
	if err != nil {
		b.Fatal(err)
	}
	fr := &Facter{h: newHelpers(builtinDicts(b))}
	var pf ProjectFacts
	var f IndicatorFacts
	b.ReportAllocs()
	for b.Loop() {
		pf.Forget()
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				fr.FindProject(u, p, &pf)
				for _, in := range p.Indicators {
					fr.Find(in, &f)
				}
			}
		}
	}
}
