package benchtest

import (
	"io"
	"os"
	"runtime"
	"sync"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/table"
)

// benchDense is the dense benchmark corpus: 2 MB, about 200 copies of the
// example and 17,000 findings, made once.
var benchDense = sync.OnceValues(func() (Dense, error) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		return Dense{}, err
	}
	return DenseCorpus(examplePath, example, 2<<20)
})

// BenchmarkDense measures what a finding costs on the dense corpus: reading
// (Parse, the reference, and ParseWorkers, read with as many workers as
// GOMAXPROCS: compare with -cpu 1,2), linting with every built-in rule (Lint: placing,
// message, fingerprint) and writing the findings in each format
// (Report/<format>), and linting with the units cut into as many runs as
// GOMAXPROCS (LintSplit, with -cpu 1,2), and handing the findings out in
// batches as they are found (LintStream), with the memory held halfway
// from a quarter to three quarters through, per finding of the file
// (held-B/finding; engine's TestLintStreamHoldsLittle keeps it small). Each reports ns/finding besides
// ns/op.
func BenchmarkDense(b *testing.B) {
	d, err := benchDense()
	if err != nil {
		b.Fatal(err)
	}
	doc, err := table.Read(d.Name, d.Data)
	if err != nil {
		b.Fatal(err)
	}
	l := builtinLinter(b)
	res := l.Worker().Lint(doc)
	n := float64(len(res.Findings))
	perFinding := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/finding")
	}
	b.Run("Parse", func(b *testing.B) {
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := table.Read(d.Name, d.Data); err != nil {
				b.Fatal(err)
			}
		}
		perFinding(b)
	})
	b.Run("ParseWorkers", func(b *testing.B) {
		opts := table.ReadOptions{Workers: runtime.GOMAXPROCS(0)}
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := table.ReadWith(d.Name, d.Data, opts); err != nil {
				b.Fatal(err)
			}
		}
		perFinding(b)
	})
	b.Run("Lint", func(b *testing.B) {
		w := l.Worker()
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		for b.Loop() {
			w.Lint(doc)
		}
		perFinding(b)
	})
	b.Run("LintSplit", func(b *testing.B) { // the units on GOMAXPROCS workers: compare -cpu 1,2
		w, ws := l.Worker(), make([]*engine.Worker, runtime.GOMAXPROCS(0)-1)
		for i := range ws {
			ws[i] = l.Worker()
		}
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		for b.Loop() {
			w.LintSplit(doc, ws)
		}
		perFinding(b)
	})
	b.Run("LintStream", func(b *testing.B) { // the findings handed out in batches, on GOMAXPROCS workers
		w, ws := l.Worker(), make([]*engine.Worker, runtime.GOMAXPROCS(0)-1)
		for i := range ws {
			ws[i] = l.Worker()
		}
		b.SetBytes(int64(len(d.Data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := w.LintStream(doc, ws, func([]engine.Finding) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		perFinding(b)
		b.ReportMetric(float64(heldWhileStreaming(b, l, doc))/n, "held-B/finding")
	})
	for _, format := range reporters.Formats() {
		b.Run("Report/"+format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := reporters.New(format)
				if err != nil {
					b.Fatal(err)
				}
				err = r.Begin(io.Discard, reporters.Run{ToolName: "jxlint", Lang: "zh"})
				if err == nil {
					err = r.File(&res)
				}
				if err == nil {
					err = r.End(reporters.Summary{Files: 1})
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			perFinding(b)
		})
	}
}
