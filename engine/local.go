package engine

import (
	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/table"
)

// placesInUnit reports whether the findings of rule c, a rule of unit, project
// or indicator scope, can only stand on the objects of the unit it runs on:
// on a field of the unit, of one of its projects or of their indicators, or
// where such a field has no place on the object's own place. It is so when the
// check's findings name no span (which could point anywhere) and no unit,
// project or indicator, unless the rule reads neither the document, nor the
// project a project is copied from, nor the variables by name ($env): the
// only ways to reach the objects of other units. Keys written as anything but
// a string constant count as a span. names are what the rule's expressions
// read (see namesRead).
func placesInUnit(c *compiled, names namesRead) bool {
	if c.scope == scopeDocument {
		return false
	}
	reachesOut := names["document"] || names[`"copiedFrom"`] || names["$env"]
	local := true
	ast.Find(c.check.Node(), func(n ast.Node) bool {
		pair, ok := n.(*ast.PairNode)
		if !ok {
			return false
		}
		key, ok := pair.Key.(*ast.StringNode)
		switch {
		case !ok || key.Value == "span":
			local = false
		case reachesOut && (key.Value == "unit" || key.Value == "project" || key.Value == "indicator"):
			local = false
		}
		return !local
	})
	return local
}

// runStarts returns, for each run of units, the place before which no
// finding of that run or of the runs after it can stand: findings before it,
// of the document's rules and of the runs before, can be handed out in order.
// A place is a finding with only a span, compared with compareFindings. When
// a rule of the set can place its findings outside its unit, every start is
// the beginning of the file, so that nothing is handed out before the end.
func (l *Linter) runStarts(doc *table.Document, runs [][]*table.Unit) []Finding {
	starts := make([]Finding, len(runs))
	if !l.inUnit {
		return starts
	}
	for i := len(runs) - 1; i >= 0; i-- {
		first := true
		var low Finding
		note := func(s table.Span) {
			f := Finding{Span: s}
			if first || comparePlaces(&f, &low) < 0 {
				low, first = f, false
			}
		}
		for _, u := range runs[i] {
			t := target{doc: doc, unit: u, scope: scopeUnit}
			l.notePlaces(&t, note)
			for _, p := range u.Projects {
				t = target{doc: doc, unit: u, project: p, scope: scopeProject}
				l.notePlaces(&t, note)
				t.scope = scopeIndicator
				for _, ind := range p.Indicators {
					t.indicator = ind
					l.notePlaces(&t, note)
				}
			}
		}
		if i+1 < len(runs) && (first || comparePlaces(&starts[i+1], &low) < 0) {
			low = starts[i+1]
		}
		starts[i] = low
	}
	return starts
}

// notePlaces calls note with the place of every field of t a finding can
// stand on: the field's span, or the object's when the field has none.
func (l *Linter) notePlaces(t *target, note func(table.Span)) {
	_, own := defaults[t.scope].get(t)
	note(own)
	for _, ref := range fieldTables[t.scope] {
		if _, s := ref.get(t); !s.IsZero() {
			note(s)
		}
	}
}
