package engine

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/jxlint/jxlint/table"
)

// element is one item of a check's list result, decoded.
type element struct {
	message   string
	hasMsg    bool
	at        string
	span      *table.Span
	rng       *[2]int // UTF-16 offsets inside the field's text
	fix       *string
	text      *string // the flagged text, for a finding placed by span alone
	unit      *table.Unit
	project   *table.Project
	indicator *table.Indicator
}

// decodeElement reads a list element: a string is its message; a map may set
// message, at, span, range, fix, text, unit, project and indicator (other keys
// are data for the message template); anything else is only data for the template.
func decodeElement(v any) (element, error) {
	var e element
	switch x := v.(type) {
	case nil:
	case string:
		e.message, e.hasMsg = x, true
	case map[string]any:
		for k, val := range x {
			if err := e.set(k, val); err != nil {
				return e, err
			}
		}
	}
	return e, nil
}

// set decodes one key of a map element.
func (e *element) set(key string, v any) error {
	bad := func(want string) error {
		return fmt.Errorf("finding key %q is %s, not %s", key, typeName(v), want)
	}
	switch key {
	case "message":
		s, ok := v.(string)
		if !ok {
			return bad("a string")
		}
		e.message, e.hasMsg = s, true
	case "at":
		s, ok := v.(string)
		if !ok {
			return bad("a field path string")
		}
		e.at = s
	case "span":
		switch s := v.(type) {
		case table.Span:
			e.span = &s
		case *table.Span:
			e.span = s
		default:
			return bad("a span")
		}
	case "range":
		start, end, ok := rangeOf(v)
		if !ok {
			return bad("a range {start, end}")
		}
		e.rng = &[2]int{start, end}
	case "fix":
		s, ok := v.(string)
		if !ok {
			return bad("the replacement string")
		}
		e.fix = &s
	case "text":
		s, ok := v.(string)
		if !ok {
			return bad("the flagged text")
		}
		e.text = &s
	case "unit":
		if e.unit = objectOf[table.Unit](v); e.unit == nil {
			return bad("a unit")
		}
	case "project":
		if e.project = objectOf[table.Project](v); e.project == nil {
			return bad("a project")
		}
	case "indicator":
		if e.indicator = objectOf[table.Indicator](v); e.indicator == nil {
			return bad("an indicator")
		}
	}
	return nil
}

// objectOf returns v as a *T: a pointer as it is, a T (a flatten over values
// hands out copies, matched by value when the finding is placed) by its address;
// nil for anything else.
func objectOf[T any](v any) *T {
	switch x := v.(type) {
	case *T:
		return x
	case T:
		return &x
	}
	return nil
}

// rangeOf reads {start, end} from a map or from a struct with Start and End fields.
func rangeOf(v any) (start, end int, ok bool) {
	if m, isMap := v.(map[string]any); isMap {
		s, ok1 := toInt(m["start"])
		e, ok2 := toInt(m["end"])
		return s, e, ok1 && ok2
	}
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return 0, 0, false
	}
	sf, ef := rv.FieldByName("Start"), rv.FieldByName("End")
	if !sf.IsValid() || !ef.IsValid() || !sf.CanInt() || !ef.CanInt() {
		return 0, 0, false
	}
	return int(sf.Int()), int(ef.Int()), true
}

// toInt converts an expr number to int.
func toInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int64:
		return int(x), true
	case float64:
		return int(x), x == float64(int(x))
	}
	return 0, false
}

// emit turns one result of rule c on t into a finding. elem is nil for a check
// that gave true.
func (w *Worker) emit(c *compiled, t *target, elem any) {
	e, err := decodeElement(elem)
	if err != nil {
		w.fail(c, t, "check", "", c.rule.CheckPos, err)
		return
	}
	tt := *t
	switch {
	case e.indicator != nil:
		tt = w.index.retargetIndicator(tt, e.indicator)
	case e.project != nil:
		tt = w.index.retargetProject(tt, e.project)
	case e.unit != nil:
		tt = w.index.retargetUnit(tt, e.unit)
	}
	ref := defaultField(&tt)
	switch {
	case e.at != "":
		r, ok := lookupField(tt.scope, e.at)
		if !ok {
			w.fail(c, t, "check", "", c.rule.CheckPos, fmt.Errorf("finding key \"at\": %q is not a field of %s; expected one of %s",
				e.at, scopeNames[tt.scope], fieldNames(tt.scope)))
			return
		}
		ref = r
	case c.at != nil && tt.scope == c.scope:
		ref = c.at
	}
	text, span := ref.get(&tt)
	field := ref.path
	if e.span != nil {
		span = *e.span
		if e.at == "" {
			text, field = "", ""
		}
	}
	if e.text != nil {
		text = *e.text
	}
	if e.rng != nil {
		sub, subText, ok := rangeSpan(span, text, e.rng[0], e.rng[1])
		if !ok {
			w.fail(c, t, "check", "", c.rule.CheckPos, fmt.Errorf("finding range %d..%d is outside the text of %q (%d UTF-16 units)",
				e.rng[0], e.rng[1], ref.path, utf16Len(text)))
			return
		}
		span, text = sub, subText
	}
	if span.IsZero() && e.rng == nil && e.span == nil {
		// The field has no place in this layout (an empty cell a reader could
		// not name): point at the object, so that every finding has a place.
		_, span = defaultField(&tt).get(&tt)
	}
	msg := e.message
	if !e.hasMsg {
		var b strings.Builder
		w.env.Finding = elem
		err := c.message.render(&b, &w.vm, &w.env, w.l.opts.Lang)
		w.env.Finding = nil
		if err != nil {
			w.fail(c, t, "message", "", c.rule.MessagePos, err)
			return
		}
		msg = b.String()
	}
	f := Finding{
		RuleID:   c.rule.ID,
		Severity: c.rule.Severity,
		Message:  msg,
		Path:     tt.doc.Path,
		Span:     span,
		Field:    field,
		Text:     text,
	}
	if tt.unit != nil {
		f.Unit = tt.unit.Name
	}
	if tt.project != nil {
		f.Project = tt.project.Name
	}
	if tt.indicator != nil {
		f.Indicator = tt.indicator.Number
	}
	if e.fix != nil {
		f.Fix = &Fix{Span: span, Replacement: *e.fix, Description: fixDescription(text, *e.fix, w.l.opts.Lang)}
	}
	w.res.Findings = append(w.res.Findings, f)
}

// scopeNames names the scopes in messages.
var scopeNames = [numScopes]string{"document", "unit", "project", "indicator"}

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

// fixDescription says what a fix does, as a verb phrase in lang.
func fixDescription(old, repl, lang string) string {
	switch {
	case lang == "en" && repl == "":
		return fmt.Sprintf("Delete %q", old)
	case lang == "en":
		return fmt.Sprintf("Replace %q with %q", old, repl)
	case repl == "":
		return "删除「" + old + "」"
	}
	return "将「" + old + "」改为「" + repl + "」"
}
