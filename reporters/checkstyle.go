package reporters

import (
	"io"
	"strings"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// checkstyleVersion is the version attribute of the root element, the
// Checkstyle format version that readers such as Jenkins' warnings plugin and
// reviewdog expect.
const checkstyleVersion = "4.3"

// Checkstyle writes Checkstyle XML: a file element per file linted, holding an
// error element per finding that counts, with line and column (left out for a
// workbook cell, whose place starts the message), severity (error, warning or
// info), the message and source "jxlint.RULE-ID". A file that could not be read
// has one error of source jxlint.read-error; the tool errors of the run follow,
// each in a file element of its own (the tool's name when it concerns no
// file), of source jxlint.rule-error or jxlint.tool-error. Findings accepted
// by a baseline are left out.
type Checkstyle struct {
	w     io.Writer
	run   Run
	paths paths
	buf   xmlBuf
}

// Begin writes the XML header and opens the root element.
func (c *Checkstyle) Begin(w io.Writer, run Run) error {
	c.w, c.run, c.paths = w, run, newPaths(run.WorkDir)
	c.buf.WriteString(xmlHeader)
	c.buf.WriteString("<checkstyle")
	c.buf.attr("version", checkstyleVersion)
	c.buf.WriteString(">\n")
	return c.buf.flushTo(w)
}

// File writes the file element.
func (c *Checkstyle) File(res *engine.FileResult) error {
	c.buf.WriteString("  <file")
	c.buf.attr("name", c.paths.display(res.Path))
	n := 0
	open := func() {
		if n == 0 {
			c.buf.WriteString(">\n")
		}
		n++
	}
	if res.Err != nil {
		span, msg := fileError(res.Err, c.run.Lang)
		open()
		c.error(span, rules.Error, msg, "jxlint.read-error")
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		open()
		c.error(f.Span, f.Severity, f.Message, "jxlint."+f.RuleID)
	}
	if n == 0 {
		c.buf.WriteString("/>\n")
	} else {
		c.buf.WriteString("  </file>\n")
	}
	return c.buf.flushTo(c.w)
}

// End writes a file element per tool error and closes the root element.
func (c *Checkstyle) End(sum Summary) error {
	for _, te := range sum.ToolErrors {
		c.buf.WriteString("  <file")
		c.buf.attr("name", toolErrorPath(te, c.run, c.paths))
		c.buf.WriteString(">\n")
		c.error(te.Span, rules.Error, te.Message, strings.ReplaceAll(toolErrorName(te), "/", "."))
		c.buf.WriteString("  </file>\n")
	}
	c.buf.WriteString("</checkstyle>\n")
	return c.buf.flushTo(c.w)
}

// error writes one error element.
func (c *Checkstyle) error(span table.Span, sev rules.Severity, msg, source string) {
	c.buf.WriteString("    <error")
	if span.Line > 0 {
		c.buf.intAttr("line", int(span.Line))
		if span.Column > 0 {
			c.buf.intAttr("column", int(span.Column))
		}
	}
	c.buf.attr("severity", checkstyleSeverity(sev))
	if place := cellPlace(span); place != "" {
		msg = place + ": " + msg
	}
	c.buf.attr("message", msg)
	c.buf.attr("source", source)
	c.buf.WriteString("/>\n")
}

// checkstyleSeverity maps a severity to a Checkstyle severity.
func checkstyleSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "info"
}
