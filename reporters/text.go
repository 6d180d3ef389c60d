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
	line    []byte
	links   ruleLinks
	grouped bool // a file's group has been written
}

// Begin starts the output.
func (t *Text) Begin(w io.Writer, run Run) error {
	t.w, t.run, t.links = w, run, ruleLinks{}
	return nil
}

// File writes the findings of one file, or the error that stopped it.
func (t *Text) File(res *engine.FileResult) error {
	if t.run.Grouped {
		return t.fileGrouped(res)
	}
	if res.Err != nil {
		span, msg := fileError(res.Err, t.run.Lang)
		return t.writeLine(res.Path, span, rules.Error, "", msg)
	}
	var src *sourceLines
	if t.run.ShowSource && res.Source != "" {
		lines := newSourceLines(res.Source)
		src = &lines
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		t.links.add(f.RuleID)
		if err := t.writeLine(f.Path, f.Span, f.Severity, f.RuleID, f.Message); err != nil {
			return err
		}
		if src != nil {
			if err := t.writeExcerpt(src, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeExcerpt writes the source line of f with its characters marked.
func (t *Text) writeExcerpt(src *sourceLines, f *engine.Finding) error {
	color := ""
	if t.run.ColorOutput {
		color = severityColor(f.Severity)
	}
	b := appendExcerpt(t.line[:0], src, f.Span, color)
	t.line = b
	if len(b) == 0 {
		return nil
	}
	_, err := t.w.Write(b)
	return err
}

// writeLine writes "place: severity rule: message"; rule may be empty.
func (t *Text) writeLine(path string, span table.Span, sev rules.Severity, rule, msg string) error {
	b := t.line[:0]
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
	b = append(b, '\n')
	t.line = b
	_, err := t.w.Write(b)
	return err
}

// End writes a line per tool error, then the summary line and the rules' pages.
func (t *Text) End(sum Summary) error {
	if t.grouped {
		if _, err := io.WriteString(t.w, "\n"); err != nil {
			return err
		}
	}
	for _, te := range sum.ToolErrors {
		if err := t.writeLine(toolPath(te.Path, t.run), te.Span, rules.Error, te.RuleID, te.Message); err != nil {
			return err
		}
	}
	_, err := io.WriteString(t.w, summaryLine(sum, t.run.Lang)+"\n"+t.links.text(t.run))
	return err
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
