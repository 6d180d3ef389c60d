package benchtest

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// benchFiles is the benchmark corpus: 8 tables of 1 MB, generated once.
var benchFiles = sync.OnceValues(func() ([]File, error) { return Corpus(8, 1<<20) })

// benchDocs reads the corpus once.
var benchDocs = sync.OnceValues(func() ([]*table.Document, error) {
	files, err := benchFiles()
	if err != nil {
		return nil, err
	}
	docs := make([]*table.Document, len(files))
	for i, f := range files {
		if docs[i], err = table.Read(f.Name, f.Data); err != nil {
			return nil, err
		}
	}
	return docs, nil
})

// setup returns the corpus and its documents or stops the benchmark.
func setup(b *testing.B) ([]File, []*table.Document) {
	b.Helper()
	files, err := benchFiles()
	if err != nil {
		b.Fatal(err)
	}
	docs, err := benchDocs()
	if err != nil {
		b.Fatal(err)
	}
	return files, docs
}

// builtinLinter compiles the built-in rules, only those of ids when given.
func builtinLinter(b testing.TB, ids ...string) *engine.Linter {
	b.Helper()
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	if len(ids) > 0 {
		keep := set.Rules[:0]
		for _, r := range set.Rules {
			for _, id := range ids {
				if r.ID == id {
					keep = append(keep, r)
				}
			}
		}
		set.Rules = keep
	}
	l, err := engine.New(set, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return l
}

// report sets the throughput metrics of a run over files.
func report(b *testing.B, files []File) {
	b.ReportMetric(float64(Projects(files))*float64(b.N)/b.Elapsed().Seconds(), "projects/s")
}

// BenchmarkParse reads the corpus: the reference the lint benchmarks are
// compared with.
func BenchmarkParse(b *testing.B) {
	files, _ := setup(b)
	b.SetBytes(Bytes(files))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := table.Read(f.Name, f.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, files)
}

// BenchmarkLint lints the read corpus with every built-in rule ("all") and
// with each rule alone, to find the expensive ones. Bytes are the corpus
// bytes, so MB/s compares with BenchmarkParse.
func BenchmarkLint(b *testing.B) {
	files, docs := setup(b)
	run := func(b *testing.B, l *engine.Linter) {
		w := l.Worker()
		b.SetBytes(Bytes(files))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				if res := w.Lint(d); len(res.RuleErrors) > 0 {
					b.Fatal(res.RuleErrors[0].Err)
				}
			}
		}
		report(b, files)
	}
	b.Run("all", func(b *testing.B) { run(b, builtinLinter(b)) })
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range set.Rules {
		b.Run(r.ID, func(b *testing.B) { run(b, builtinLinter(b, r.ID)) })
	}
}

// BenchmarkReadLint reads and lints files with every built-in rule, as jxlint
// lint does; one op is one file (the corpus files taken in turn). With -cpu 2
// two goroutines share the files, each with its own engine worker, like
// jxlint lint -j 2.
func BenchmarkReadLint(b *testing.B) {
	files, _ := setup(b)
	l := builtinLinter(b)
	b.SetBytes(Bytes(files) / int64(len(files)))
	b.ReportAllocs()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		w := l.Worker()
		for pb.Next() {
			f := &files[int(next.Add(1)-1)%len(files)]
			doc, err := table.Read(f.Name, f.Data)
			if err != nil {
				b.Error(err)
				return
			}
			w.Lint(doc)
		}
	})
	b.ReportMetric(float64(Projects(files))/float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "projects/s")
}
