package reporters

import (
	"fmt"
	"html"

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
