package reporters

import (
	"fmt"
	"slices"
)

// writeFindingList lists every finding; each links to its mark.
func (h *HTML) writeFindingList() {
	b := &h.b
	fmt.Fprintf(b, "<section class=\"p-list\"><h3>%s</h3>", esc(h.tx.Findings))
	if len(h.items) == 0 {
		fmt.Fprintf(b, "<p class=\"none\">%s</p></section>\n", esc(h.tx.NoFindings))
		return
	}
	b.WriteString("<ol class=\"findings\">\n")
	last := -1
	for i := range h.items {
		it := &h.items[i]
		f := &it.f
		if len(h.files) > 1 && it.file != last {
			fmt.Fprintf(b, "<li class=\"fhead\">%s</li>\n", esc(h.files[it.file].path))
		}
		last = it.file
		class := "fi s-" + string(f.Severity)
		if f.Suppressed != nil {
			class += " acc"
		}
		where := it.place
		if f.Project != "" {
			where += " · " + f.Project
		} else if f.Unit != "" {
			where += " · " + f.Unit
		}
		fmt.Fprintf(b, "<li class=\"%s\" data-n=\"%d\" data-rule=\"%s\" data-sev=\"%s\"><a href=\"#m%d\"><span class=\"num\">%d</span>"+
			"<span class=\"msg\">%s</span><span class=\"where\">%s</span></a><a class=\"rl\" href=\"#rule-%s\">%s</a></li>\n",
			class, it.n, esc(f.RuleID), f.Severity, it.n, it.n, esc(f.Message), esc(where), esc(f.RuleID), esc(h.ruleTitle(f.RuleID)))
	}
	b.WriteString("</ol></section>\n")
}

// writeExplanations writes what `jxlint rules explain` says of each rule found.
func (h *HTML) writeExplanations() {
	counts := h.ruleCounts()
	if len(counts) == 0 {
		return
	}
	ids := make([]string, len(counts))
	for i, c := range counts {
		ids[i] = c.id
	}
	slices.Sort(ids)
	b := &h.b
	fmt.Fprintf(b, "<section class=\"p-explain\"><h3>%s</h3>\n", esc(h.tx.Explain))
	for _, id := range ids {
		fmt.Fprintf(b, "<details id=\"rule-%s\"><summary><code>%s</code> %s</summary>", esc(id), esc(id), esc(h.ruleTitle(id)))
		if r := h.rules[id]; r != nil {
			fmt.Fprintf(b, "<pre>%s</pre>", esc(r.Explain(true, h.run.Lang)))
		}
		b.WriteString("</details>\n")
	}
	b.WriteString("</section>\n")
}
