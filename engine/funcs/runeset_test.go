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
		{"\xed\xa0\x80积效", []Match{{"积效", "绩效", 3, 5}}}, // three bytes that are no UTF-8: three units
		{"\xe0\x80\x80积效\xe4积效", []Match{{"积效", "绩效", 3, 5}, {"积效", "绩效", 6, 8}}},
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

// checkSkip checks skip(text, i) = got: no rune that s holds starts in
// text[i:got], so no word is passed over; decodeRune steps from i to got over
// runes of one UTF-16 code unit each; and skip stopped for a reason: at a rune
// that s holds, or at a byte that is neither ASCII nor the first of three of
// the form 1110xxxx 10xxxxxx 10xxxxxx whose bits s holds.
func checkSkip(t *testing.T, s *runeSet, text string, i, got int) {
	t.Helper()
	for p := i; p < got; p++ {
		if r, n := utf8.DecodeRuneInString(text[p:]); n > 1 || r != utf8.RuneError {
			if s.has(r) {
				t.Fatalf("skip(%q, %d) = %d passes %q at %d", clip(text, 20), i, got, r, p)
			}
		}
	}
	p := i
	for p < got {
		r, n := decodeRune(text, p)
		if r >= 1<<16 {
			t.Fatalf("skip(%q, %d) = %d passes %q, of two UTF-16 units", clip(text, 20), i, got, r)
		}
		p += n
	}
	if p != got {
		t.Fatalf("skip(%q, %d) = %d, inside a rune", clip(text, 20), i, got)
	}
	if got == len(text) {
		return
	}
	r, n := utf8.DecodeRuneInString(text[got:])
	valid := n > 1 || r != utf8.RuneError
	three := len(text)-got >= 3 && text[got]&0xF0 == 0xE0 && text[got+1]&0xC0 == 0x80 && text[got+2]&0xC0 == 0x80
	if three { // the rune the bytes would give, which may be an encoding that is not UTF-8
		bits := rune(text[got]&0x0F)<<12 | rune(text[got+1]&0x3F)<<6 | rune(text[got+2]&0x3F)
		three = !s.has(bits)
	}
	if (!valid || !s.has(r)) && (text[got] < utf8.RuneSelf || three) {
		t.Fatalf("skip(%q, %d) = %d stops at %q for no reason", clip(text, 20), i, got, text[got:got+1])
	}
}

// TestSkip checks skip with the typos' first runes and a set with ASCII, at
// every byte of texts that hold every BMP rune, runes of two and four bytes,
// cut runes and bytes that are not UTF-8.
func TestSkip(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	var ascii runeSet
	for _, r := range "a,(\x00正" {
		ascii.add(r)
	}
	texts := []string{"", "正产运转", "按时完成，正产运转。", "abc,def", "é正", "𠀀正", "\xe4\xb8", "正\xe4", "\xe4\xb8a正",
		"\xed\xa0\x80正", "\xe0\xa0\x80正", "\xe0\x80\x80正", "\xef\xbf\xbd正", "\xe4\xe6\xad\xa3", "\xff正产", "正产\x80", "\U00010000正"}
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
				checkSkip(t, set, text, i, set.skip(text, i))
			}
		}
	}
}
