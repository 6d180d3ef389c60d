package funcs

import "strings"

// projectText joins every text of a project with line breaks: its name, goal
// and period goal, then each indicator's name, period value and annual value.
// A rule tests it once, cheaply, before it looks at each text apart: a word
// that no text holds is not in the joined text either.
func projectText(v any) string {
	p := projectOf(v)
	if p == nil {
		return ""
	}
	n := len(p.Name) + len(p.Goal) + len(p.PeriodGoal) + 3
	for _, in := range p.Indicators {
		n += len(in.Name) + len(in.Period) + len(in.Annual) + 3
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	for _, in := range p.Indicators {
		for _, s := range [...]string{in.Name, in.Period, in.Annual} {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
