package funcs

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Match is a run of characters that a helper found in a text. Start and End are
// offsets in UTF-16 code units from the start of the text, End exclusive, so
// that a rule can put them in a finding's range.
type Match struct {
	Word  string `expr:"word"`  // the characters found
	Fix   string `expr:"fix"`   // what should replace them; empty when nothing is proposed
	Start int    `expr:"start"` // first code unit
	End   int    `expr:"end"`   // code unit after the last
}

// entry is one dictionary word of a wordMatcher. When a typo entry carries
// context (正产运转 → 正常运转), core is the part that differs (正产 → 正常) and
// skip its offset inside word, in UTF-16 code units.
type entry struct {
	word      string
	core      string
	fix       string
	pre       int // bytes of shared context before core
	skip      int // UTF-16 units of shared context before core
	units     int // UTF-16 units of word
	coreUnits int // UTF-16 units of core
}

// wordMatcher finds dictionary words in a text, leftmost and longest first,
// never overlapping. It is built once and safe for concurrent use.
type wordMatcher struct {
	first    runeSet                // the runes that start a word
	before   [len(runeSet{})]uint16 // the number of members of first in its words before each
	lists    [][]entry              // candidates of the BMP runes, one list per member of first, in order
	byFirst  map[rune][]entry       // candidates by first rune, longest first
	nounSkip bool                   // skip a word directly followed by 性 (积极性)
}

// newMatcher builds a matcher of pairs word → replacement. A word may carry
// context in half-width parentheses at either end, (合理)按排 or 正产(运转): the
// context must be present around the word, and only the word is reported.
func newMatcher(pairs map[string]string) *wordMatcher {
	m := &wordMatcher{byFirst: map[rune][]entry{}}
	for key, fix := range pairs {
		pre, core, suf := splitContext(key)
		if core == "" || pre+core+suf == fix {
			continue
		}
		w := pre + core + suf
		m.add(entry{word: w, core: core, fix: fix, pre: len(pre), skip: units(pre),
			units: units(w), coreUnits: units(core)})
	}
	m.sortEntries()
	return m
}

// add files e under its first rune.
func (m *wordMatcher) add(e entry) {
	r, _ := utf8.DecodeRuneInString(e.word)
	m.byFirst[r] = append(m.byFirst[r], e)
}

// sortEntries puts the candidates of every rune longest first and indexes
// those of the BMP runes by rune, so that a rune is looked up without a map.
func (m *wordMatcher) sortEntries() {
	for r, es := range m.byFirst {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].word) != len(es[j].word) {
				return len(es[i].word) > len(es[j].word)
			}
			return es[i].word < es[j].word
		})
		m.byFirst[r] = es
	}
	for r := range m.byFirst {
		m.first.add(r)
	}
	n := 0 // surrogates start no word, so fewer than 1<<16 runes are members
	for k, w := range m.first {
		m.before[k] = uint16(n)
		n += bits.OnesCount64(w)
	}
	m.lists = make([][]entry, n) // a member that only runes outside the BMP fold to has no list
	for r, es := range m.byFirst {
		if r < 1<<16 {
			m.lists[m.member(r)] = es
		}
	}
}

// member returns the place of r, which m.first holds, among the members of
// m.first: the number of members below it, by their low 16 bits. It is how a
// rune's list is found without a table of every rune.
func (m *wordMatcher) member(r rune) int {
	k := uint16(r) >> 6
	return int(m.before[k]) + bits.OnesCount64(m.first[k]&(1<<(r&63)-1))
}

// splitContext splits a dictionary key into leading context, the word and
// trailing context: "(合理)按排" gives "合理", "按排", "".
func splitContext(key string) (pre, word, suf string) {
	word = key
	if strings.HasPrefix(word, "(") {
		if end := strings.Index(word, ")"); end > 0 {
			pre, word = word[1:end], word[end+1:]
		}
	}
	if strings.HasSuffix(word, ")") {
		if start := strings.LastIndex(word, "("); start >= 0 {
			word, suf = word[:start], word[start+1:len(word)-1]
		}
	}
	return pre, word, suf
}

// units is the length of s in UTF-16 code units.
func units(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// find returns every match in text, or nil.
func (m *wordMatcher) find(text string) []Match {
	var out []Match
	m.scan(text, func(e *entry, at int) {
		out = append(out, Match{Word: e.core, Fix: e.fix, Start: at + e.skip, End: at + e.skip + e.coreUnits})
	})
	return out
}

// decodeRune decodes the rune at byte i of text, as utf8.DecodeRuneInString
// does; three-byte runes outside the ranges that need more checks (most CJK
// text and full-width punctuation) are decoded in place. It is small enough
// to be inlined into the loops that call it for every rune; other runes take
// a call of decodeRuneRest.
func decodeRune(text string, i int) (rune, int) {
	if r, ok := rune3(text, i); ok {
		return r, 3
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// rune3 decodes the rune at byte i of text when it is one of three bytes that
// decodeRune decodes in place; ok is false for any other. It is small enough
// to be inlined in the loops that call it for every rune of a text.
func rune3(text string, i int) (r rune, ok bool) {
	if i+2 >= len(text) {
		return 0, false
	}
	// 1110xxxx 10xxxxxx 10xxxxxx, but not E0 or ED, which need range checks.
	c := uint32(text[i]) | uint32(text[i+1])<<8 | uint32(text[i+2])<<16
	r = rune(c&0x0F)<<12 | rune(c>>8&0x3F)<<6 | rune(c>>16&0x3F)
	return r, c&0xC0C0F0 == 0x8080E0 && r >= 0x1000 && (r < 0xD000 || r >= 0xE000)
}

// contains reports whether text holds a match.
func (m *wordMatcher) contains(text string) bool {
	for i := m.first.skip(text, 0); i < len(text); i = m.first.skip(text, i) {
		r, ok := rune3(text, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(text, i)
		}
		if m.longest(text, i, r) != nil {
			return true
		}
		i += n
	}
	return false
}

// scan calls hit for every match in text with its start in UTF-16 code units.
func (m *wordMatcher) scan(text string, hit func(e *entry, at int)) {
	at := 0
	for i := 0; i < len(text); {
		if j := m.first.skip(text, i); j > i {
			at += utf8.RuneCountInString(text[i:j]) // runes of one UTF-16 unit each
			i = j
			continue
		}
		r, ok := rune3(text, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(text, i)
		}
		if e := m.longest(text, i, r); e != nil {
			hit(e, at)
			i += len(e.word)
			at += e.units
			continue
		}
		i += n
		at += utf16.RuneLen(r)
	}
}

// longest returns the longest entry that starts at byte i of text, whose
// first rune is r, or nil. Loops that call it for most runes test m.first
// themselves: it is not inlined.
func (m *wordMatcher) longest(text string, i int, r rune) *entry {
	if !m.first.has(r) {
		return nil
	}
	var es []entry
	if r < 1<<16 {
		es = m.lists[m.member(r)]
	} else {
		es = m.byFirst[r]
	}
	for k := range es {
		e := &es[k]
		if !strings.HasPrefix(text[i:], e.word) {
			continue
		}
		if m.nounSkip && strings.HasPrefix(text[i+len(e.word):], "性") {
			continue
		}
		return e
	}
	return nil
}

// replace returns text with every match replaced by its fix.
func (m *wordMatcher) replace(text string) string {
	var b strings.Builder
	last := 0
	for i := m.first.skip(text, 0); i < len(text); i = m.first.skip(text, i) {
		r, ok := rune3(text, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(text, i)
		}
		e := m.longest(text, i, r)
		if e == nil {
			i += n
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[last:i])
		b.WriteString(e.word[:e.pre])
		b.WriteString(e.fix)
		b.WriteString(e.word[e.pre+len(e.core):])
		i += len(e.word)
		last = i
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
