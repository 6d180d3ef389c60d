package reporters

import (
	"strings"
	"unicode/utf8"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
)

// groupRow is one line of a file's group: where, how bad, which rule, what.
type groupRow struct {
	place string
	sev   rules.Severity
	rule  string
	msg   string
	f     *engine.Finding // nil for the error that stopped the file
}

// fileGrouped writes a file's findings under its path, as ESLint's stylish
// format does: "  line:col  severity  rule  message", the columns aligned,
// a blank line between files. Files without findings print nothing.
func (t *Text) fileGrouped(res *engine.FileResult) error {
	var rows []groupRow
	if res.Err != nil {
		span, msg := fileError(res.Err, t.run.Lang)
		rows = append(rows, groupRow{place: string(appendPlace(nil, "", span)), sev: rules.Error, msg: msg})
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed == nil {
			rows = append(rows, groupRow{place: string(appendPlace(nil, "", f.Span)), sev: f.Severity, rule: f.RuleID, msg: f.Message, f: f})
		}
	}
	if len(rows) == 0 {
		return nil
	}
	var wPlace, wSev, wRule int
	for i := range rows {
		rows[i].place = strings.TrimPrefix(rows[i].place, ":")
		wPlace = max(wPlace, textWidth(rows[i].place))
		wSev = max(wSev, textWidth(severityWord(rows[i].sev, t.run.Lang)))
		wRule = max(wRule, len(rows[i].rule))
	}
	var src *sourceLines
	if t.run.ShowSource && res.Source != "" {
		lines := newSourceLines(res.Source)
		src = &lines
	}
	b := t.buf
	if t.grouped {
		b = append(b, '\n')
	}
	t.grouped = true
	b = t.paint(b, ansiBold, res.Path)
	b = append(b, '\n')
	for _, r := range rows {
		b = append(b, "  "...)
		b = pad(b, r.place, wPlace)
		b = append(b, "  "...)
		word := severityWord(r.sev, t.run.Lang)
		b = t.paint(b, severityColor(r.sev), word)
		b = append(b, strings.Repeat(" ", wSev-textWidth(word)+2)...)
		if wRule > 0 {
			b = pad(b, r.rule, wRule)
			b = append(b, "  "...)
		}
		b = append(b, r.msg...)
		b = append(b, '\n')
		if src != nil && r.f != nil {
			color := ""
			if t.run.ColorOutput {
				color = severityColor(r.sev)
			}
			b = appendExcerpt(b, src, r.f.Span, color)
		}
	}
	t.buf = b
	return t.flush()
}

// paint appends s, in colour on a terminal.
func (t *Text) paint(b []byte, color, s string) []byte {
	if !t.run.ColorOutput {
		return append(b, s...)
	}
	b = append(b, color...)
	b = append(b, s...)
	return append(b, ansiReset...)
}

// pad appends s and spaces up to width terminal columns.
func pad(b []byte, s string, width int) []byte {
	b = append(b, s...)
	return append(b, strings.Repeat(" ", max(0, width-textWidth(s)))...)
}

// textWidth is how many terminal columns s takes.
func textWidth(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		n += cellWidth(r)
		s = s[size:]
	}
	return n
}
