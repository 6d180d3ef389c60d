package benchtest

import (
	"runtime"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// liveHeap is the heap in use once the garbage is collected.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// heldWhileStreaming lints doc with LintStream on one worker and returns how
// much the heap in use grew from a quarter to three quarters through its
// batches: what the linting keeps of the findings handed out (what it keeps
// for the file as a whole, the document's findings and the worker's buffers,
// are there before).
func heldWhileStreaming(t testing.TB, l *engine.Linter, doc *table.Document) uint64 {
	t.Helper()
	w := l.Worker()
	total := 0
	if _, err := w.LintStream(doc, nil, func(fs []engine.Finding) error { total++; return nil }); err != nil {
		t.Fatal(err)
	}
	var quarter, threeQuarters uint64
	k := 0
	_, err := w.LintStream(doc, nil, func(fs []engine.Finding) error {
		switch k++; k {
		case total / 4:
			quarter = liveHeap()
		case total * 3 / 4:
			threeQuarters = liveHeap()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return threeQuarters - min(quarter, threeQuarters)
}
