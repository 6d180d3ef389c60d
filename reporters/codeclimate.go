package reporters

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strconv"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// readErrorCheck names a file that could not be read, in formats that report
// it among the findings (codeclimate, junit, checkstyle).
const readErrorCheck = "jxlint/read-error"

// CodeClimate writes the GitLab Code Quality report: a JSON array of Code
// Climate issues with description, check_name (the rule id), fingerprint,
// severity (error → major, warning → minor, info → info) and location.path
// with location.lines. A workbook cell has no line: it is reported on line 1
// with the cell at the start of the description. Findings accepted by a
// baseline are left out; a file that could not be read is a critical issue of
// check jxlint/read-error, a rule that failed while running one of
// jxlint/rule-error, any other tool error one of jxlint/tool-error (under the
// tool's name when it concerns no file). Fingerprints are unique within the
// report and do not depend on line numbers.
type CodeClimate struct {
	w     io.Writer
	run   Run
	paths paths
	buf   bytes.Buffer
	enc   *json.Encoder
	n     int // issues written
}

type ccIssue struct {
	Type        string     `json:"type"`
	CheckName   string     `json:"check_name"`
	Description string     `json:"description"`
	Severity    string     `json:"severity"`
	Fingerprint string     `json:"fingerprint"`
	Location    ccLocation `json:"location"`
}

type ccLocation struct {
	Path  string  `json:"path"`
	Lines ccLines `json:"lines"`
}

type ccLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// Begin opens the array.
func (c *CodeClimate) Begin(w io.Writer, run Run) error {
	c.w, c.run, c.paths, c.n = w, run, newPaths(run.WorkDir), 0
	c.buf.Reset()
	c.enc = json.NewEncoder(&c.buf)
	c.enc.SetEscapeHTML(false)
	c.enc.SetIndent("  ", "  ")
	c.buf.WriteString("[")
	return c.flush()
}

// File writes an issue per finding that counts, or one for the read error.
func (c *CodeClimate) File(res *engine.FileResult) error {
	path := c.paths.display(res.Path)
	if res.Err != nil {
		span, msg := fileError(res.Err, c.run.Lang)
		issue := c.issue(path, span, readErrorCheck, "critical", msg)
		issue.Fingerprint = fingerprintOf(path, readErrorCheck, 0)
		if err := c.element(issue); err != nil {
			return err
		}
	}
	seen := map[string]int{}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		issue := c.issue(path, f.Span, f.RuleID, ccSeverity(f.Severity), f.Message)
		key := f.Fingerprint
		if key == "" {
			key = f.RuleID + "\x00" + f.Message
		}
		issue.Fingerprint = fingerprintOf(path, key, seen[key])
		seen[key]++
		if err := c.element(issue); err != nil {
			return err
		}
	}
	return c.flush()
}

// End writes an issue per tool error and closes the array.
func (c *CodeClimate) End(sum Summary) error {
	for i, te := range sum.ToolErrors {
		path, check := toolErrorPath(te, c.run, c.paths), toolErrorName(te)
		issue := c.issue(path, te.Span, check, "critical", te.Message)
		issue.Fingerprint = fingerprintOf(path, check+"\x00"+te.RuleID+"\x00"+te.Message, i)
		if err := c.element(issue); err != nil {
			return err
		}
	}
	if c.n > 0 {
		c.buf.WriteString("\n")
	}
	c.buf.WriteString("]\n")
	return c.flush()
}

// element appends an issue to the array, on lines of its own.
func (c *CodeClimate) element(issue ccIssue) error {
	if c.n > 0 {
		c.buf.WriteString(",")
	}
	c.n++
	c.buf.WriteString("\n  ")
	if err := c.enc.Encode(issue); err != nil {
		return err
	}
	c.buf.Truncate(c.buf.Len() - 1) // the encoder's newline
	return nil
}

// flush writes what is buffered.
func (c *CodeClimate) flush() error {
	_, err := c.w.Write(c.buf.Bytes())
	c.buf.Reset()
	return err
}

// issue builds an issue at span of path.
func (c *CodeClimate) issue(path string, span table.Span, check, severity, msg string) ccIssue {
	lines := ccLines{Begin: int(span.Line)}
	if span.EndLine > span.Line {
		lines.End = int(span.EndLine)
	}
	if lines.Begin < 1 {
		lines.Begin = 1
	}
	if place := cellPlace(span); place != "" {
		msg = place + ": " + msg
	}
	return ccIssue{Type: "issue", CheckName: check, Description: msg, Severity: severity,
		Location: ccLocation{Path: path, Lines: lines}}
}

// fingerprintOf returns a hex digest of the file, a key that does not depend on
// lines, and the key's occurrence in the file, so that equal findings in one
// file stay distinct.
func fingerprintOf(path, key string, n int) string {
	h := sha256.New()
	_, _ = io.WriteString(h, path+"\x00"+key+"\x00"+strconv.Itoa(n))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// ccSeverity maps a severity to a Code Climate severity.
func ccSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "major"
	case rules.Warning:
		return "minor"
	}
	return "info"
}

// cellPlace returns "sheet!cell" (or the cell alone) of a workbook span, with
// the range it flags inside the cell (see appendCell), or "".
func cellPlace(s table.Span) string {
	if s.Cell() == "" {
		return ""
	}
	return string(appendCell(nil, s))
}
