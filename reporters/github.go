package reporters

import (
	"io"
	"strconv"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// GitHub writes GitHub Actions workflow commands, one per finding:
// "::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message"
// (warning → ::warning, info → ::notice), then the summary as a plain log line.
// A workbook cell has no line: its sheet and cell start the message.
// Findings accepted by a baseline are only counted in the summary.
type GitHub struct {
	w     io.Writer
	run   Run
	paths paths
	buf   []byte // commands not yet written; written out when full and after each file

	lastPath, lastDisplay string // the display form of the last path seen
}

// Begin starts the output.
func (g *GitHub) Begin(w io.Writer, run Run) error {
	g.w, g.run, g.buf = w, run, g.buf[:0]
	g.paths = newPaths(run.WorkDir)
	g.lastPath, g.lastDisplay = "", g.paths.display("")
	return nil
}

// File writes an annotation per finding, or one for the error that stopped the file.
func (g *GitHub) File(res *engine.FileResult) error {
	if res.Err != nil {
		span, msg := fileError(res.Err, g.run.Lang)
		g.annotate(res.Path, span, rules.Error, g.run.ToolName, msg)
		return g.flush()
	}
	return g.Findings(res.Findings)
}

// Findings writes findings of the file whose result comes next.
func (g *GitHub) Findings(fs []engine.Finding) error {
	for i := range fs {
		f := &fs[i]
		if f.Suppressed != nil {
			continue
		}
		g.annotate(f.Path, f.Span, f.Severity, f.RuleID, f.Message)
		if len(g.buf) >= flushAt {
			if err := g.flush(); err != nil {
				return err
			}
		}
	}
	return g.flush()
}

// flush writes the buffered commands.
func (g *GitHub) flush() error {
	if len(g.buf) == 0 {
		return nil
	}
	_, err := g.w.Write(g.buf)
	g.buf = g.buf[:0]
	return err
}

// display returns the path an annotation names, kept for the last path.
func (g *GitHub) display(path string) string {
	if path != g.lastPath {
		g.lastPath, g.lastDisplay = path, g.paths.display(path)
	}
	return g.lastDisplay
}

// annotate buffers one workflow command.
func (g *GitHub) annotate(path string, s table.Span, sev rules.Severity, title, msg string) {
	b := append(g.buf, "::"...)
	switch sev {
	case rules.Error:
		b = append(b, "error"...)
	case rules.Warning:
		b = append(b, "warning"...)
	default:
		b = append(b, "notice"...)
	}
	sep := " "
	if path != "" {
		b = append(b, " file="...)
		b = appendEscaped(b, g.display(path), true)
		sep = ","
	}
	if s.Line > 0 && path != "" {
		b = appendProp(b, "line", int(s.Line))
		b = appendProp(b, "col", int(s.Column))
		endLine := s.EndLine
		if endLine == 0 && s.EndColumn > 0 {
			endLine = s.Line
		}
		b = appendProp(b, "endLine", int(endLine))
		if s.Column > 0 {
			b = appendProp(b, "endColumn", int(s.EndColumn))
		}
	}
	if title != "" {
		b = append(b, sep+"title="...)
		b = appendEscaped(b, title, true)
	}
	b = append(b, "::"...)
	if s.Cell() != "" {
		b = appendEscaped(b, cellPlace(s), false)
		b = append(b, ": "...)
	}
	b = appendEscaped(b, msg, false)
	g.buf = append(b, '\n')
}

// End writes an annotation per tool error, then the summary as a plain log line.
func (g *GitHub) End(sum Summary) error {
	for _, te := range sum.ToolErrors {
		title := te.RuleID
		if title == "" {
			title = toolPath("", g.run)
		}
		g.annotate(te.Path, te.Span, rules.Error, title, te.Message)
	}
	g.buf = append(append(g.buf, summaryLine(sum, g.run.Lang)...), '\n')
	return g.flush()
}

// appendProp appends ",name=n" when n is known.
func appendProp(b []byte, name string, n int) []byte {
	if n <= 0 {
		return b
	}
	b = append(b, ',')
	b = append(b, name...)
	b = append(b, '=')
	return strconv.AppendInt(b, int64(n), 10)
}

// appendEscaped appends s escaped as a workflow command's message (data) or,
// when property is true, as a property value: data escapes %, CR and LF;
// property values escape ':' and ',' as well.
func appendEscaped(b []byte, s string, property bool) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '%':
			esc = "%25"
		case '\r':
			esc = "%0D"
		case '\n':
			esc = "%0A"
		case ':':
			esc = "%3A"
		case ',':
			esc = "%2C"
		}
		if esc == "" || !property && (s[i] == ':' || s[i] == ',') {
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	return append(b, s[start:]...)
}
