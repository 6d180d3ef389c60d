package funcs

import (
	"slices"
	"unicode"

	"github.com/jxlint/jxlint/table"
)

// wordIndex lists the projects that use each word in their name and goals,
// the first borrowCommonMax of them: a word that more use says nothing about
// which project an indicator came from.
type wordIndex struct {
	at   map[uint64]int32 // word → its entry in uses
	uses []wordUse
}

// wordUse counts the projects that use a word: df of them, the first listed
// in users; last is the last project counted.
type wordUse struct {
	df, last int32
	users    [borrowCommonMax]int32
}

// newWordIndex indexes the words of the names and goals of projects, in one
// pass and one look-up of each word.
func newWordIndex(projects []*table.Project) *wordIndex {
	x := &wordIndex{at: map[uint64]int32{}}
	for i, p := range projects {
		for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
			eachHanPair(s, func(k uint64) {
				j, ok := x.at[k]
				if !ok {
					j = int32(len(x.uses))
					x.at[k] = j
					x.uses = append(x.uses, wordUse{last: -1})
				}
				u := &x.uses[j]
				if u.last == int32(i) {
					return
				}
				if int(u.df) < len(u.users) {
					u.users[u.df] = int32(i)
				}
				u.df, u.last = u.df+1, int32(i)
			})
		}
	}
	return x
}

// users returns the projects that use word k, or nil when none or more than
// common (at most borrowCommonMax) do.
func (x *wordIndex) users(k uint64, common int) []int32 {
	j, ok := x.at[k]
	if !ok {
		return nil
	}
	u := &x.uses[j]
	if int(u.df) > common {
		return nil
	}
	return u.users[:u.df]
}

// eachHanPair calls fn with every pair of adjacent Han characters of s, as a
// key of its two runes.
func eachHanPair(s string, fn func(uint64)) {
	prev := rune(-1) // the previous rune when it is Han
	for _, r := range s {
		if !isHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			fn(uint64(prev)<<21 | uint64(r))
		}
		prev = r
	}
}

// hanPairs sets out to the pairs of adjacent Han characters of texts, each
// once and sorted, as keys of two runes, reusing the array of out.
func hanPairs(out []uint64, texts ...string) []uint64 {
	out = out[:0]
	for _, s := range texts {
		eachHanPair(s, func(k uint64) { out = append(out, k) })
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isHan reports whether r is a Han character, testing the block of common
// ideographs before the whole table.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}
