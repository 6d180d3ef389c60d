package main

import (
	"os"
	"runtime/debug"

	"github.com/jxlint/jxlint/cache"
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/table"
)

// A table of at least largeTable bytes is linted with the garbage collector
// at largeTableGC percent rather than Go's 100, unless GOGC is set: its model,
// about three times the file's size, stays in memory while it is linted, and
// at 100 the heap grows to twice what stays. The collector then runs twice as
// often, which costs about an eighth more instructions. While it is read,
// the collector is at readGC's percent.
const (
	largeTable   = 16 << 20
	largeTableGC = 50
)

// readGC returns the collector's percent while a large table is read with
// that many workers: off for a text table (tab-separated or CSV) read with
// several, as nearly all that its reader allocates stays until the read ends
// (the model, and a CSV file's cells), so that collecting then frees next to
// nothing and takes processor time from the workers; Go's 100 otherwise (the
// reader of a workbook or a document leaves much garbage, and with one worker
// the collector has a processor of its own).
func readGC(data []byte, workers int) int {
	if workers < 2 {
		return 100
	}
	if k := table.Sniff(data); k == table.KindText || k == table.KindCSV {
		return -1
	}
	return 100
}

// streams reports whether the run hands each file's findings to the
// reporters in batches as they are found, so that a file's findings are never
// all held: every reporter takes batches, and nothing needs a file's findings
// at once: --fix (which applies them together), --write-baseline (which
// writes them all), --show-source (which needs the file's text) and
// reporters that draw the table.
func (st *lintState) streams() bool {
	o := st.opts
	if o.fix || o.showSource || o.writeBaseline != "" || st.keepDoc {
		return false
	}
	for i := range st.sinks {
		if !st.sinks[i].batch {
			return false
		}
	}
	return true
}

// stream reads and lints one input, handing its findings to the reporters
// as they are found (see engine.Worker.LintStream), and then its result, as
// file does. With the cache, a file found in it is reported from it at once,
// like any other.
func (st *lintState) stream(rc *runCache, w *engine.Worker, more []*engine.Worker, in *lintInput) {
	data, skip, err := in.bytes(nil)
	if skip != nil {
		st.file(&linted{skip: skip})
		return
	}
	var k cache.Key
	if err == nil && rc != nil && !in.isStd {
		k = rc.c.Key(in.path, data)
		rc.looked.Add(1)
		if !st.opts.stats { // --stats times every rule: a stored result would not
			if res, ok := rc.c.Get(k, in.path); ok {
				rc.hits.Add(1)
				st.file(&linted{res: res, size: len(data)})
				return
			}
		}
	}
	large := len(data) >= largeTable && os.Getenv("GOGC") == ""
	if large {
		defer debug.SetGCPercent(debug.SetGCPercent(readGC(data, len(more)+1)))
	}
	var doc *table.Document
	if err == nil { // as many goroutines read the file as lint it
		doc, err = table.ReadWith(in.path, data, table.ReadOptions{Workers: len(more) + 1})
	}
	if err != nil {
		st.file(&linted{res: engine.FileResult{Path: in.path, Err: err}, size: len(data)})
		return
	}
	var put *cache.Writer
	if rc != nil && !in.isStd {
		put = rc.c.Writer(k, in.path)
	}
	if large {
		debug.SetGCPercent(largeTableGC)
	}
	res, _ := w.LintStream(doc, more, func(fs []engine.Finding) error {
		if put != nil {
			put.Add(fs)
		}
		st.findings(doc, fs)
		return nil
	})
	if put != nil && put.Close(&res) == nil {
		rc.puts.Add(1)
	}
	res.Doc = nil
	st.file(&linted{res: res, size: len(data)})
}

// findings reports a batch of the findings of doc, as file does a whole
// file's, before its result.
func (st *lintState) findings(doc *table.Document, fs []engine.Finding) {
	st.progress.hide()
	for i := range fs {
		st.base.Match(&fs[i])
	}
	dropModelFixes(doc.Format, fs)
	st.count(fs)
	fs = st.shown(fs)
	for i := range st.sinks {
		st.write(st.sinks[i].rep.(reporters.Batcher).Findings(fs))
	}
}
