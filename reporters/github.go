package reporters

import (
	"io"
	"strconv"
	"strings"

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
	line  []byte
}

// Begin starts the output.
func (g *GitHub) Begin(w io.Writer, run Run) error {
	g.w, g.run = w, run
	g.paths = newPaths(run.WorkDir)
	return nil
}

// File writes an annotation per finding, or one for the error that stopped the file.
func (g *GitHub) File(res *engine.FileResult) error {
	if res.Err != nil {
		span, msg := fileError(res.Err, g.run.Lang)
		return g.annotate(res.Path, span, rules.Error, g.run.ToolName, msg)
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		if err := g.annotate(f.Path, f.Span, f.Severity, f.RuleID, f.Message); err != nil {
			return err
		}
	}
	return nil
}

// annotate writes one workflow command.
func (g *GitHub) annotate(path string, s table.Span, sev rules.Severity, title, msg string) error {
	b := append(g.line[:0], "::"...)
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
		b = appendEscaped(b, g.paths.display(path), true)
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
		place := s.Cell()
		if s.Sheet() != "" {
			place = s.Sheet() + "!" + s.Cell()
		}
		b = appendEscaped(b, place+": ", false)
	}
	b = appendEscaped(b, msg, false)
	b = append(b, '\n')
	g.line = b
	_, err := g.w.Write(b)
	return err
}

// End writes an annotation per tool error, then the summary as a plain log line.
func (g *GitHub) End(sum Summary) error {
	for _, te := range sum.ToolErrors {
		title := te.RuleID
		if title == "" {
			title = toolPath("", g.run)
		}
		if err := g.annotate(te.Path, te.Span, rules.Error, title, te.Message); err != nil {
			return err
		}
	}
	_, err := io.WriteString(g.w, summaryLine(sum, g.run.Lang)+"\n")
	return err
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

// Workflow-command escaping: data escapes %, CR and LF; property values
// escape ':' and ',' as well.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// appendEscaped appends s escaped as a property value or as the message.
func appendEscaped(b []byte, s string, property bool) []byte {
	if property {
		return append(b, propertyEscaper.Replace(s)...)
	}
	return append(b, dataEscaper.Replace(s)...)
}
