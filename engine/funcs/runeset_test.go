package funcs

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// TestMatcherFirstRunes checks the rune set of every matcher against its slot
// table and every dictionary word: a rune is in the set exactly when a word
// starts with it.
func TestMatcherFirstRunes(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	matchers := map[string]*wordMatcher{"typos": h.typos, "vague": h.vague, "topics": h.topics.words,
		"timeWords": timeWordMatcher}
	for name, m := range matchers {
		if len(m.byFirst) == 0 {
			t.Fatalf("%s: no words", name)
		}
		for r := rune(0); r < 1<<16; r++ { // the dictionaries hold no word that starts outside the BMP
			if got, want := m.first.has(r), m.slot[r] != 0; got != want {
				t.Fatalf("%s: first.has(%q) = %v, slot %d", name, r, got, m.slot[r])
			}
		}
		for r, es := range m.byFirst {
			for _, e := range es {
				if f, _ := utf8.DecodeRuneInString(e.word); f != r {
					t.Fatalf("%s: %q filed under %q", name, e.word, r)
				}
				if !m.first.has(r) {
					t.Errorf("%s: first rune of %q missing", name, e.word)
				}
				if !h.projectFirst.has(r) && (m == h.typos || m == h.topics.words) {
					t.Errorf("%s: first rune of %q missing from projectFirst", name, e.word)
				}
			}
		}
	}
	for r := rune(0); r < 1<<16; r++ {
		if got, want := h.projectFirst.has(r), h.typos.slot[r] != 0 || h.topics.words.slot[r] != 0; got != want {
			t.Fatalf("projectFirst.has(%q) = %v, want %v", r, got, want)
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
