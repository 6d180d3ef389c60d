package table

import (
	"bytes"
	"sync"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

// benchCorpusSize is the size of the generated table the parse benchmarks read.
const benchCorpusSize = 32 << 20

var benchCorpus = sync.OnceValues(func() ([]byte, tablegen.Manifest) {
	var buf bytes.Buffer
	buf.Grow(benchCorpusSize + 1<<20)
	m, err := tablegen.GenerateSize(&buf, benchOptions, benchCorpusSize)
	if err != nil {
		panic(err)
	}
	return buf.Bytes(), m
})

// benchOptions are the tablegen options of the benchmark corpus: page breaks
// and every defect at 5%, as in the engine and command benchmarks.
var benchOptions = tablegen.Options{Seed: 1, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.05)}

// BenchmarkParse reads a generated text table of about 32 MB (built in the
// benchmark, never stored) and reports MB/s and projects/s.
func BenchmarkParse(b *testing.B) {
	data, m := benchCorpus()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(m.Projects)*float64(b.N)/b.Elapsed().Seconds(), "projects/s")
}
