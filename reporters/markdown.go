package reporters

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
)

// markdownMaxFindings is how many findings the Markdown report lists, so that
// it fits a pull request comment (65,536 characters) and a job summary.
const markdownMaxFindings = 50

// Markdown writes a report for a pull request comment or a CI job summary: a
// heading, the summary line, a table of counts by rule (linked to the rule's
// documentation), the first findings with their places, the files that could
// not be read, and the other tool errors of the run. Findings accepted by a baseline are only counted in the
// summary. It keeps the counts and the findings it lists until End.
type Markdown struct {
	w      io.Writer
	run    Run
	paths  paths
	byRule map[string]*mdRuleCount
	listed []mdFinding
	more   int // findings that count but are not listed
	failed []mdFinding
}

type mdRuleCount struct {
	id    string
	sev   rules.Severity
	count int
}

type mdFinding struct {
	place, rule, msg string
	sev              rules.Severity
}

// Begin starts the report.
func (m *Markdown) Begin(w io.Writer, run Run) error {
	m.w, m.run, m.paths = w, run, newPaths(run.WorkDir)
	m.byRule, m.listed, m.more, m.failed = map[string]*mdRuleCount{}, nil, 0, nil
	return nil
}

// File counts the file's findings and keeps the first ones.
func (m *Markdown) File(res *engine.FileResult) error {
	path := m.paths.display(res.Path)
	if res.Err != nil {
		span, msg := fileError(res.Err, m.run.Lang)
		m.failed = append(m.failed, mdFinding{place: string(appendPlace(nil, path, span)), msg: msg, sev: rules.Error})
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Suppressed != nil {
			continue
		}
		rc := m.byRule[f.RuleID]
		if rc == nil {
			rc = &mdRuleCount{id: f.RuleID, sev: f.Severity}
			m.byRule[f.RuleID] = rc
		}
		rc.count++
		if f.Severity.Rank() > rc.sev.Rank() {
			rc.sev = f.Severity
		}
		if len(m.listed) == markdownMaxFindings {
			m.more++
			continue
		}
		m.listed = append(m.listed, mdFinding{place: string(appendPlace(nil, path, f.Span)), rule: f.RuleID, msg: f.Message, sev: f.Severity})
	}
	return nil
}

// End writes the report.
func (m *Markdown) End(sum Summary) error {
	lang := m.run.Lang
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n%s\n", toolName(m.run), summaryLine(sum, lang))
	if len(m.byRule) > 0 {
		fmt.Fprintf(&b, "\n%s\n\n", inLang(lang, "### 按规则", "### By rule"))
		fmt.Fprintf(&b, "| %s | %s | %s |\n|---|---|---:|\n", inLang(lang, "规则", "Rule"), inLang(lang, "严重程度", "Severity"), inLang(lang, "数量", "Count"))
		for _, rc := range m.ruleCounts() {
			fmt.Fprintf(&b, "| %s | %s | %d |\n", m.ruleCell(rc.id), severityWord(rc.sev, lang), rc.count)
		}
	}
	if len(m.listed) > 0 {
		title := inLang(lang, "### 问题", "### Findings")
		if m.more > 0 {
			title = inLang(lang, fmt.Sprintf("### 前 %d 个问题", len(m.listed)), fmt.Sprintf("### First %d findings", len(m.listed)))
		}
		fmt.Fprintf(&b, "\n%s\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n", title, inLang(lang, "位置", "Place"),
			inLang(lang, "严重程度", "Severity"), inLang(lang, "规则", "Rule"), inLang(lang, "说明", "Message"))
		for _, f := range m.listed {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", codeCell(f.place), severityWord(f.sev, lang), codeCell(f.rule), markdownCell(f.msg))
		}
		if m.more > 0 {
			fmt.Fprintf(&b, "\n%s\n", inLang(lang, fmt.Sprintf("另有 %d 个问题未列出。", m.more), fmt.Sprintf("%d more %s not listed.", m.more, plural(m.more, "finding", "findings"))))
		}
	}
	if len(m.failed) > 0 {
		fmt.Fprintf(&b, "\n%s\n\n", inLang(lang, "### 无法读取的文件", "### Files that could not be read"))
		for _, f := range m.failed {
			fmt.Fprintf(&b, "- %s: %s\n", codeCell(f.place), markdownCell(f.msg))
		}
	}
	if len(sum.ToolErrors) > 0 {
		fmt.Fprintf(&b, "\n%s\n\n", inLang(lang, "### 运行错误", "### Tool errors"))
		for _, te := range sum.ToolErrors {
			place := string(appendPlace(nil, toolErrorPath(te, m.run, m.paths), te.Span))
			fmt.Fprintf(&b, "- %s: %s\n", codeCell(place), markdownCell(te.Message))
		}
	}
	_, err := io.WriteString(m.w, b.String())
	return err
}

// ruleCounts returns the counts by rule, most severe first, then most
// frequent, then by id.
func (m *Markdown) ruleCounts() []*mdRuleCount {
	out := make([]*mdRuleCount, 0, len(m.byRule))
	for _, rc := range m.byRule {
		out = append(out, rc)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.sev.Rank() != b.sev.Rank() {
			return a.sev.Rank() > b.sev.Rank()
		}
		if a.count != b.count {
			return a.count > b.count
		}
		return a.id < b.id
	})
	return out
}

// ruleCell renders a rule as its id, linked to its documentation when it has
// any, followed by its title.
func (m *Markdown) ruleCell(id string) string {
	var r *rules.Rule
	for _, x := range m.run.Rules {
		if x.ID == id {
			r = x
			break
		}
	}
	cell := codeCell(id)
	if r == nil {
		return cell
	}
	if r.HelpURI != "" {
		cell = "[" + cell + "](" + strings.ReplaceAll(r.HelpURI, " ", "%20") + ")"
	}
	if t := r.Title.In(m.run.Lang); t != "" {
		cell += " " + markdownCell(t)
	}
	return cell
}

// lineBreaks turns the line breaks of a message into spaces, for a table cell.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// cellEscaper escapes what escapeMarkdown leaves to GitHub-flavoured
// Markdown: character references (&amp;) and strikethrough (~~).
var cellEscaper = strings.NewReplacer("&", `\&`, "~", `\~`)

// markdownCell makes s one line of literal Markdown text inside a table cell.
func markdownCell(s string) string {
	return cellEscaper.Replace(escapeMarkdown(lineBreaks.Replace(s)))
}

// codeCell renders s as inline code inside a table cell.
func codeCell(s string) string {
	s = strings.ReplaceAll(lineBreaks.Replace(s), "|", `\|`)
	if strings.Contains(s, "`") {
		return "`` " + s + " ``"
	}
	return "`" + s + "`"
}
