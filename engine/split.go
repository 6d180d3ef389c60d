package engine

import (
	"sync"

	"github.com/jxlint/jxlint/table"
)

// LintSplit lints doc as Lint does, on more than one core: the units are cut
// into len(ws)+1 runs of about equal size, w linting the first and each
// worker of ws one of the others, each on a goroutine of its own, while a
// worker of w's linter made for the purpose runs the document's rules. The
// findings of all are then sorted together, and rule errors kept once per rule
// in table order, so that the result is Lint's exactly. Project facts that
// depend on the projects before (copiedFrom) are found by having each worker
// read the projects of the runs before its own first. ws must be workers of
// w's linter, used by no one else meanwhile.
func (w *Worker) LintSplit(doc *table.Document, ws []*Worker) FileResult {
	runs := splitUnits(doc.Units, len(ws)+1)
	if len(runs) < 2 {
		return w.Lint(doc)
	}
	workers := append([]*Worker{w.l.Worker(), w}, ws...) // the document's rules, then one per run
	parts := make([]FileResult, len(workers))
	var wg sync.WaitGroup
	before := 0
	for i, run := range runs {
		o, skip := workers[i+1], doc.Units[:before]
		before += len(run)
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.begin(doc, &parts[i+1])
			o.prime(skip)
			o.runUnits(doc, run)
			o.end()
		}()
	}
	d := workers[0]
	d.begin(doc, &parts[0])
	d.runScope(&target{doc: doc, scope: scopeDocument})
	d.end()
	wg.Wait()
	res := FileResult{Path: doc.Path, Format: doc.Format, Encoding: doc.Encoding, Doc: doc}
	failed := map[string]bool{}
	var all found
	for i := range parts {
		p := &parts[i]
		res.Projects += p.Projects
		res.Indicators += p.Indicators
		for _, re := range p.RuleErrors {
			if !failed[re.RuleID] {
				failed[re.RuleID] = true
				res.RuleErrors = append(res.RuleErrors, re)
			}
		}
		o := &workers[i].found
		all.chunks = append(all.chunks, o.chunks...)
		all.n += o.n
		*o = found{}
	}
	w.l.finish(&all, &res)
	return res
}

// prime makes the worker's project facts remember the projects of units, the
// runs before its own, as if it had linted them.
func (w *Worker) prime(units []*table.Unit) {
	if w.l.pfacts == nil {
		return
	}
	for _, u := range units {
		for _, p := range u.Projects {
			w.l.pfacts.NoteProject(u, p, &w.pfacts)
		}
	}
}

// splitUnits cuts units into at most n runs in table order, each with about
// the same number of projects and indicators (the cuts fall where the runs
// come closest to equal shares); a run is never empty.
func splitUnits(units []*table.Unit, n int) [][]*table.Unit {
	total := 0
	for _, u := range units {
		total += unitWeight(u)
	}
	var runs [][]*table.Unit
	start, sum := 0, 0
	for i, u := range units {
		wu := unitWeight(u)
		// Cut before u when the run so far is closer to its share than with u.
		if target := total * (len(runs) + 1); len(runs) < n-1 && i > start && (sum+wu)*n >= target &&
			target-sum*n < (sum+wu)*n-target {
			runs = append(runs, units[start:i])
			start = i
		}
		sum += wu
		if len(runs) < n-1 && sum*n >= total*(len(runs)+1) {
			runs = append(runs, units[start:i+1])
			start = i + 1
		}
	}
	if start < len(units) {
		runs = append(runs, units[start:])
	}
	return runs
}

// unitWeight is the number of objects of u: the unit, its projects and their
// indicators.
func unitWeight(u *table.Unit) int {
	k := 1
	for _, p := range u.Projects {
		k += 1 + len(p.Indicators)
	}
	return k
}
