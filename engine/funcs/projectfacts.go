package funcs

import (
	"slices"
	"strings"

	"github.com/jxlint/jxlint/table"
)

// ProjectFacts are values derived from the texts of one project that project
// rules test before they look at each text apart: found once per project, in
// one pass over its texts without joining them, and read as projectFacts.x.
// The texts of a project are those projectText joins: its name, goal and
// period goal, and each indicator's name, period value and annual value.
type ProjectFacts struct {
	Topics    []string `expr:"topics"`    // topics(projectText(project)): the topics its texts mention, sorted
	Covered   []string `expr:"covered"`   // the topics of its name, goal, period goal and its unit's name, sorted
	Typos     bool     `expr:"typos"`     // len(typos(projectText(project))) > 0
	HalfWidth bool     `expr:"halfWidth"` // a text holds a half-width , : ; ( or )
}

// FindProject fills f with the facts of project p of unit u. f is reused from
// one project to the next; its lists are valid until the next call.
func (fr *Facter) FindProject(u *table.Unit, p *table.Project, f *ProjectFacts) {
	h := fr.h
	f.Topics, f.Covered = f.Topics[:0], f.Covered[:0]
	f.Typos, f.HalfWidth = false, false
	for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
		f.Topics = h.topics.add(s, f.Topics)
		f.text(h, s)
	}
	f.Covered = append(f.Covered, f.Topics...)
	if u != nil {
		f.Covered = h.topics.add(u.Name, f.Covered)
	}
	for _, in := range p.Indicators {
		for _, s := range [...]string{in.Name, in.Period, in.Annual} {
			f.Topics = h.topics.add(s, f.Topics)
			f.text(h, s)
		}
	}
	slices.Sort(f.Topics)
	slices.Sort(f.Covered)
}

// text notes the typos and half-width marks of one text of the project.
func (f *ProjectFacts) text(h *helpers, s string) {
	if !f.HalfWidth && strings.ContainsAny(s, ",:;()") {
		f.HalfWidth = true
	}
	if !f.Typos && h.typos.contains(s) {
		f.Typos = true
	}
}
