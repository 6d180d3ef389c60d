package reporters

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strconv"
	"unicode/utf16"

	"github.com/jxlint/jxlint/engine"
)

// colClass names each column in class names.
var colClass = [numCols]string{"name", "total", "fiscal", "special", "other", "goal", "pgoal",
	"num", "l1", "l2", "ind", "op", "period", "annual", "mu", "weight"}

// projectCol reports whether column c belongs to the project (spanning its indicator rows).
func projectCol(c gridCol) bool { return c <= colPeriodGoal }

// writeFile writes the section of one file: its header values and its table.
func (h *HTML) writeFile(idx int, res *engine.FileResult, n0 int) {
	b := &h.b
	hf := &h.files[idx]
	fmt.Fprintf(b, "<section class=\"file\" id=\"file-%d\">\n<h2><span class=\"path\">%s</span>%s</h2>\n", idx, esc(res.Path), h.countBadges(hf))
	switch {
	case res.Err != nil:
		fmt.Fprintf(b, "<p class=\"unreadable\">%s</p>\n</section>\n", esc(hf.err))
		return
	case res.Doc == nil:
		fmt.Fprintf(b, "<p class=\"notable\">%s</p>\n</section>\n", esc(h.tx.NoTable))
		return
	}
	g := newGrid(res.Doc)
	g.place(g.index(), res.Findings, n0)
	b.WriteString("<div class=\"docmeta\">")
	h.writeMeta(g.meta[metaTitle], "", "doctitle")
	h.writeMeta(g.meta[metaDepartment], h.tx.Department, "")
	h.writeMeta(g.meta[metaMoneyUnit], h.tx.MoneyUnit, "")
	b.WriteString("</div>\n<div class=\"tablewrap\"><table class=\"grid\">\n<thead><tr>")
	cols := g.columns()
	for _, c := range cols {
		fmt.Fprintf(b, "<th class=\"c-%s\">%s</th>", colClass[c], esc(h.tx.Cols[c]))
	}
	b.WriteString("</tr></thead>\n")
	open := false
	for _, r := range g.rows {
		if r.kind != rowProject || r.lead {
			if open {
				b.WriteString("</tbody>\n")
			}
			h.openBody(r)
			open = true
		}
		h.writeRow(r, cols)
	}
	if open {
		b.WriteString("</tbody>\n")
	}
	b.WriteString("</table></div>\n</section>\n")
}

// writeMeta writes a header value of the document with its marks.
func (h *HTML) writeMeta(c *gridCell, label, class string) {
	if c.text == "" && len(c.marks) == 0 {
		return
	}
	h.b.WriteString("<span class=\"meta " + class + "\">")
	if label != "" {
		h.b.WriteString("<span class=\"label\">" + esc(label) + "</span>")
	}
	fmt.Fprintf(&h.b, "<span class=\"cell\" data-field=\"%s\">", esc(c.field))
	h.writeContent(c)
	h.b.WriteString("</span></span>")
}

// openBody starts the group of rows of a 合计 row, a unit row or a project.
func (h *HTML) openBody(r *gridRow) {
	class := [...]string{rowTotal: "r-total", rowUnit: "r-unit", rowProject: "r-proj"}[r.kind]
	if sev := rowMarkSeverity(r, true); sev >= 0 {
		class += " marked s-" + string(severities[sev])
	}
	fmt.Fprintf(&h.b, "<tbody class=\"%s\"", class)
	if r.unit != nil {
		fmt.Fprintf(&h.b, " data-unit=\"%s\"", esc(r.unit.Name))
	}
	if r.project != nil {
		fmt.Fprintf(&h.b, " data-project=\"%s\"", esc(r.project.Name))
	}
	h.b.WriteString(">\n")
}

// rowMarkSeverity returns the rank of the worst finding marking the row, or
// -1: the whole group (project, unit, 合计) when group is set, else the
// indicator row alone.
func rowMarkSeverity(r *gridRow, group bool) int {
	worst := -1
	for c, cell := range r.cells {
		if cell == nil || (gridCol(c) == colName) != group {
			continue
		}
		for _, m := range cell.marks {
			if m.row && m.f.Suppressed == nil && (worst < 0 || severityRank(m.f.Severity) < worst) {
				worst = severityRank(m.f.Severity)
			}
		}
	}
	return worst
}

// writeRow writes one table row; a project's cells only on its lead row.
func (h *HTML) writeRow(r *gridRow, cols []gridCol) {
	b := &h.b
	b.WriteString("<tr")
	if r.ind != nil {
		fmt.Fprintf(b, " data-ind=\"%s\"", esc(r.ind.Number))
	}
	if sev := rowMarkSeverity(r, false); sev >= 0 {
		fmt.Fprintf(b, " class=\"marked s-%s\"", severities[sev])
	}
	b.WriteString(">")
	for _, c := range cols {
		if r.kind == rowProject && projectCol(c) && !r.lead {
			continue
		}
		cell := r.cells[c]
		fmt.Fprintf(b, "<td class=\"c-%s\"", colClass[c])
		if r.kind == rowProject && projectCol(c) && r.span > 1 {
			fmt.Fprintf(b, " rowspan=\"%d\"", r.span)
		}
		if cell == nil {
			b.WriteString("></td>")
			continue
		}
		fmt.Fprintf(b, " data-field=\"%s\">", esc(cell.field))
		h.writeContent(cell)
		b.WriteString("</td>")
	}
	b.WriteString("</tr>\n")
}

// writeContent writes a cell's text with its marks: the flagged characters
// wrapped in a mark, findings on the whole cell (or row, or overlapping
// another) as numbered badges before the text, and the messages of findings
// on amounts beside the number.
func (h *HTML) writeContent(c *gridCell) {
	var ranged, badges []*gridMark
	for _, m := range c.marks {
		if m.start >= 0 && m.end > m.start {
			ranged = append(ranged, m)
		} else {
			badges = append(badges, m)
		}
	}
	// Marks nest when one range holds another; one that crosses a kept one
	// becomes a badge.
	slices.SortStableFunc(ranged, func(a, b *gridMark) int { return cmp.Or(a.start-b.start, b.end-a.end) })
	kept := ranged[:0]
	var stack []*gridMark
	for _, m := range ranged {
		for len(stack) > 0 && stack[len(stack)-1].end <= m.start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && m.end > stack[len(stack)-1].end {
			badges = append(badges, m)
			continue
		}
		kept = append(kept, m)
		stack = append(stack, m)
	}
	slices.SortStableFunc(badges, func(a, b *gridMark) int { return a.n - b.n })
	for _, m := range badges {
		h.openMark(m, "span", "badge")
		h.b.WriteString(strconv.Itoa(m.n))
		h.closeMark(m, "span")
	}
	h.writeMarked(c.text, kept)
	if c.col >= colTotal && c.col <= colOther && c.row >= 0 {
		for _, m := range c.marks {
			if !m.row {
				fmt.Fprintf(&h.b, "<span class=\"note s-%s\">%s</span>", m.f.Severity, esc(m.f.Message))
			}
		}
	}
}

// writeMarked writes text with the marks wrapped around their UTF-16 ranges;
// marks come sorted by start, longest first, and nest.
func (h *HTML) writeMarked(text string, marks []*gridMark) {
	u, from := 0, 0
	var open []*gridMark
	closeTo := func(u int) {
		for len(open) > 0 && open[len(open)-1].end <= u {
			m := open[len(open)-1]
			h.b.WriteString("<sup>" + strconv.Itoa(m.n) + "</sup>")
			h.closeMark(m, "mark")
			open = open[:len(open)-1]
		}
	}
	for i, r := range text {
		if len(open) > 0 || len(marks) > 0 && marks[0].start == u {
			h.b.WriteString(html.EscapeString(text[from:i]))
			from = i
		}
		closeTo(u)
		for len(marks) > 0 && marks[0].start == u {
			h.openMark(marks[0], "mark", "")
			open, marks = append(open, marks[0]), marks[1:]
		}
		u += utf16.RuneLen(r)
	}
	h.b.WriteString(html.EscapeString(text[from:]))
	closeTo(1 << 30)
}

// openMark starts the element of a mark.
func (h *HTML) openMark(m *gridMark, tag, class string) {
	f := m.f
	cls := "mk s-" + string(f.Severity)
	if class != "" {
		cls += " " + class
	}
	if m.row {
		cls += " row"
	}
	if f.Suppressed != nil {
		cls += " acc"
	}
	fmt.Fprintf(&h.b, "<%s class=\"%s\" id=\"m%d\" data-n=\"%d\" data-rule=\"%s\" data-sev=\"%s\" tabindex=\"0\">",
		tag, cls, m.n, m.n, esc(f.RuleID), f.Severity)
}

// closeMark writes the mark's tooltip and ends its element.
func (h *HTML) closeMark(m *gridMark, tag string) {
	f := m.f
	b := &h.b
	fmt.Fprintf(b, "<span class=\"tip\" role=\"tooltip\"><span class=\"tip-h\"><b class=\"sev s-%s\">%s</b> %s <code>%s</code></span>",
		f.Severity, esc(severityWord(f.Severity, h.run.Lang)), esc(h.ruleTitle(f.RuleID)), esc(f.RuleID))
	fmt.Fprintf(b, "<span class=\"tip-m\">%s</span>", esc(f.Message))
	if fix := h.fixHTML(f); fix != "" {
		fmt.Fprintf(b, "<span class=\"tip-fix\">%s：%s</span>", esc(h.tx.Fix), fix)
	}
	if f.Suppressed != nil {
		fmt.Fprintf(b, "<span class=\"tip-acc\">%s</span>", esc(h.tx.AcceptedNote))
	}
	fmt.Fprintf(b, "</span></%s>", tag)
}

// fixHTML shows a finding's fix as 正产 → 正常, or its description.
func (h *HTML) fixHTML(f *engine.Finding) string {
	switch {
	case f.Fix == nil:
		return ""
	case f.Text != "":
		return "<del>" + esc(f.Text) + "</del> → <ins>" + esc(f.Fix.Replacement) + "</ins>"
	}
	return esc(f.Fix.Description)
}

// ruleTitle is the rule's title in the run's language, or its id.
func (h *HTML) ruleTitle(id string) string {
	if r := h.rules[id]; r != nil {
		if t := r.Title.In(h.run.Lang); t != "" {
			return t
		}
	}
	return id
}

// esc escapes text for HTML content and attribute values.
func esc(s string) string { return html.EscapeString(s) }
