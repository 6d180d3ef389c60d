package engine

import (
	"reflect"
	"strconv"
	"unicode/utf16"

	"github.com/jxlint/jxlint/table"
)

// element is one item of a check's list result, decoded. Its values are held
// in place, with a flag each for whether the key was set, so that decoding
// allocates nothing.
type element struct {
	message   string
	hasMsg    bool
	at        string
	span      table.Span
	hasSpan   bool
	rng       [2]int // UTF-16 offsets inside the field's text
	hasRange  bool
	fix       string
	hasFix    bool
	text      string // the flagged text, for a finding placed by span alone
	hasText   bool
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

// textKeys are the keys of a finding whose value is a text, with what the
// text is in English and in Chinese.
var textKeys = map[string][2]string{"message": {"a string", "字符串"}, "at": {"a field path string", "字段路径字符串"},
	"fix": {"the replacement string", "替换用的字符串"}, "text": {"the flagged text", "所标出的文字"}}

// set decodes one key of a map element.
func (e *element) set(key string, v any) error {
	bad := func(want, wantZh string) error {
		return errorf("finding key %[1]q is %[2]s, not %[3]s", "发现中键「%[1]s」的值是 %[2]s，而不是%[4]s", key, typeName(v), want, wantZh)
	}
	s, isText := v.(string)
	if !isText { // a text is right for every key: only other values are looked up
		if want, ok := textKeys[key]; ok {
			return bad(want[0], want[1])
		}
	}
	switch key {
	case "message":
		e.message, e.hasMsg = s, true
	case "at":
		e.at = s
	case "fix":
		e.fix, e.hasFix = s, true
	case "text":
		e.text, e.hasText = s, true
	case "span":
		switch s := v.(type) {
		case table.Span:
			e.span, e.hasSpan = s, true
		case *table.Span:
			if s != nil { // a nil span is as if none were given
				e.span, e.hasSpan = *s, true
			}
		default:
			return bad("a span", "位置（span）")
		}
	case "range":
		start, end, ok := rangeOf(v)
		if !ok {
			return bad("a range {start, end}", "范围 {start, end}")
		}
		e.rng, e.hasRange = [2]int{start, end}, true
	case "unit":
		if e.unit, _ = v.(*table.Unit); e.unit == nil {
			return bad("a unit", "单位")
		}
	case "project":
		if e.project, _ = v.(*table.Project); e.project == nil {
			return bad("a project", "项目")
		}
	case "indicator":
		if e.indicator, _ = v.(*table.Indicator); e.indicator == nil {
			return bad("an indicator", "指标")
		}
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
	tt := &w.placed // the worker's, so that it does not move to the heap
	*tt = *t
	switch {
	case e.indicator != nil:
		*tt = w.index.retargetIndicator(*tt, e.indicator)
	case e.project != nil:
		*tt = w.index.retargetProject(*tt, e.project)
	case e.unit != nil:
		*tt = w.index.retargetUnit(*tt, e.unit)
	}
	ref := defaultField(tt)
	switch {
	case e.at != "":
		r, ok := lookupField(tt.scope, e.at)
		if !ok {
			w.fail(c, t, "check", "", c.rule.CheckPos, errorf("finding key \"at\": %q is not a field of %s; expected one of %s",
				"发现中 at 的值「%s」不是 %s 的字段；应为以下之一：%s", e.at, scopeNames[tt.scope], fieldNames(tt.scope)))
			return
		}
		ref = r
	case c.at != nil && tt.scope == c.scope:
		ref = c.at
	}
	text, span := ref.get(tt)
	field := ref.path
	if e.hasSpan {
		span = e.span
		if e.at == "" {
			text, field = "", ""
		}
	}
	if e.hasText {
		text = e.text
	}
	if e.hasRange {
		sub, subText, ok := rangeSpan(span, text, e.rng[0], e.rng[1])
		if !ok {
			w.fail(c, t, "check", "", c.rule.CheckPos, errorf("finding range %d..%d is outside the text of %q (%d UTF-16 units)",
				"发现的范围 %d..%d 超出了「%s」的文本（%d 个 UTF-16 码元）", e.rng[0], e.rng[1], ref.path, len(utf16.Encode([]rune(text)))))
			return
		}
		span, text = sub, subText
	}
	if span.IsZero() && !e.hasSpan {
		// The field has no place in this layout (an empty cell a reader could
		// not name), nor then any range of its text: point at the object, so
		// that every finding has a place.
		_, span = defaultField(tt).get(tt)
	}
	msg := e.message
	if !e.hasMsg {
		w.msg.Reset()
		w.env.Finding = elem
		err := c.message.render(&w.msg, &w.vm, &w.env, w.l.opts.Lang)
		w.env.Finding = nil
		if err != nil {
			w.fail(c, t, "message", "", c.rule.MessagePos, err)
			return
		}
		msg = w.texts.add(w.msg.Bytes())
	}
	f := w.found.add(w.recycled) // filled in place: a finding is too large to copy twice
	*f = Finding{
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
	if e.hasFix {
		w.msg.Reset()
		desc := w.texts.add(appendFixDescription(w.msg.AvailableBuffer(), text, e.fix, w.l.opts.Lang))
		f.Fix = w.fixes.add()
		*f.Fix = Fix{Span: span, Old: text, Replacement: e.fix, Description: desc}
	}
}

// appendFixDescription appends to b what a fix does, as a verb phrase in lang.
func appendFixDescription(b []byte, old, repl, lang string) []byte {
	switch {
	case lang == "en" && repl == "":
		return strconv.AppendQuote(append(b, "Delete "...), old)
	case lang == "en":
		return strconv.AppendQuote(append(strconv.AppendQuote(append(b, "Replace "...), old), " with "...), repl)
	case repl == "":
		return append(append(append(b, "删除「"...), old...), "」"...)
	}
	return append(append(append(append(append(b, "将「"...), old...), "」改为「"...), repl...), "」"...)
}
