package engine

import (
	"slices"
	"strings"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// scope is a rules.Scope as an index.
type scope int

// Scopes, outermost first.
const (
	scopeDocument scope = iota
	scopeUnit
	scopeProject
	scopeIndicator
	numScopes
)

// scopeNames names the scopes as rules do.
var scopeNames = [numScopes]rules.Scope{rules.ScopeDocument, rules.ScopeUnit, rules.ScopeProject, rules.ScopeIndicator}

// scopeOf converts a rule's scope.
func scopeOf(s rules.Scope) (scope, bool) {
	i := slices.Index(scopeNames[:], s)
	return scope(i), i >= 0
}

// target is the object a finding is about, with the objects around it.
type target struct {
	doc       *table.Document
	unit      *table.Unit
	project   *table.Project
	indicator *table.Indicator
	scope     scope
}

// fieldRef is a field of an object that a finding can point at: its path as
// rules write it (at: goal) and how to get its text and span.
type fieldRef struct {
	path string
	get  func(t *target) (string, table.Span)
}

// fieldTables maps each scope's field paths to their getters; defaults holds the
// field a finding points at when it names none, above the document.
var (
	fieldTables [numScopes]map[string]*fieldRef
	defaults    [numScopes]*fieldRef
)

func init() {
	add := func(s scope, path string, get func(t *target) (string, table.Span)) {
		if fieldTables[s] == nil {
			fieldTables[s] = map[string]*fieldRef{}
		}
		fieldTables[s][path] = &fieldRef{path: path, get: get}
	}
	// Document.
	add(scopeDocument, "title", func(t *target) (string, table.Span) { return t.doc.Title, t.doc.Spans.Title })
	add(scopeDocument, "department", func(t *target) (string, table.Span) { return t.doc.Department, t.doc.Spans.Department })
	add(scopeDocument, "moneyUnit", func(t *target) (string, table.Span) { return t.doc.MoneyUnit, t.doc.Spans.MoneyUnit })
	add(scopeDocument, "total", func(t *target) (string, table.Span) { return "合计", t.doc.Spans.TotalRow })
	for c, name := range table.AmountFields {
		add(scopeDocument, "total."+name, func(t *target) (string, table.Span) {
			if t.doc.Total == nil {
				return "", t.doc.Spans.TotalRow
			}
			cell := t.doc.Total.Cells[c]
			return cell.Raw, orSpan(cell.Span, t.doc.Spans.TotalRow)
		})
		add(scopeUnit, "amounts."+name, func(t *target) (string, table.Span) {
			cell := t.unit.Amounts.Cells[c]
			return cell.Raw, orSpan(cell.Span, t.unit.Spans.Name)
		})
		add(scopeProject, "amounts."+name, func(t *target) (string, table.Span) {
			cell := t.project.Amounts.Cells[c]
			return cell.Raw, orSpan(cell.Span, t.project.Spans.Name)
		})
	}
	// Unit.
	add(scopeUnit, "name", func(t *target) (string, table.Span) { return t.unit.Name, t.unit.Spans.Name })
	defaults[scopeUnit] = fieldTables[scopeUnit]["name"]
	// Project.
	add(scopeProject, "name", func(t *target) (string, table.Span) { return t.project.Name, t.project.Spans.Name })
	add(scopeProject, "goal", func(t *target) (string, table.Span) { return t.project.Goal, t.project.Spans.Goal })
	add(scopeProject, "periodGoal", func(t *target) (string, table.Span) {
		return t.project.PeriodGoal, t.project.Spans.PeriodGoal
	})
	add(scopeProject, "indicators", func(t *target) (string, table.Span) { return "", t.project.Spans.Indicators })
	defaults[scopeProject] = fieldTables[scopeProject]["name"]
	// Indicator.
	ind := func(path string, get func(i *table.Indicator) (string, table.Span)) {
		add(scopeIndicator, path, func(t *target) (string, table.Span) { return get(t.indicator) })
	}
	ind("item", func(i *table.Indicator) (string, table.Span) { return i.Name, i.Spans.Item })
	ind("number", func(i *table.Indicator) (string, table.Span) { return i.Number, i.Spans.Number })
	ind("level1", func(i *table.Indicator) (string, table.Span) { return levelText(i.Level1), i.Spans.Level1 })
	ind("level2", func(i *table.Indicator) (string, table.Span) { return levelText(i.Level2), i.Spans.Level2 })
	ind("name", func(i *table.Indicator) (string, table.Span) { return i.Name, i.Spans.Name })
	ind("period", func(i *table.Indicator) (string, table.Span) { return i.Period, i.Spans.Period })
	ind("annual", func(i *table.Indicator) (string, table.Span) { return i.Annual, i.Spans.Annual })
	ind("operator", func(i *table.Indicator) (string, table.Span) { return i.Operator, i.Spans.Operator })
	ind("measureUnit", func(i *table.Indicator) (string, table.Span) { return i.MeasureUnit, i.Spans.MeasureUnit })
	ind("weight", func(i *table.Indicator) (string, table.Span) {
		if i.Weight == nil {
			return "", i.Spans.Weight
		}
		return i.Weight.String(), i.Spans.Weight
	})
	ind("kind", func(i *table.Indicator) (string, table.Span) { return i.Kind, i.Spans.Kind })
	ind("direction", func(i *table.Indicator) (string, table.Span) { return i.Direction, i.Spans.Direction })
	defaults[scopeIndicator] = fieldTables[scopeIndicator]["item"]
}

// defaultField is where a finding on t points when it names no field: the
// indicator item, the project or unit name, the document's 合计 label or title.
func defaultField(t *target) *fieldRef {
	if t.scope == scopeDocument && t.doc.Spans.TotalRow.IsZero() {
		return fieldTables[scopeDocument]["title"]
	}
	if t.scope == scopeDocument {
		return fieldTables[scopeDocument]["total"]
	}
	return defaults[t.scope]
}

// lookupField finds the field at path in scope s.
func lookupField(s scope, path string) (*fieldRef, bool) {
	f, ok := fieldTables[s][path]
	return f, ok
}

// fieldNames lists the field paths of scope s, sorted, for error messages.
func fieldNames(s scope) string {
	var names []string
	for n := range fieldTables[s] {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// levelText writes a category as the table does: 21-经济效益.
func levelText(l table.Level) string {
	if l.Code == "" {
		return l.Name
	}
	return l.Code + "-" + l.Name
}

// orSpan returns s, or fallback when s points nowhere.
func orSpan(s, fallback table.Span) table.Span {
	if s.IsZero() {
		return fallback
	}
	return s
}
