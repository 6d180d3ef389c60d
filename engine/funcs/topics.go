package funcs

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jxlint/jxlint/rules"
)

// topicMatcher finds the topics (fields of government work) of a text by their
// keywords, those of a unit by its name, and what a project's topics cover.
type topicMatcher struct {
	words  *wordMatcher        // keyword → topic name, carried as the entry's fix
	units  *wordMatcher        // word of a unit name → topic name
	covers map[string][]string // topic → the topics a project about it is about too, itself included, sorted
	en     map[string]string   // topic → English name

	// pairs holds the first two runes of every keyword and unit word, folded
	// by pairKey, and single the runes that are a word alone: a rune whose
	// next rune makes no pair starts no word and is passed over without a
	// look at its candidates.
	pairs, single runeSet
}

// newTopicMatcher indexes the keywords and unit words of topics and works out
// what each topic covers: itself, its class, its sections, and the topics
// related to it (in either direction) with their classes and sections.
func newTopicMatcher(topics map[string]rules.Topic) *topicMatcher {
	t := &topicMatcher{
		words:  wordsOf(topics, func(tp *rules.Topic) []string { return tp.Keywords }),
		units:  wordsOf(topics, func(tp *rules.Topic) []string { return tp.Units }),
		covers: make(map[string][]string, len(topics)),
		en:     make(map[string]string, len(topics)),
	}
	addWordStarts(&t.single, &t.pairs, t.words, t.units)
	sections := map[string][]string{}
	related := map[string][]string{}
	for name, tp := range topics {
		t.en[name] = tp.En
		if tp.Class != "" {
			sections[tp.Class] = append(sections[tp.Class], name)
		}
		for _, r := range tp.Related {
			if _, ok := topics[r]; ok && r != name {
				related[name] = append(related[name], r)
				related[r] = append(related[r], name)
			}
		}
	}
	for name := range topics {
		var out []string
		for _, n := range append([]string{name}, related[name]...) {
			out = append(out, n)
			if c := topics[n].Class; c != "" {
				out = append(out, c)
			}
			out = append(out, sections[n]...)
		}
		slices.Sort(out)
		t.covers[name] = slices.Compact(out)
	}
	return t
}

// wordsOf builds a matcher of the words that list gives for each topic, each
// word → its topic, or → "" for the phrases of a topic that names no field.
// A word of two topics goes to the first by name.
func wordsOf(topics map[string]rules.Topic, list func(*rules.Topic) []string) *wordMatcher {
	pairs := map[string]string{}
	for name, tp := range topics {
		if tp.None {
			name = ""
		}
		for _, k := range list(&tp) {
			if old, ok := pairs[k]; k != "" && (!ok || name < old) {
				pairs[k] = name
			}
		}
	}
	m := &wordMatcher{byFirst: map[rune][]entry{}}
	// Words map to topic names, not replacements: build entries without the
	// context trimming that typos use.
	for k, topic := range pairs {
		m.add(entry{word: k, core: k, fix: topic, units: units(k), coreUnits: units(k)})
	}
	m.sortEntries()
	return m
}

// addWordStarts adds to pairs the first two runes of every word of ms,
// folded by pairKey, and to single each rune that is a word alone.
func addWordStarts(single, pairs *runeSet, ms ...*wordMatcher) {
	for _, m := range ms {
		for _, es := range m.byFirst {
			for _, e := range es {
				r, n := utf8.DecodeRuneInString(e.word)
				if n == len(e.word) {
					single.add(r)
					continue
				}
				r2, _ := utf8.DecodeRuneInString(e.word[n:])
				pairs.add(pairKey(r, r2))
			}
		}
	}
}

// pairKey folds a pair of runes into one key of a runeSet.
func pairKey(r, r2 rune) rune { return rune(uint32(r)*0x9E3779B1>>16 ^ uint32(r2)) }

// canStart reports whether a word may start at byte i of text, where rune r
// of n bytes is: whether r is a word alone or makes a pair with the next rune.
func (t *topicMatcher) canStart(text string, i int, r rune, n int) bool {
	if t.single.has(r) {
		return true
	}
	if i+n >= len(text) {
		return false
	}
	r2, ok := rune3(text, i+n)
	if !ok {
		r2, _ = decodeRune(text, i+n)
	}
	return t.pairs.has(pairKey(r, r2))
}

// topics returns the topics mentioned in text, sorted by name, each once.
func (t *topicMatcher) topics(text string) []string {
	out := t.add(text, nil)
	sort.Strings(out)
	return out
}

// add appends to out the topics of text that out does not hold yet.
func (t *topicMatcher) add(text string, out []string) []string {
	return t.addWords(t.words, text, out)
}

// addUnit appends to out the topics of a unit's name: those its keywords
// name and those its unit words name (水务局 → 水利).
func (t *topicMatcher) addUnit(name string, out []string) []string {
	return t.addWords(t.units, name, t.add(name, out))
}

// addWords appends to out the topics of the words of m in text, found
// leftmost and longest, never overlapping, that out does not hold yet. A
// phrase of no field is passed over whole.
func (t *topicMatcher) addWords(m *wordMatcher, text string, out []string) []string {
	for i := m.first.skip(text, 0); i < len(text); i = m.first.skip(text, i) {
		r, ok := rune3(text, i) // decodeRune, inlined for the runes of most texts
		n := 3
		if !ok {
			r, n = decodeRune(text, i)
		}
		var e *entry
		if t.canStart(text, i, r, n) {
			e = m.longest(text, i, r)
		}
		if e == nil {
			i += n
			continue
		}
		i += len(e.word)
		if e.fix != "" && !slices.Contains(out, e.fix) {
			out = append(out, e.fix)
		}
	}
	return out
}

// cover appends to out the topics that a project about the topics of fields
// is about, each once, and sorts out.
func (t *topicMatcher) cover(fields, out []string) []string {
	for _, f := range fields {
		cs, ok := t.covers[f]
		if !ok {
			cs = []string{f}
		}
		for _, c := range cs {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// names joins the names of topics for a message: in Chinese with 、, in
// English (lang "en") by their English names with "; ". topics is a list of
// strings as expr hands it over, []any or []string.
func (t *topicMatcher) names(topics any, lang string) string {
	var list []string
	switch v := topics.(type) {
	case []string:
		list = v
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				list = append(list, s)
			}
		}
	}
	if lang != "en" {
		return strings.Join(list, "、")
	}
	en := make([]string, len(list))
	for i, s := range list {
		en[i] = s
		if e := t.en[s]; e != "" {
			en[i] = e
		}
	}
	return strings.Join(en, "; ")
}
