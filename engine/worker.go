package engine

import (
	"bytes"
	"reflect"
	"time"

	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Worker runs the linter's shared programs with a VM of its own. A worker is
// used by one goroutine at a time; make one per goroutine with Linter.Worker.
type Worker struct {
	l        *Linter
	vm       vm.VM
	env      Env                  // reused for every object
	facts    funcs.IndicatorFacts // the current indicator's, when a rule reads them
	pfacts   funcs.ProjectFacts   // the current project's, when a rule reads them
	dfacts   funcs.DocumentFacts  // the current document's, when a rule reads them
	failed   []bool               // rules that already failed in the current file
	index    docIndex             // where the current file's objects stand
	found    found                // the current file's findings, as they come
	recycled chan []Finding       // while it lints a stream's runs: emptied chunks of findings handed out, for found
	placed   target               // the object a finding is placed on, in emit
	msg      bytes.Buffer         // where a message is rendered
	texts    texts                // the findings' messages and fix descriptions
	fixes    fixes                // the findings' fixes
	primed   int                  // the units of the current file the project facts have seen, by LintStream's runs
	res      *FileResult
	times    []time.Duration // time spent per rule, by index; nil unless TimeRules was called
}

// Worker returns a new worker for one goroutine.
func (l *Linter) Worker() *Worker {
	w := &Worker{l: l, failed: make([]bool, len(l.rules))}
	w.pfacts.Skip = funcs.AllParts &^ l.pparts
	w.vm.MemoryBudget = l.opts.MemoryBudget
	return w
}

// Lint runs every rule over every object of its scope in doc: the document,
// each unit, each project and each indicator, in table order. Findings come
// sorted, with fingerprints; those matched by an ignore entry are counted in
// Ignored and left out. A rule that fails on an object is recorded once in
// RuleErrors and does not stop the others.
func (w *Worker) Lint(doc *table.Document) FileResult {
	res := FileResult{Path: doc.Path, Format: doc.Format, Encoding: doc.Encoding, Doc: doc}
	w.begin(doc, &res)
	t := target{doc: doc, scope: scopeDocument}
	w.runScope(&t)
	w.runUnits(doc, doc.Units)
	w.end()
	w.l.finish(&w.found, &res)
	return res
}

// begin makes doc the worker's document, its findings and errors going to
// res, and finds the document's facts when a rule below document scope reads
// them; the document's rules find them otherwise (a worker that lints a run of
// the units for LintSplit runs none).
func (w *Worker) begin(doc *table.Document, res *FileResult) {
	w.res = res
	clear(w.failed)
	w.index.reset(doc)
	w.env = Env{Typed: w.l.typed, Document: doc}
	w.pfacts.Forget()
	w.primed = 0
	if w.l.dwide {
		w.findDocument()
	}
}

// findDocument finds the facts of the worker's document once.
func (w *Worker) findDocument() {
	if w.env.DFacts == nil {
		funcs.FindDocument(w.env.Document, &w.dfacts)
		w.env.DFacts = &w.dfacts
	}
}

// runUnits runs the rules of unit, project and indicator scope over units of
// doc, in table order, and counts their projects and indicators.
func (w *Worker) runUnits(doc *table.Document, units []*table.Unit) {
	res := w.res
	for _, u := range units {
		t := target{doc: doc, unit: u, scope: scopeUnit}
		w.env.Unit, w.env.Project, w.env.Indicator, w.env.PFacts = u, nil, nil, nil
		w.runScope(&t)
		for _, p := range u.Projects {
			res.Projects++
			t = target{doc: doc, unit: u, project: p, scope: scopeProject}
			w.env.Project, w.env.Indicator = p, nil
			if w.l.pfacts != nil {
				w.l.pfacts.FindProject(u, p, &w.pfacts)
				w.env.PFacts = &w.pfacts
			}
			w.runScope(&t)
			res.Indicators += len(p.Indicators)
			if len(w.l.byScope[scopeIndicator]) == 0 {
				continue
			}
			t.scope = scopeIndicator
			for _, ind := range p.Indicators {
				t.indicator = ind
				w.env.Indicator = ind
				if w.l.facts != nil {
					w.l.facts.Find(ind, &w.facts)
					w.env.Facts = &w.facts
				}
				w.runScope(&t)
			}
			w.env.Facts, w.env.PFacts = nil, nil
		}
	}
}

// end lets the document go; the findings stay in w.found.
func (w *Worker) end() {
	w.env = Env{Typed: w.l.typed}
	w.index.reset(nil)
	w.pfacts.Forget()
	w.res = nil
}

// runScope runs the rules of t's scope on t.
func (w *Worker) runScope(t *target) {
	if t.scope == scopeDocument && w.l.dfacts {
		w.findDocument()
	}
	if w.times != nil {
		w.runTimed(w.l.byScope[t.scope], t)
		return
	}
	w.runRules(w.l.byScope[t.scope], t)
}

// runRules runs the rules cs on t.
func (w *Worker) runRules(cs []*compiled, t *target) {
	var facts funcs.FactSet // the yes-or-no facts of the object, for the rules' if lists
	switch t.scope {
	case scopeDocument:
		facts = w.dfacts.Set
	case scopeProject:
		facts = w.pfacts.Set
	case scopeIndicator:
		facts = w.facts.Set
	}
	for _, c := range cs {
		if c.needs != 0 && c.needs&facts == 0 {
			continue
		}
		w.env.Params, w.env.Finding = c.rule.Params, nil
		out, ok := w.run(c, t)
		if !ok {
			continue
		}
		switch v := out.(type) {
		case nil:
		case bool:
			if v {
				w.emit(c, t, nil)
			}
		case []any:
			for _, e := range v {
				w.emit(c, t, e)
			}
		default:
			rv := reflect.ValueOf(out)
			if k := rv.Kind(); k != reflect.Slice && k != reflect.Array {
				w.fail(c, t, "check", c.rule.Check, c.rule.CheckPos,
					errorf("gave %s, not true, false, nil or a list of findings", "结果是 %s，而不是 true、false、nil 或发现列表", typeName(out)))
				continue
			}
			for i := 0; i < rv.Len(); i++ {
				w.emit(c, t, rv.Index(i).Interface())
			}
		}
	}
}

// run runs rule c's when and check on the current object and returns the
// check's result; ok is false when the when filtered the object out or a run
// failed (the failure is recorded).
func (w *Worker) run(c *compiled, t *target) (out any, ok bool) {
	r := c.rule
	if c.when != nil {
		v, err := w.vm.Run(c.when, &w.env)
		if err != nil {
			w.fail(c, t, "when", r.When, r.WhenPos, err)
			return nil, false
		}
		if b, isBool := v.(bool); !isBool || !b {
			if !isBool && v != nil {
				w.fail(c, t, "when", r.When, r.WhenPos, errorf("gave %s, not true or false", "结果是 %s，而不是 true 或 false", typeName(v)))
			}
			return nil, false
		}
	}
	out, err := w.vm.Run(c.check, &w.env)
	if err != nil {
		w.fail(c, t, "check", r.Check, r.CheckPos, err)
		return nil, false
	}
	return out, true
}

// fail records the first run-time error of rule c in the current file, with
// its place in the rule file (what names the expression: when, check, message)
// and where the object stands in the table.
func (w *Worker) fail(c *compiled, t *target, what, src string, start rules.Pos, err error) {
	if w.failed[c.index] {
		return
	}
	w.failed[c.index] = true
	_, span := defaultField(t).get(t)
	w.res.RuleErrors = append(w.res.RuleErrors, RuleError{RuleID: c.rule.ID, Err: exprError(c.rule, what, src, start, err), Span: span})
}
