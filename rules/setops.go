package rules

import (
	"errors"
	"slices"
	"sort"
	"strings"
)

// setRules fills All with rules sorted by ID and Rules with those not in off.
func (s *Set) setRules(all []*Rule, off map[string]bool) {
	all = slices.Clone(all)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	s.All = all
	s.Rules = make([]*Rule, 0, len(all))
	for _, r := range all {
		if !off[r.ID] {
			s.Rules = append(s.Rules, r)
		}
	}
}

// Rule returns the rule with id, enabled or not, or nil if there is none.
func (s *Set) Rule(id string) *Rule {
	if r := find(s.All, id); r != nil {
		return r
	}
	return find(s.Rules, id)
}

// Enabled reports whether the rule with id is in the active set.
func (s *Set) Enabled(id string) bool {
	return find(s.Rules, id) != nil
}

// find looks id up in rules sorted by ID.
func find(rules []*Rule, id string) *Rule {
	i := sort.Search(len(rules), func(i int) bool { return rules[i].ID >= id })
	if i < len(rules) && rules[i].ID == id {
		return rules[i]
	}
	return nil
}

// Suggest returns the known rule ID closest to id, or "" when none is close.
func (s *Set) Suggest(id string) string {
	rules := s.All
	if rules == nil {
		rules = s.Rules
	}
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return closest(id, ids)
}

// closest returns the candidate nearest to s by edit distance, if within a
// third of its length (at least 2 edits), or a candidate that contains s.
func closest(s string, candidates []string) string {
	best, bestD := "", len(s)/3
	if bestD < 2 {
		bestD = 2
	}
	for _, c := range candidates {
		if d := editDistance(s, c); d <= bestD && (best == "" || d < editDistance(s, best)) {
			best = c
		}
	}
	if best == "" {
		for _, c := range candidates {
			if s != "" && strings.Contains(c, s) {
				return c
			}
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// didYouMean returns `; did you mean "x"?` for a suggestion, or "".
func didYouMean(suggestion string) string {
	if suggestion == "" {
		return ""
	}
	return "; did you mean \"" + suggestion + "\"?"
}

// didYouMeanZh returns `，是否要找「x」？` for a suggestion, or "".
func didYouMeanZh(suggestion string) string {
	if suggestion == "" {
		return ""
	}
	return "，是否要找「" + suggestion + "」？"
}

// joinErrs joins errs, flattening joined errors, in the order a reader meets
// them: files in the order first seen, then by line and column.
func joinErrs(errs []error) error {
	var flat []error
	for _, e := range errs {
		var j interface{ Unwrap() []error }
		if errors.As(e, &j) {
			flat = append(flat, j.Unwrap()...)
		} else if e != nil {
			flat = append(flat, e)
		}
	}
	fileOrder := map[string]int{}
	posOf := func(e error) Pos {
		var pe *PosError
		if errors.As(e, &pe) {
			return pe.Pos
		}
		return Pos{}
	}
	for _, e := range flat {
		if f := posOf(e).File; fileOrder[f] == 0 {
			fileOrder[f] = len(fileOrder) + 1
		}
	}
	sort.SliceStable(flat, func(i, j int) bool {
		a, b := posOf(flat[i]), posOf(flat[j])
		if a.File != b.File {
			return fileOrder[a.File] < fileOrder[b.File]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return errors.Join(flat...)
}
