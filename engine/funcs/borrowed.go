package funcs

import (
	"math"
	"slices"

	"github.com/jxlint/jxlint/table"
)

// Borrowed is an indicator whose wording matches another project of its table
// much better than its own: probably copied from that project.
type Borrowed struct {
	Project   *table.Project   `expr:"project"`   // the project the indicator is listed under
	Indicator *table.Indicator `expr:"indicator"` // the indicator
	From      *table.Project   `expr:"from"`      // the project whose name and goals it matches
}

// The thresholds of borrowedIndicators. An indicator's wording is the set of
// its two-character words that also occur in the name and goals of some
// project of the table, each weighed by how rare it is among them (log N/df).
const (
	borrowMinProjects = 4    // fewer projects say too little about which words are rare
	borrowMinWords    = 3    // the indicator needs at least this many such words
	borrowMatch       = 0.5  // share of its weight that the other project must hold
	borrowOwnAtMost   = 0.15 // share of its weight that its own project may hold at most
	borrowLead        = 2.0  // the other project holds this many times the weight of any third
	borrowCommon      = 4    // a word used by more than 1/borrowCommon of the projects tells nothing,
	borrowCommonMax   = 8    // nor one used by more than this many
)

// borrowedIndicators finds the indicators of doc that share much more wording
// with the name and goals of one other project of the table than with those of
// their own project. It needs no dictionary: words are pairs of adjacent Han
// characters, weighed by how few projects use them. The topic dictionary only
// vetoes: an indicator whose topics its own project covers is left alone.
func (h *helpers) borrowedIndicators(v any) []Borrowed {
	doc, _ := v.(*table.Document)
	if doc == nil {
		return nil
	}
	var projects []*table.Project
	var units []*table.Unit
	for _, u := range doc.Units {
		projects = append(projects, u.Projects...)
		for range u.Projects {
			units = append(units, u)
		}
	}
	if len(projects) < borrowMinProjects {
		return nil
	}
	n := float64(len(projects))
	idx := newWordIndex(projects)
	common := max(2, min(len(projects)/borrowCommon, borrowCommonMax))
	var out []Borrowed
	var words []int32
	score := make([]float64, len(projects))
	var touched []int32 // the projects whose score is not 0
	for pi, p := range projects {
		for _, in := range p.Indicators {
			for _, q := range touched {
				score[q] = 0
			}
			touched = touched[:0]
			total := 0.0
			words = idx.rare(words, common, in.Name, in.Period, in.Annual)
			for _, j := range words {
				u := &idx.uses[j]
				us := u.users[:u.df]
				weight := math.Log(n / float64(len(us)))
				total += weight
				for _, q := range us {
					if score[q] == 0 {
						touched = append(touched, q)
					}
					score[q] += weight
				}
			}
			if len(words) < borrowMinWords || score[pi] > borrowOwnAtMost*total {
				continue
			}
			best, second := int32(-1), 0.0
			for _, q := range touched {
				switch s := score[q]; {
				case int(q) == pi:
				case best < 0 || s > score[best]:
					if best >= 0 {
						second = score[best]
					}
					best = q
				case s > second:
					second = s
				}
			}
			if best >= 0 && score[best] >= borrowMatch*total && score[best] >= borrowLead*second &&
				!h.onTopic(units[pi], p, in) {
				out = append(out, Borrowed{Project: p, Indicator: in, From: projects[best]})
			}
		}
	}
	return out
}

// onTopic reports whether the topic dictionary ties indicator in to project p
// of unit u: it names topics, and p covers all of them.
func (h *helpers) onTopic(u *table.Unit, p *table.Project, in *table.Indicator) bool {
	topics := h.topics.topics(in.Name + "\n" + in.Period + "\n" + in.Annual)
	if len(topics) == 0 {
		return false
	}
	covered := h.topics.cover(h.topics.addUnit(u.Name, h.topics.topics(p.Name+"\n"+p.Goal+"\n"+p.PeriodGoal)), nil)
	for _, t := range topics {
		if !slices.Contains(covered, t) {
			return false
		}
	}
	return true
}
