package engine

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/jxlint/jxlint/table"
)

// runWeight is about how many objects (units, projects and indicators) a run
// of a streamed file holds: enough to keep a worker busy, few enough that the
// findings waiting to be handed out stay a small part of a large file's.
const runWeight = 2048

// ahead is how many runs per worker may be linted ahead of those handed out,
// so that the workers need not wait for one another, nor for the document's
// rules before the first, for long.
const ahead = 2

// LintStream lints doc as Lint does, but hands its findings to out in order,
// batch by batch, as soon as no finding still to come can stand before them,
// instead of keeping them: the result has the counts, the ignored findings
// and the rule errors, and no findings. The units are cut into runs of about
// runWeight objects. Without ws the runs are linted one after another on the
// calling goroutine, each handed out before the next begins. With ws, w (after
// the document's rules) and each worker of ws lint runs in table order on
// goroutines of their own, at most ahead runs per worker ahead of what is
// handed out, while out is called on the calling goroutine. A batch is valid
// only during the call of out, which may change it; fingerprints are set. An
// error of out stops the linting and is returned. ws must be workers of w's
// linter, used by no one else meanwhile.
func (w *Worker) LintStream(doc *table.Document, ws []*Worker, out func([]Finding) error) (FileResult, error) {
	return w.lintStream(doc, ws, runWeight, out)
}

// lintStream is LintStream with runs of about weight objects.
func (w *Worker) lintStream(doc *table.Document, ws []*Worker, weight int, out func([]Finding) error) (FileResult, error) {
	runs := cutRuns(doc.Units, weight)
	workers := append([]*Worker{w}, ws...)
	recycled := make(chan []Finding, recycledChunks)
	for _, o := range workers {
		o.recycled = recycled
	}
	defer func() {
		for _, o := range workers {
			o.recycled = nil
		}
	}()
	s := streamer{l: w.l, out: out, recycled: recycled,
		res: FileResult{Path: doc.Path, Format: doc.Format, Encoding: doc.Encoding, Doc: doc}, failed: map[string]bool{}}
	if len(ws) == 0 || len(runs) < 2 {
		s.starts = w.l.runStarts(runs, nil)
		docRules, i := w.l.byScope[scopeDocument], 0
		parts := make([]runResult, len(docRules))
		w.lintDocument(doc, docRules, func() int { i++; return i - 1 }, parts)
		s.take(documentResult(w.l, parts), -1)
		w.begin(doc, nil)
		for k := 0; k < len(runs) && s.err == nil; k++ {
			var r runResult
			w.lintRun(doc, runs[k], &r)
			s.take(&r, k)
		}
		w.end()
		return s.res, s.err
	}
	streamOn(doc, runs, workers, &s)
	return s.res, s.err
}

// streamOn lints doc's runs on workers, each on a goroutine of its own,
// after the document's rules and the runs' first places (for
// Linter.runStarts), which they share out one at a time, and hands their
// findings out through s on the calling goroutine, in order.
func streamOn(doc *table.Document, runs [][]*table.Unit, workers []*Worker, s *streamer) {
	docRules := s.l.byScope[scopeDocument]
	docParts := make([]runResult, len(docRules))
	var docNext, lowNext atomic.Int64
	var lows []place
	if s.l.startsFromLows() {
		lows = make([]place, len(runs))
	}
	var docDone sync.WaitGroup
	docDone.Add(len(workers))
	slots := make([]chan runResult, len(runs))
	for i := range slots {
		slots[i] = make(chan runResult, 1)
	}
	window := make(chan struct{}, ahead*len(workers))
	next := make(chan int)
	var stop atomic.Bool
	go func() {
		for k := range runs {
			window <- struct{}{}
			next <- k
		}
		close(next)
	}()
	var wg sync.WaitGroup
	for _, o := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.lintDocument(doc, docRules, func() int { return int(docNext.Add(1)) - 1 }, docParts)
			for k := int(lowNext.Add(1)) - 1; k < len(lows); k = int(lowNext.Add(1)) - 1 {
				lows[k] = runLow(runs[k])
			}
			docDone.Done()
			o.begin(doc, nil)
			for k := range next {
				var r runResult
				if !stop.Load() {
					o.lintRun(doc, runs[k], &r)
				}
				slots[k] <- r
			}
			o.end()
		}()
	}
	docDone.Wait()
	s.starts = s.l.runStarts(runs, lows)
	s.take(documentResult(s.l, docParts), -1)
	for k := range runs {
		r := <-slots[k]
		slots[k] = nil
		if s.err == nil {
			s.take(&r, k)
		}
		if s.err != nil {
			stop.Store(true)
		}
		<-window
	}
	wg.Wait()
}

// runResult is what linting a run (or the document's rules) gave.
type runResult struct {
	found found      // its findings as they came
	refs  []*Finding // those not ignored, in order, with their first fingerprints (see prepare)
	part  FileResult // its counts, ignored findings and rule errors
}

// prepare does on the run's worker what can be done before the run's turn
// to be handed out: it drops the ignored findings, counting them, sorts the
// others, and gives them their first fingerprints (see firstPrints).
func (r *runResult) prepare(l *Linter) {
	r.refs = make([]*Finding, 0, r.found.n)
	for _, c := range r.found.chunks {
		for i := range c {
			if f := &c[i]; len(l.ignores) > 0 && l.ignored(f) {
				r.part.Ignored++
			} else {
				r.refs = append(r.refs, f)
			}
		}
	}
	if !slices.IsSortedFunc(r.refs, compareFindings) {
		slices.SortStableFunc(r.refs, compareFindings)
	}
	firstPrints(r.refs)
}

// lintDocument runs document rules cs[i], for each i that next gives until
// it gives len(cs), into parts[i], on a worker of its own whose rule times,
// if any, are added to w's: the VM of a rule over the whole document may keep
// memory in proportion to it, let go with the worker.
func (w *Worker) lintDocument(doc *table.Document, cs []*compiled, next func() int, parts []runResult) {
	d := w.l.Worker()
	if w.times != nil {
		d.TimeRules()
	}
	d.begin(doc, nil)
	if w.l.dfacts {
		d.findDocument()
	}
	t := target{doc: doc, scope: scopeDocument}
	for i := next(); i < len(cs); i = next() {
		d.res = &parts[i].part
		if d.times != nil {
			d.runTimed(cs[i:i+1], &t)
		} else {
			d.runRules(cs[i:i+1], &t)
		}
		parts[i].found, d.found = d.found, found{}
	}
	d.end()
	for i, t := range d.times {
		w.times[i] += t
	}
}

// documentResult is the result of the document's rules, from their parts in
// rule order, prepared to be taken.
func documentResult(l *Linter, parts []runResult) *runResult {
	var r runResult
	for i := range parts {
		r.add(&parts[i])
	}
	r.prepare(l)
	return &r
}

// add appends the findings and rule errors of o, which came after r's.
func (r *runResult) add(o *runResult) {
	r.found.chunks = append(r.found.chunks, o.found.chunks...)
	r.found.n += o.found.n
	r.part.RuleErrors = append(r.part.RuleErrors, o.part.RuleErrors...)
}

// lintRun lints the units of run into r, the worker's project facts first
// made to know the projects of the units before run that it has not seen.
func (w *Worker) lintRun(doc *table.Document, run []*table.Unit, r *runResult) {
	first := cap(doc.Units) - cap(run) // the index of run's first unit: runs are slices of doc.Units
	w.prime(doc.Units[w.primed:first])
	w.res = &r.part
	w.runUnits(doc, run)
	w.primed = first + len(run)
	r.found, w.found = w.found, found{}
	r.prepare(w.l)
}

// streamer puts the findings of a file's runs in order and hands them out.
type streamer struct {
	l        *Linter
	out      func([]Finding) error
	err      error          // the first error of out
	starts   []place        // see Linter.runStarts
	pending  []*Finding     // found, in order, not yet handed out
	kept     found          // the pending findings of the runs taken (see keep)
	recycled chan []Finding // the emptied chunks of the runs taken, for the workers (see keep)
	spare    []*Finding     // the buffer of the next merge
	batch    []Finding      // what out is handed
	fp       fingerprinter
	res      FileResult
	failed   map[string]bool // rules with an error in res.RuleErrors
	last     Finding         // the last finding handed out, if handed
	handed   bool
}

// misplaced records, as an error of f's rule, that f stands before findings
// already handed out, which placesInUnit should have ruled out: the output
// is then out of order, and says so rather than be wrong in silence.
func (s *streamer) misplaced(f *Finding) {
	if s.failed[f.RuleID] {
		return
	}
	s.failed[f.RuleID] = true
	s.res.RuleErrors = append(s.res.RuleErrors, RuleError{RuleID: f.RuleID, Span: f.Span,
		Err: errorf("placed a finding outside its unit, after findings that follow it were written: they are out of order",
			"发现位于其单位之外，排在其后的发现已经输出：发现的顺序有误")})
}

// take adds the result of run k (-1 for the document's rules), the next in
// table order: its counts and first rule errors to the result, its findings
// to those pending, and hands out those that stand before run k+1's start.
func (s *streamer) take(r *runResult, k int) {
	s.res.Projects += r.part.Projects
	s.res.Indicators += r.part.Indicators
	s.res.Ignored += r.part.Ignored
	for _, re := range r.part.RuleErrors {
		if !s.failed[re.RuleID] {
			s.failed[re.RuleID] = true
			s.res.RuleErrors = append(s.res.RuleErrors, re)
		}
	}
	if len(r.refs) > 0 && s.handed && compareFindings(r.refs[0], &s.last) < 0 {
		s.misplaced(r.refs[0])
	}
	merged := mergeFindings(s.spare[:0], s.pending, r.refs) // the pending came first: they go first among equals
	n, handed := len(merged), len(r.refs)
	if k+1 < len(s.starts) {
		n, handed = standBefore(merged, s.starts[k+1]), standBefore(r.refs, s.starts[k+1])
	}
	s.hand(merged[:n])
	rest := copy(merged, merged[n:])
	clear(merged[rest:])
	clear(s.pending)
	s.spare, s.pending = s.pending[:0], merged[:rest]
	if k >= 0 {
		s.keep(r, handed)
	}
}

// standBefore returns how many of fs, in order, stand before start.
func standBefore(fs []*Finding, start place) int {
	n, _ := slices.BinarySearchFunc(fs, start, func(f *Finding, start place) int {
		if placeOf(f.Span).before(start) {
			return -1
		}
		return 1
	})
	return n
}

// keep copies the pending findings of run r into the streamer's own chunks,
// so that none is left in r's, and gives r's chunks, emptied, to the workers
// to fill again. r's pending findings are its refs after the first handed,
// in the same order among the pending.
func (s *streamer) keep(r *runResult, handed int) {
	t := len(r.refs) - 1
	for i := len(s.pending) - 1; i >= 0 && t >= handed; i-- {
		if s.pending[i] == r.refs[t] {
			f := s.kept.add(nil)
			*f = *s.pending[i]
			s.pending[i] = f
			t--
		}
	}
	for _, c := range r.found.chunks {
		clear(c)
		select {
		case s.recycled <- c[:0]:
		default:
		}
	}
	r.found = found{}
}

// hand gives fs to out with their fingerprints, in batches of at most maxChunk.
func (s *streamer) hand(fs []*Finding) {
	for len(fs) > 0 && s.err == nil {
		n := min(len(fs), maxChunk)
		s.batch = s.batch[:0]
		for _, f := range fs[:n] {
			s.batch = append(s.batch, *f)
		}
		s.fp.count(s.batch)
		s.last, s.handed = s.batch[n-1], true
		s.err = s.out(s.batch)
		clear(s.batch)
		fs = fs[n:]
	}
}

// mergeFindings appends to dst the findings of a and b, both in order, in
// order; among equals those of a first.
func mergeFindings(dst, a, b []*Finding) []*Finding {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if compareFindings(b[j], a[i]) < 0 {
			dst = append(dst, b[j])
			j++
		} else {
			dst = append(dst, a[i])
			i++
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

// cutRuns cuts units into runs in table order of about weight objects each
// (a unit is never cut); none is empty.
func cutRuns(units []*table.Unit, weight int) [][]*table.Unit {
	var runs [][]*table.Unit
	start, sum := 0, 0
	for i, u := range units {
		sum += unitWeight(u)
		if sum >= weight {
			runs = append(runs, units[start:i+1])
			start, sum = i+1, 0
		}
	}
	if start < len(units) {
		runs = append(runs, units[start:])
	}
	return runs
}
