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

// writeContent writes a cell's text with its marks: the flagged characters
// wrapped in a mark, findings on the whole cell (or row, or overlapping
// another) as numbered badges before the text, and the messages of findings
// on amounts beside the number.
func (h *HTML) writeContent(c *gridCell) {
	var ranged, badges []*gridMark
	for _, m := range c.marks {
		if m.start >= 0 && m.end > m.start && onBoundaries(c.text, m.start, m.end) {
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
	if at := placeText(f.Span); at != "" {
		fmt.Fprintf(b, "<span class=\"tip-at\">%s</span>", esc(at))
	}
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

// onBoundaries reports whether UTF-16 offsets start and end fall between
// characters of text, where a mark can open and close.
func onBoundaries(text string, start, end int) bool {
	u, okStart := 0, false
	for _, r := range text {
		if u == start {
			okStart = true
		}
		if u == end {
			return okStart
		}
		u += utf16.RuneLen(r)
	}
	return okStart && u == end
}
