package funcs

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMatcherFirstRunes checks the rune set and the lists of every matcher
// against its words: a rune is in the set exactly when a word starts with it,
// and its list holds those words.
func TestMatcherFirstRunes(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	matchers := map[string]*wordMatcher{"typos": h.typos, "vague": h.vague, "topics": h.topics.words,
		"timeWords": timeWordMatcher, "outside": newMatcher(map[string]string{"\U00020000积效": "绩效", "积效": "绩效",
			"\U0002000B字": "好", "\u000B字": "好", "正产": "正常"})}
	for name, m := range matchers {
		if len(m.byFirst) == 0 {
			t.Fatalf("%s: no words", name)
		}
		for r := rune(0); r < 1<<16; r++ {
			es, starts := m.byFirst[r]
			folded := false
			for hi := rune(1); hi <= 0x10; hi++ {
				_, ok := m.byFirst[hi<<16|r]
				folded = folded || ok
			}
			if got := m.first.has(r); got != (starts || folded) {
				t.Fatalf("%s: first.has(%q) = %v, want %v", name, r, got, starts || folded)
			}
			if got := m.first.has(r) && len(m.lists[m.member(r)]) > 0; got != starts {
				t.Fatalf("%s: %q has a list: %v, want %v", name, r, got, starts)
			}
			if starts && !reflect.DeepEqual(m.lists[m.member(r)], es) {
				t.Fatalf("%s: list of %q = %v, want %v", name, r, m.lists[m.member(r)], es)
			}
		}
		for r, es := range m.byFirst {
			for _, e := range es {
				if f, _ := utf8.DecodeRuneInString(e.word); f != r {
					t.Fatalf("%s: %q filed under %q", name, e.word, r)
				}
				if !h.projectStop.has(r) && (m == h.typos || m == h.topics.words) {
					t.Errorf("%s: first rune of %q missing from projectStop", name, e.word)
				}
			}
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		_, typo := h.typos.byFirst[r]
		_, topic := h.topics.words.byFirst[r]
		want := typo || topic || strings.ContainsRune(",:;()", r)
		if got := h.projectStop.has(r); got != want {
			t.Fatalf("projectStop.has(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestRuneSet(t *testing.T) {
	var s, u runeSet
	for _, r := range []rune{0, 63, 64, '正', 0xFFFF, 0x20001} {
		s.add(r)
	}
	u.add('常')
	u.union(&s)
	for _, tt := range []struct {
		r    rune
		want bool
	}{{0, true}, {1, true}, {2, false}, {63, true}, {64, true}, {65, false}, {'正', true}, {'常', true},
		{'产', false}, {0xFFFF, true}, {0x10000, true}, {0x10001, true}, {0x10002, false}, {0x20001, true},
		{0x1FFFF, true}, {0x1FFFE, false}, {0x10000 + '正', true}, {0x10000 + '产', false}, {utf8.MaxRune, true}} {
		if got := u.has(tt.r); got != tt.want {
			t.Errorf("has(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
	if s.has('常') {
		t.Error("union changed its argument")
	}
}

// TestMatcherOutsideBMP checks a matcher whose words start outside the Basic
// Multilingual Plane, and the runes inside it that share their low 16 bits.
func TestMatcherOutsideBMP(t *testing.T) {
	m := newMatcher(map[string]string{"\U00020000积效": "𠀀绩效", "积效": "绩效", "\U0002000B字": "好"})
	tests := []struct {
		in   string
		want []Match
	}{
		{"\U00020000积效", []Match{{"\U00020000积效", "𠀀绩效", 0, 4}}},
		{"\x00积效", []Match{{"积效", "绩效", 1, 3}}},
		{"\U0002000B字\u000B字", []Match{{"\U0002000B字", "好", 0, 3}}},
		{"\U00030000积效", []Match{{"积效", "绩效", 2, 4}}},
	}
	for _, tt := range tests {
		if got := m.find(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("find(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got := m.contains(tt.in); got != (tt.want != nil) {
			t.Errorf("contains(%q) = %v", tt.in, got)
		}
	}
	if got := m.replace("\U0002000B字\u000B字"); got != "好\u000B字" {
		t.Errorf("replace = %q", got)
	}
}

// skipRef is what skip must return, rune by rune.
func skipRef(s *runeSet, text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if s.has(r) || (r == utf8.RuneError && n == 1) || (r >= utf8.RuneSelf && (n != 3 || text[i] == 0xE0 || text[i] == 0xED)) {
			return i
		}
		i += n
	}
	return i
}

// TestSkip compares skip with skipRef on the typos' first runes and a set
// with ASCII, at every byte of texts that hold every BMP rune, runes of two
// and four bytes, cut runes and bytes that are not UTF-8.
func TestSkip(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	var ascii runeSet
	for _, r := range "a,(\x00正" {
		ascii.add(r)
	}
	texts := []string{"", "正产运转", "按时完成，正产运转。", "abc,def", "é正", "𠀀正", "\xe4\xb8", "正\xe4", "\xe4\xb8a正",
		"\xed\xa0\x80正", "\xe0\xa0\x80正", "\xef\xbf\xbd正", "\xff正产", "正产\x80", "\U00010000正"}
	var all strings.Builder
	for r := rune(0); r < 1<<16; r++ {
		if r < 0xD800 || r > 0xDFFF {
			all.WriteRune(r)
		}
		if r%256 == 255 { // texts of 256 runes: skip is tried at each byte
			texts = append(texts, all.String())
			all.Reset()
		}
	}
	for _, set := range []*runeSet{&h.typos.first, &h.projectStop, &ascii} {
		for _, text := range texts {
			for i := 0; i <= len(text); i++ {
				if got, want := set.skip(text, i), skipRef(set, text, i); got != want {
					t.Fatalf("skip(%q, %d) = %d, want %d", clip(text, 20), i, got, want)
				}
			}
		}
	}
}
