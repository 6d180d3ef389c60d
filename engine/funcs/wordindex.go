package funcs

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/jxlint/jxlint/table"
)

// wordIndex lists the projects that use each word in their name and goals,
// the first borrowCommonMax of them: a word that more use says nothing about
// which project an indicator came from.
type wordIndex struct {
	at    map[uint64]int32 // word → its entry in uses
	uses  []wordUse
	stamp int32 // the number of calls of rare so far
}

// wordUse counts the projects that use a word: df of them, the first listed
// in users; last is the last project counted. seen is the call of rare that
// met the word last.
type wordUse struct {
	key            uint64
	df, last, seen int32
	users          [borrowCommonMax]int32
}

// newWordIndex indexes the words of the names and goals of projects, in one
// pass and one look-up of each word.
func newWordIndex(projects []*table.Project) *wordIndex {
	x := &wordIndex{at: map[uint64]int32{}}
	var pairs []uint64
	for i, p := range projects {
		pairs = appendHanPairs(appendHanPairs(appendHanPairs(pairs[:0], p.Name), p.Goal), p.PeriodGoal)
		for _, k := range pairs {
			j, ok := x.at[k]
			if !ok {
				j = int32(len(x.uses))
				x.at[k] = j
				x.uses = append(x.uses, wordUse{key: k, last: -1})
			}
			u := &x.uses[j]
			if u.last == int32(i) {
				continue
			}
			if int(u.df) < len(u.users) {
				u.users[u.df] = int32(i)
			}
			u.df, u.last = u.df+1, int32(i)
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

// rare sets out to the entries of the words of texts that at least one and at
// most common (at most borrowCommonMax) projects use, each once, in the order
// of their keys: the words of hanPairs(texts) for which users is not nil, in
// the same order. A word is looked up once per occurrence and marked as met,
// so that the words need no sorting, only the few rare ones.
func (x *wordIndex) rare(out []int32, common int, texts ...string) []int32 {
	out = out[:0]
	x.stamp++
	for _, s := range texts {
		prev := rune(-1) // the previous rune when it is Han
		for i := 0; i < len(s); {
			if s[i] < utf8.RuneSelf {
				prev = -1
				i++
				continue
			}
			r, ok := rune3(s, i) // decodeRune, inlined for the runes of most texts
			n := 3
			if !ok {
				r, n = decodeRune(s, i)
			}
			i += n
			if !isHan(r) {
				prev = -1
				continue
			}
			if prev >= 0 {
				if j, ok := x.at[uint64(prev)<<21|uint64(r)]; ok {
					u := &x.uses[j]
					if u.seen != x.stamp {
						u.seen = x.stamp
						if int(u.df) <= common {
							out = append(out, j)
						}
					}
				}
			}
			prev = r
		}
	}
	if len(out) > 1 {
		slices.SortFunc(out, func(a, b int32) int { return cmp.Compare(x.uses[a].key, x.uses[b].key) })
	}
	return out
}

// appendHanPairs appends to out the pairs of adjacent Han characters of s, as
// keys of their two runes.
func appendHanPairs(out []uint64, s string) []uint64 {
	prev := rune(-1) // the previous rune when it is Han
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			prev = -1
			i++
			continue
		}
		r, ok := rune3(s, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(s, i)
		}
		i += n
		if !isHan(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			out = append(out, uint64(prev)<<21|uint64(r))
		}
		prev = r
	}
	return out
}

// hanPairs sets out to the pairs of adjacent Han characters of texts, each
// once and sorted, as keys of two runes, reusing the array of out. It is the
// plain form of what rare finds, which its test compares with it.
func hanPairs(out []uint64, texts ...string) []uint64 {
	out = out[:0]
	for _, s := range texts {
		out = appendHanPairs(out, s)
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
