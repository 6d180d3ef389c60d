package funcs

import (
	"slices"
	"unicode"

	"github.com/jxlint/jxlint/table"
)

// wordIndex lists the projects that use each word in their name and goals,
// for the words that few projects use.
type wordIndex struct {
	uses map[uint64]wordUse
	list []int32 // the projects of every word, one run per word
}

// newWordIndex indexes the words of projects that at most common of them
// use: counted in a first pass, listed in one array in a second.
func newWordIndex(projects []*table.Project, common int) *wordIndex {
	x := &wordIndex{uses: map[uint64]wordUse{}}
	for i, p := range projects {
		for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
			eachHanPair(s, func(k uint64) {
				u, ok := x.uses[k]
				if !ok {
					u.last = -1
				}
				if u.last != int32(i) {
					u.df, u.last = u.df+1, int32(i)
					x.uses[k] = u
				}
			})
		}
	}
	size := int32(0)
	for k, u := range x.uses {
		u.at, u.last = -1, -1
		if int(u.df) <= common {
			u.at, size = size, size+u.df
		}
		x.uses[k] = u
	}
	x.list = make([]int32, size)
	for i, p := range projects {
		for _, s := range [...]string{p.Name, p.Goal, p.PeriodGoal} {
			eachHanPair(s, func(k uint64) {
				if u := x.uses[k]; u.at >= 0 && u.last != int32(i) {
					x.list[u.at+u.filled] = int32(i)
					u.filled, u.last = u.filled+1, int32(i)
					x.uses[k] = u
				}
			})
		}
	}
	return x
}

// users returns the projects that use word k, or nil when none or too many do.
func (x *wordIndex) users(k uint64) []int32 {
	u, ok := x.uses[k]
	if !ok || u.at < 0 {
		return nil
	}
	return x.list[u.at : u.at+u.df]
}

// wordUse counts the projects that use a word: df of them, listed from at in
// wordIndex.list (at is -1 for a word too common to list); last is the last
// project counted and filled the number listed so far.
type wordUse struct {
	df, at, last, filled int32
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
