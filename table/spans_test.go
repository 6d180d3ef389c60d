package table

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// textAt returns the source text at a single-line span; lines are split on \n.
func textAt(t *testing.T, lines []string, s Span) string {
	t.Helper()
	if s.Line != s.EndLine || s.Line < 1 || int(s.Line) > len(lines) {
		t.Fatalf("span %+v is not on one line of %d", s, len(lines))
	}
	u := utf16.Encode([]rune(strings.TrimSuffix(lines[s.Line-1], "\r")))
	if s.Column < 1 || int(s.EndColumn)-1 > len(u) || s.Column > s.EndColumn {
		t.Fatalf("span %+v outside its line", s)
	}
	return string(utf16.Decode(u[s.Column-1 : s.EndColumn-1]))
}

// TestEverySpanHoldsItsValue checks every value of the corpus model against the
// source text its span points at.
func TestEverySpanHoldsItsValue(t *testing.T) {
	lines := strings.Split(string(mustRead(t, "pazhou.txt")), "\n")
	doc := readFixture(t, "pazhou.txt")
	check := func(what, value string, s Span) {
		t.Helper()
		if got := textAt(t, lines, s); got != value {
			t.Errorf("%s: span %+v holds %q, want %q", what, s, got, value)
		}
	}
	checkNamedSpans(doc, check)
	check("合计", "合计", doc.Spans.TotalRow)
	checkAmounts := func(what string, a Amounts) {
		for k, c := range a.Cells {
			check(what+" "+AmountFields[k], c.Raw, c.Span)
		}
	}
	checkAmounts("total", *doc.Total)
	n := 0
	for _, u := range doc.Units {
		checkAmounts(u.Name, u.Amounts)
		for _, p := range u.Projects {
			checkAmounts(p.Name, p.Amounts)
			for _, ind := range p.Indicators {
				if item := textAt(t, lines, ind.Spans.Item); !strings.HasPrefix(item, ind.Number+"、") ||
					!strings.Contains(item, ind.Annual) {
					t.Errorf("%s item %s: item span holds %q", p.Name, ind.Number, item)
				}
				n++
			}
		}
	}
	if n != 33 {
		t.Errorf("checked %d indicators, want 33", n)
	}
}

// checkNamedSpans calls check with each text of doc that has a span of its
// own (title, department, money unit, names, goals and the parts of each
// indicator), what it is and its span.
func checkNamedSpans(doc *Document, check func(what, value string, s Span)) {
	check("title", doc.Title, doc.Spans.Title)
	check("department", doc.Department, doc.Spans.Department)
	check("money unit", doc.MoneyUnit, doc.Spans.MoneyUnit)
	for _, u := range doc.Units {
		check("unit", u.Name, u.Spans.Name)
		for _, p := range u.Projects {
			check("project", p.Name, p.Spans.Name)
			check(p.Name+" goal", p.Goal, p.Spans.Goal)
			for _, ind := range p.Indicators {
				where := p.Name + " item " + ind.Number
				check(where+" number", ind.Number, ind.Spans.Number)
				check(where+" level1", ind.Level1.Code+"-"+ind.Level1.Name, ind.Spans.Level1)
				check(where+" level2", ind.Level2.Code+"-"+ind.Level2.Name, ind.Spans.Level2)
				check(where+" name", ind.Name, ind.Spans.Name)
				check(where+" period", ind.Period, ind.Spans.Period)
				check(where+" annual", ind.Annual, ind.Spans.Annual)
			}
		}
	}
}
