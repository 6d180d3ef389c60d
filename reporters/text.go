package reporters

import (
	"io"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// ANSI colours used by the text reporter on a terminal.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// Text writes one line per finding, "path:line:col: severity rule-id: message",
// then a summary line and the pages of the rules that have findings. Findings
// accepted by a baseline are only counted in the summary. A file that could not
// be read prints its error as a line of its own.
//
// With Run.Grouped, for a terminal, each file's path is printed once and its
// findings under it (see fileGrouped).
type Text struct {
	w       io.Writer
	run     Run
	buf     []byte // lines not yet written; written out when full and after each file
	links   ruleLinks
	grouped bool // a file's group has been written
}

// Begin starts the output.
func (t *Text) Begin(w io.Writer, run Run) error {
	t.w, t.run, t.buf, t.links = w, run, t.buf[:0], ruleLinks{}
	return nil
}

// File writes the findings of one file, or the error that stopped it.
func (t *Text) File(res *engine.FileResult) error {
	if t.run.Grouped {
		return t.fileGrouped(res)
	}
	if res.Err != nil {
		span, msg := fileError(res.Err, t.run.Lang)
		t.appendLine(res.Path, span, rules.Error, "", msg)
		return t.flush()
	}
	var src *sourceLines
	if t.run.ShowSource && res.Source != "" {
		lines := newSourceLines(res.Source)
		src = &lines
	}
	return t.findings(res.Findings, src)
}

// Findings writes findings of the file whose result comes next, without
// excerpts; grouped output takes findings only through File.
func (t *Text) Findings(fs []engine.Finding) error { return t.findings(fs, nil) }

// findings writes a line per finding not accepted by a baseline, each with
// its excerpt from src when src is not nil.
func (t *Text) findings(fs []engine.Finding, src *sourceLines) error {
	for i := range fs {
		f := &fs[i]
		if f.Suppressed != nil {
			continue
		}
		t.links.add(f.RuleID)
		t.appendLine(f.Path, f.Span, f.Severity, f.RuleID, f.Message)
		if src != nil {
			t.appendExcerpt(src, f)
		}
		if len(t.buf) >= flushAt {
			if err := t.flush(); err != nil {
				return err
			}
		}
	}
	return t.flush()
}

// flush writes the buffered lines.
func (t *Text) flush() error {
	if len(t.buf) == 0 {
		return nil
	}
	_, err := t.w.Write(t.buf)
	t.buf = t.buf[:0]
	return err
}

// appendExcerpt buffers the source line of f with its characters marked.
func (t *Text) appendExcerpt(src *sourceLines, f *engine.Finding) {
	color := ""
	if t.run.ColorOutput {
		color = severityColor(f.Severity)
	}
	t.buf = appendExcerpt(t.buf, src, f.Span, color)
}

// appendLine buffers "place: severity rule: message"; rule may be empty.
func (t *Text) appendLine(path string, span table.Span, sev rules.Severity, rule, msg string) {
	b := t.buf
	if t.run.ColorOutput {
		b = append(b, ansiBold...)
	}
	b = appendPlace(b, path, span)
	b = append(b, ':')
	if t.run.ColorOutput {
		b = append(b, ansiReset...)
	}
	b = append(b, ' ')
	if t.run.ColorOutput {
		b = append(b, severityColor(sev)...)
	}
	b = append(b, severityWord(sev, t.run.Lang)...)
	if t.run.ColorOutput {
		b = append(b, ansiReset...)
	}
	if rule != "" {
		b = append(b, ' ')
		b = append(b, rule...)
	}
	b = append(b, ": "...)
	b = append(b, msg...)
	t.buf = append(b, '\n')
}

// End writes a line per tool error, then the summary line and the rules' pages.
func (t *Text) End(sum Summary) error {
	if t.grouped {
		t.buf = append(t.buf, '\n')
	}
	for _, te := range sum.ToolErrors {
		t.appendLine(toolPath(te.Path, t.run), te.Span, rules.Error, te.RuleID, te.Message)
	}
	t.buf = append(append(t.buf, summaryLine(sum, t.run.Lang)...), '\n')
	t.buf = append(t.buf, t.links.text(t.run)...)
	return t.flush()
}

// toolPath is where a tool error is placed: its file, or the tool's name.
func toolPath(path string, run Run) string {
	if path != "" {
		return path
	}
	if run.ToolName != "" {
		return run.ToolName
	}
	return "jxlint"
}

// severityColor returns the ANSI colour for a severity.
func severityColor(s rules.Severity) string {
	switch s {
	case rules.Error:
		return ansiRed
	case rules.Warning:
		return ansiYellow
	}
	return ansiCyan
}
