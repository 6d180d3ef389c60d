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
	slots []int32 // word → its entry in uses: see find
	shift uint    // 64 - log2(len(slots))
	uses  []wordUse
	stamp int32    // the number of calls of rare so far
	pairs []uint64 // the words of one text in rare, reused
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
	x := &wordIndex{slots: make([]int32, 1<<10), shift: 64 - 10}
	var pairs []uint64
	for i, p := range projects {
		pairs = appendHanPairs(appendHanPairs(appendHanPairs(pairs[:0], p.Name), p.Goal), p.PeriodGoal)
		for _, k := range pairs {
			j, ok := x.find(k)
			if !ok {
				j = x.add(k)
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

// find returns the entry of word k in uses. The words are kept in slots by
// open addressing: a word's place is the top bits of its key times a large
// odd number, or the first free slot after it, and a slot holds the entry
// + 1, 0 when free. slots is at most half full, so that few words are
// compared before a word is found or its absence told. It does what a
// map[uint64]int32 does in a third of the time, for every word of a table's
// names, goals and indicators.
func (x *wordIndex) find(k uint64) (int32, bool) {
	mask := uint64(len(x.slots) - 1)
	for i := k * 0x9E3779B97F4A7C15 >> x.shift; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return 0, false
		}
		if x.uses[s-1].key == k {
			return s - 1, true
		}
	}
}

// add adds word k, which find does not find, and returns its entry.
func (x *wordIndex) add(k uint64) int32 {
	j := int32(len(x.uses))
	x.uses = append(x.uses, wordUse{key: k, last: -1})
	if 2*len(x.uses) > len(x.slots) {
		x.slots, x.shift = make([]int32, 2*len(x.slots)), x.shift-1
		for e := range x.uses {
			x.place(x.uses[e].key, int32(e))
		}
		return j
	}
	x.place(k, j)
	return j
}

// place puts entry j of word k in the first free slot from its place.
func (x *wordIndex) place(k uint64, j int32) {
	mask := uint64(len(x.slots) - 1)
	i := k * 0x9E3779B97F4A7C15 >> x.shift
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = j + 1
}

// users returns the projects that use word k, or nil when none or more than
// common (at most borrowCommonMax) do.
func (x *wordIndex) users(k uint64, common int) []int32 {
	j, ok := x.find(k)
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
		x.pairs = appendHanPairs(x.pairs[:0], s)
		for _, key := range x.pairs {
			j, ok := x.find(key)
			if !ok {
				continue
			}
			if u := &x.uses[j]; u.seen != x.stamp {
				u.seen = x.stamp
				if int(u.df) <= common {
					out = append(out, j)
				}
			}
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
