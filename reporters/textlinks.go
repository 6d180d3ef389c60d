package reporters

import (
	"sort"
	"strings"
)

// ruleLinks gathers the rules that have findings, for the closing lines of the
// text output that point at their pages (as ShellCheck's "For more
// information" does).
type ruleLinks struct {
	fired map[string]bool
}

// add notes that rule id has a finding.
func (l *ruleLinks) add(id string) {
	if l.fired == nil {
		l.fired = map[string]bool{}
	}
	l.fired[id] = true
}

// text returns the closing lines: a heading, then "  rule-id  URL" for each
// rule that fired and has a page, in id order; "" when there is none.
func (l *ruleLinks) text(run Run) string {
	type link struct{ id, uri string }
	var links []link
	width := 0
	for _, r := range run.Rules {
		if l.fired[r.ID] && r.HelpURI != "" {
			links = append(links, link{r.ID, r.HelpURI})
			width = max(width, len(r.ID))
		}
	}
	if len(links) == 0 {
		return ""
	}
	sort.Slice(links, func(i, j int) bool { return links[i].id < links[j].id })
	var b strings.Builder
	b.WriteString(inLang(run.Lang, "规则说明：\n", "Rule documentation:\n"))
	for _, k := range links {
		b.WriteString("  " + k.id + strings.Repeat(" ", width-len(k.id)+2) + k.uri + "\n")
	}
	return b.String()
}
