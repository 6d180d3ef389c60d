package funcs

import (
	"slices"
	"sort"
)

// topicMatcher finds the topics of a text by their keywords.
type topicMatcher struct {
	words *wordMatcher // keyword → topic name, carried as the entry's fix
}

// newTopicMatcher indexes the keywords of topics.
func newTopicMatcher(topics map[string][]string) *topicMatcher {
	pairs := map[string]string{}
	for t, kws := range topics {
		for _, k := range kws {
			if old, ok := pairs[k]; !ok || t < old { // a keyword of two topics goes to the first by name
				pairs[k] = t
			}
		}
	}
	t := &topicMatcher{words: &wordMatcher{byFirst: map[rune][]entry{}}}
	// Keywords map to topic names, not replacements: build entries without the
	// context trimming that typos use.
	for k, topic := range pairs {
		t.words.add(entry{word: k, core: k, fix: topic, units: units(k), coreUnits: units(k)})
	}
	t.words.sortEntries()
	return t
}

// topics returns the topics mentioned in text, sorted by name, each once.
func (t *topicMatcher) topics(text string) []string {
	out := t.add(text, nil)
	sort.Strings(out)
	return out
}

// add appends to out the topics of text that out does not hold yet.
func (t *topicMatcher) add(text string, out []string) []string {
	m := t.words
	for i := m.first.skip(text, 0); i < len(text); i = m.first.skip(text, i) {
		r, n := decodeRune(text, i)
		e := m.longest(text, i, r)
		if e == nil {
			i += n
			continue
		}
		i += len(e.word)
		if !slices.Contains(out, e.fix) {
			out = append(out, e.fix)
		}
	}
	return out
}
