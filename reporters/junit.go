package reporters

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jxlint/jxlint/engine"
)

// JUnit writes a JUnit XML report, as Jenkins and GitLab read test results: a
// test suite per file (named by its path) with a test case per active rule
// (classname the path, name the rule id). A rule with findings that count
// fails its case: the failure's message is the first finding's message, its
// type the highest severity, and its text one line per finding. A file that
// could not be read has a single case, jxlint/read-error, with an error. The
// tool errors of the run (a rule that failed while running, a run that read no
// table) are errors in a last suite named after the tool. Findings accepted by
// a baseline do not fail a case.
type JUnit struct {
	w     io.Writer
	run   Run
	paths paths
	buf   xmlBuf
}

// Begin writes the XML header and opens the test suites.
func (j *JUnit) Begin(w io.Writer, run Run) error {
	j.w, j.run, j.paths = w, run, newPaths(run.WorkDir)
	j.buf.WriteString(xmlHeader)
	j.buf.WriteString("<testsuites")
	j.buf.attr("name", toolName(run))
	j.buf.WriteString(">\n")
	return j.buf.flushTo(w)
}

// File writes the file's test suite.
func (j *JUnit) File(res *engine.FileResult) error {
	path := j.paths.display(res.Path)
	if res.Err != nil {
		span, msg := fileError(res.Err, j.run.Lang)
		j.suite(path, 1, 0, 1)
		j.testcase(path, readErrorCheck)
		j.buf.WriteString(">\n      <error")
		j.buf.attr("message", msg)
		j.buf.attr("type", "read-error")
		j.buf.WriteString(">")
		j.buf.text(string(appendPlace(nil, path, span)) + ": " + msg)
		j.buf.WriteString("</error>\n    </testcase>\n  </testsuite>\n")
		return j.buf.flushTo(j.w)
	}
	byRule := map[string][]*engine.Finding{}
	for i := range res.Findings {
		if f := &res.Findings[i]; f.Suppressed == nil {
			byRule[f.RuleID] = append(byRule[f.RuleID], f)
		}
	}
	ids := make([]string, 0, len(j.run.Rules)+len(byRule))
	for _, r := range j.run.Rules {
		ids = append(ids, r.ID)
	}
	for id := range byRule {
		if j.ruleIndex(id) < 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	j.suite(path, len(ids), len(byRule), 0)
	for _, id := range ids {
		j.testcase(path, id)
		fs := byRule[id]
		if len(fs) == 0 {
			j.buf.WriteString("/>\n")
			continue
		}
		j.failure(path, fs)
	}
	j.buf.WriteString("  </testsuite>\n")
	return j.buf.flushTo(j.w)
}

// End writes the tool errors as a test suite of their own, named after the
// tool, and closes the test suites.
func (j *JUnit) End(sum Summary) error {
	if n := len(sum.ToolErrors); n > 0 {
		j.suite(toolName(j.run), n, 0, n)
		for _, te := range sum.ToolErrors {
			path, name := toolErrorPath(te, j.run, j.paths), toolErrorName(te)
			if te.RuleID != "" {
				name += ": " + te.RuleID
			}
			j.testcase(path, name)
			j.buf.WriteString(">\n      <error")
			j.buf.attr("message", te.Message)
			j.buf.attr("type", strings.TrimPrefix(toolErrorName(te), "jxlint/"))
			j.buf.WriteString(">")
			j.buf.text(string(appendPlace(nil, path, te.Span)) + ": " + te.Message)
			j.buf.WriteString("</error>\n    </testcase>\n")
		}
		j.buf.WriteString("  </testsuite>\n")
	}
	j.buf.WriteString("</testsuites>\n")
	return j.buf.flushTo(j.w)
}

// suite opens a test suite.
func (j *JUnit) suite(path string, tests, failures, errors int) {
	j.buf.WriteString("  <testsuite")
	j.buf.attr("name", path)
	j.buf.intAttr("tests", tests)
	j.buf.intAttr("failures", failures)
	j.buf.intAttr("errors", errors)
	j.buf.intAttr("skipped", 0)
	j.buf.WriteString(">\n")
}

// testcase starts a test case element, leaving it open for "/>" or ">".
func (j *JUnit) testcase(path, name string) {
	j.buf.WriteString("    <testcase")
	j.buf.attr("name", name)
	j.buf.attr("classname", path)
}

// failure writes the failure of a rule's findings and closes its case.
func (j *JUnit) failure(path string, fs []*engine.Finding) {
	worst := fs[0].Severity
	for _, f := range fs {
		if f.Severity.Rank() > worst.Rank() {
			worst = f.Severity
		}
	}
	msg := fs[0].Message
	if n := len(fs) - 1; n > 0 {
		msg += inLang(j.run.Lang, fmt.Sprintf("（另有 %d 个）", n), fmt.Sprintf(" (and %d more)", n))
	}
	j.buf.WriteString(">\n      <failure")
	j.buf.attr("message", msg)
	j.buf.attr("type", string(worst))
	j.buf.WriteString(">")
	for i, f := range fs {
		if i > 0 {
			j.buf.WriteString("\n")
		}
		j.buf.text(string(appendPlace(nil, path, f.Span)) + ": " + severityWord(f.Severity, j.run.Lang) + " " + f.RuleID + ": " + f.Message)
	}
	j.buf.WriteString("</failure>\n    </testcase>\n")
}

// ruleIndex returns the index of the active rule id, or -1.
func (j *JUnit) ruleIndex(id string) int {
	for i, r := range j.run.Rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

// toolName returns the run's tool name, jxlint by default.
func toolName(run Run) string {
	if run.ToolName == "" {
		return "jxlint"
	}
	return run.ToolName
}

// inLang picks the Chinese or the English text.
func inLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}
