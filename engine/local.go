package engine

import (
	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/table"
)

// placesInUnit reports whether the findings of rule c, a rule of unit, project
// or indicator scope, can only stand on the objects of the unit it runs on:
// on a field of the unit, of one of its projects or of their indicators, at a
// span of one of them (a problem the reader noted in their cells), or where
// such a field has no place on the object's own place. A span, unit, project
// or indicator can only be one that the rule reaches from the object it runs
// on (expr builds no span or object of the model), so it is so unless the rule
// reads the document, the project a project is copied from, the indicators
// borrowed from other projects or the variables by name ($env): the only ways
// to reach the objects of other units. Keys written as anything but a string
// constant count as a span. names are what the rule's expressions read (see
// namesRead).
func placesInUnit(c *compiled, names *namesRead) bool {
	if c.scope == scopeDocument {
		return false
	}
	if !names.names["document"] && !names.names[`"copiedFrom"`] && !names.names["$env"] && !names.names["borrowedIndicators"] {
		return true
	}
	local := true
	ast.Find(c.check.Node(), func(n ast.Node) bool {
		pair, ok := n.(*ast.PairNode)
		if !ok {
			return false
		}
		switch key, ok := pair.Key.(*ast.StringNode); {
		case !ok, key.Value == "span", key.Value == "unit", key.Value == "project", key.Value == "indicator":
			local = false
		}
		return !local
	})
	return local
}

// place is where a finding stands, as compareFindings orders it first:
// sheet, then line and column (or row and column of a workbook cell).
type place struct {
	sheet    string
	row, col int
}

// placeOf returns the place of a finding on span s.
func placeOf(s table.Span) place {
	row, col := spanPosition(&s)
	return place{s.Sheet(), row, col}
}

// before reports whether p stands before q.
func (p place) before(q place) bool {
	if p.sheet != q.sheet {
		return p.sheet < q.sheet
	}
	if p.row != q.row {
		return p.row < q.row
	}
	return p.col < q.col
}

// runStarts returns, for each run of units, the place before which no
// finding of that run or of the runs after it can stand: findings before it,
// of the document's rules and of the runs before, can be handed out in order.
// When a rule of the set can place its findings outside its unit, every start
// is the beginning of the file, so that nothing is handed out before the end.
// When no rule runs above the document, the runs find nothing: there are no
// starts, and everything is handed out as soon as it is found. lows are the
// runs' own first places (see runLow) when they are known (see
// startsFromLows), nil to find them here.
func (l *Linter) runStarts(runs [][]*table.Unit, lows []place) []place {
	if !l.runsFind() {
		return nil
	}
	starts := make([]place, len(runs))
	if !l.inUnit {
		return starts
	}
	for i := len(runs) - 1; i >= 0; i-- {
		var low place
		if lows != nil {
			low = lows[i]
		} else {
			low = runLow(runs[i])
		}
		if i+1 < len(runs) && starts[i+1].before(low) {
			low = starts[i+1]
		}
		starts[i] = low
	}
	return starts
}

// startsFromLows reports whether runStarts takes the runs' own first places:
// whether the runs' findings have starts that are not the beginning of the
// file.
func (l *Linter) startsFromLows() bool {
	return l.inUnit && l.runsFind()
}

// runsFind reports whether a rule runs below the document: whether the runs
// of a stream can find anything.
func (l *Linter) runsFind() bool {
	return len(l.byScope[scopeUnit])+len(l.byScope[scopeProject])+len(l.byScope[scopeIndicator]) > 0
}

// runLow returns the first place that a finding on the objects of run can
// take.
func runLow(run []*table.Unit) place {
	var low lowest
	for _, u := range run {
		low.unit(u)
	}
	return low.at
}

// lowest finds the first place that a finding on a field of the objects it
// is shown can take: the field's span, or the object's own (see defaults)
// where the field has none. Every span of an object is taken for one of its
// fields, which can only put the place earlier.
type lowest struct {
	at   place
	seen bool
}

// note takes the place of span s, or p when s is zero.
func (w *lowest) note(s table.Span, p place) {
	if s.Line != 0 || !s.IsZero() { // a span of a text file has its line: no need to ask
		p = placeOf(s)
	}
	if !w.seen || p.before(w.at) {
		w.at, w.seen = p, true
	}
}

// unit takes the places of u, its projects and their indicators.
func (w *lowest) unit(u *table.Unit) {
	own := placeOf(u.Spans.Name)
	w.note(table.Span{}, own)
	for c := range u.Amounts.Cells {
		w.note(u.Amounts.Cells[c].Span, own)
	}
	for _, p := range u.Projects {
		own := placeOf(p.Spans.Name)
		w.note(table.Span{}, own)
		for _, s := range [...]table.Span{p.Spans.Goal, p.Spans.PeriodGoal, p.Spans.Indicators} {
			w.note(s, own)
		}
		for c := range p.Amounts.Cells {
			w.note(p.Amounts.Cells[c].Span, own)
		}
		for _, ind := range p.Indicators {
			w.indicator(ind)
		}
	}
}

// indicator takes the places of ind.
func (w *lowest) indicator(ind *table.Indicator) {
	s := &ind.Spans
	own := placeOf(s.Item)
	w.note(table.Span{}, own)
	for _, f := range [...]table.Span{s.Number, s.Level1, s.Level2, s.Name, s.Period, s.Annual, s.Operator,
		s.MeasureUnit, s.Weight, s.Kind, s.Direction} {
		w.note(f, own)
	}
}
