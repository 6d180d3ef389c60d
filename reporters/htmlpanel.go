package reporters

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// writeHeader writes the page header: the title and the counts of the run.
func (h *HTML) writeHeader(sum Summary) {
	b := &h.b
	fmt.Fprintf(b, "<header class=\"top\">\n<div class=\"brand\"><h1>%s</h1><p class=\"sub\">%s · %s</p></div>\n<div class=\"totals\">",
		esc(h.tx.Title), esc(summaryLine(sum, h.run.Lang)), esc(fmt.Sprintf(h.tx.Generated, h.run.ToolName, h.run.Version)))
	counts := [3]int{sum.Errors, sum.Warnings, sum.Infos}
	for i, s := range severities {
		fmt.Fprintf(b, "<span class=\"tot s-%s\"><b>%d</b>%s</span>", s, counts[i], esc(severityWord(s, h.run.Lang)))
	}
	if sum.Suppressed > 0 {
		fmt.Fprintf(b, "<span class=\"tot acc\"><b>%d</b>%s</span>", sum.Suppressed, esc(h.tx.Accepted))
	}
	b.WriteString("</div>\n")
	if len(sum.ToolErrors) > 0 {
		fmt.Fprintf(b, "<div class=\"toolerrors\" role=\"alert\"><h3>%s</h3><ul>", esc(h.tx.ToolErrors))
		for _, te := range sum.ToolErrors {
			at := string(appendPlace(nil, toolPath(te.Path, h.run), te.Span))
			if te.RuleID != "" {
				at += " " + te.RuleID
			}
			fmt.Fprintf(b, "<li><code>%s</code> %s</li>", esc(at), esc(te.Message))
		}
		b.WriteString("</ul></div>\n")
	}
	b.WriteString("</header>\n")
}

// writePanel writes the side panel: filters by severity, counts by rule and
// by unit, the files, the list of findings and the rules' explanations.
func (h *HTML) writePanel() {
	b := &h.b
	b.WriteString("<aside class=\"panel\">\n")
	var sev [3]int
	accepted := 0
	for _, f := range h.files {
		for i := range sev {
			sev[i] += f.counts[i]
		}
		accepted += f.accepted
	}
	fmt.Fprintf(b, "<section class=\"p-sev\"><h3>%s</h3><div class=\"chips\">", esc(h.tx.Severity))
	for i, s := range severities {
		fmt.Fprintf(b, "<label class=\"chip s-%s\"><input type=\"checkbox\" checked data-filter=\"sev\" value=\"%s\"><span>%s</span><b>%d</b></label>",
			s, s, esc(severityWord(s, h.run.Lang)), sev[i])
	}
	if accepted > 0 {
		fmt.Fprintf(b, "<label class=\"chip acc\"><input type=\"checkbox\" checked data-filter=\"acc\" value=\"acc\"><span>%s</span><b>%d</b></label>",
			esc(h.tx.Accepted), accepted)
	}
	b.WriteString("</div></section>\n")
	h.writeRuleCounts()
	h.writeUnitCounts()
	h.writeFileList()
	h.writeFindingList()
	h.writeExplanations()
	b.WriteString("</aside>\n")
}

// ruleCount is how often a rule was found.
type ruleCount struct {
	id  string
	sev string
	n   int
}

// ruleCounts counts the findings by rule, most first.
func (h *HTML) ruleCounts() []ruleCount {
	at := map[string]int{}
	var out []ruleCount
	for i := range h.items {
		f := &h.items[i].f
		k, ok := at[f.RuleID]
		if !ok {
			k = len(out)
			at[f.RuleID] = k
			out = append(out, ruleCount{id: f.RuleID, sev: string(f.Severity)})
		}
		out[k].n++
	}
	slices.SortStableFunc(out, func(a, b ruleCount) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.id, b.id))
	})
	return out
}

// writeRuleCounts writes a bar per rule, with a filter and a link to its explanation.
func (h *HTML) writeRuleCounts() {
	counts := h.ruleCounts()
	if len(counts) == 0 {
		return
	}
	b := &h.b
	fmt.Fprintf(b, "<section class=\"p-rule\"><h3>%s</h3><table class=\"rules\">\n", esc(h.tx.ByRule))
	most := counts[0].n
	for _, c := range counts {
		w := max(2, 100*c.n/most)
		fmt.Fprintf(b, "<tr class=\"s-%s\"><td><input type=\"checkbox\" checked data-filter=\"rule\" value=\"%s\" aria-label=\"%s\"></td>"+
			"<td class=\"rt\"><a href=\"#rule-%s\" title=\"%s\">%s</a></td>"+
			"<td class=\"bar\"><svg width=\"64\" height=\"10\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"100\" height=\"10\" rx=\"2\" class=\"track\"/><rect width=\"%d\" height=\"10\" rx=\"2\"/></svg></td>"+
			"<td class=\"n\">%d</td></tr>\n",
			c.sev, esc(c.id), esc(c.id), esc(c.id), esc(c.id), esc(h.ruleTitle(c.id)), w, c.n)
	}
	b.WriteString("</table></section>\n")
}

// writeUnitCounts writes the counts of findings by unit and severity.
func (h *HTML) writeUnitCounts() {
	type unitCount struct {
		name string
		n    [3]int
	}
	at := map[string]int{}
	var units []unitCount
	for i := range h.items {
		f := &h.items[i].f
		if f.Suppressed != nil {
			continue
		}
		name := f.Unit
		if name == "" {
			name = h.tx.Document
		}
		k, ok := at[name]
		if !ok {
			k = len(units)
			at[name] = k
			units = append(units, unitCount{name: name})
		}
		units[k].n[severityRank(f.Severity)]++
	}
	if len(units) == 0 {
		return
	}
	b := &h.b
	fmt.Fprintf(b, "<section class=\"p-unit\"><h3>%s</h3><table class=\"units\"><thead><tr><th></th>", esc(h.tx.ByUnit))
	for _, s := range severities {
		fmt.Fprintf(b, "<th class=\"s-%s\">%s</th>", s, esc(severityWord(s, h.run.Lang)))
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, u := range units {
		fmt.Fprintf(b, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%d</td></tr>\n", esc(u.name), u.n[0], u.n[1], u.n[2])
	}
	b.WriteString("</tbody></table></section>\n")
}

// writeFileList lists the files with their counts.
func (h *HTML) writeFileList() {
	b := &h.b
	fmt.Fprintf(b, "<section class=\"p-files\"><h3>%s</h3><ol class=\"files\">\n", esc(h.tx.Files))
	for i := range h.files {
		f := &h.files[i]
		class := ""
		if f.err != "" {
			class = " class=\"failed\""
		}
		fmt.Fprintf(b, "<li%s><a href=\"#file-%d\">%s</a>%s</li>\n", class, i, esc(f.path), h.countBadges(f))
	}
	b.WriteString("</ol></section>\n")
}

// countBadges writes a file's counts as small badges, or that it could not be read.
func (h *HTML) countBadges(f *htmlFile) string {
	if f.err != "" {
		return " <span class=\"cb failed\">" + esc(h.tx.Unreadable) + "</span>"
	}
	var s strings.Builder
	for i, sev := range severities {
		if f.counts[i] > 0 {
			fmt.Fprintf(&s, " <span class=\"cb s-%s\" title=\"%s\">%d</span>", sev, esc(severityWord(sev, h.run.Lang)), f.counts[i])
		}
	}
	if f.accepted > 0 {
		fmt.Fprintf(&s, " <span class=\"cb acc\" title=\"%s\">%d</span>", esc(h.tx.AcceptedNote), f.accepted)
	}
	return s.String()
}
