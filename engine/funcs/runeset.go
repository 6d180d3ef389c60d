package funcs

import "unicode/utf8"

// runeSet is a set of runes by their low 16 bits, one bit each: at 8 KB it
// stays in the first-level cache while a text is scanned. It holds every rune
// added to it, and also reports a rune that shares its low 16 bits with one of
// them, which only a rune outside the Basic Multilingual Plane, or one inside
// it when a rune outside was added, can do.
type runeSet [1 << 16 / 64]uint64

// add puts r in s.
func (s *runeSet) add(r rune) { s[uint16(r)>>6] |= 1 << (r & 63) }

// has reports whether s may hold r: it is true for every rune added.
func (s *runeSet) has(r rune) bool { return s[uint16(r)>>6]&(1<<(r&63)) != 0 }

// union adds the runes of t to s.
func (s *runeSet) union(t *runeSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

// skip returns the first byte at or after i of text where a rune may start
// that s may hold; len(text) when there is none. It passes over ASCII and
// over every three bytes of the form 1110xxxx 10xxxxxx 10xxxxxx whose rune s
// does not hold: most CJK text and full-width punctuation, and the
// encodings of surrogates and overlong ones, which are no UTF-8 and at which
// no word can start either. It stops at any other byte. What it passes over
// is one UTF-16 code unit a rune, as decodeRune decodes it. Its loop makes no
// call and finds the bit of a rune from its bytes.
func (s *runeSet) skip(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if s.has(rune(c)) {
				return i
			}
			i++
			continue
		}
		if i+3 > len(text) {
			return i
		}
		t := text[i : i+3] // one bounds check for the three bytes
		c1, c2 := t[1], t[2]
		if (uint(c)|uint(c1)<<8|uint(c2)<<16)&0xC0C0F0 != 0x8080E0 {
			return i
		}
		// The rune is (c&0x0F)<<12 | (c1&0x3F)<<6 | c2&0x3F: its word in s is
		// its top ten bits, its bit there the low six.
		if s[uint(c&0x0F)<<6|uint(c1&0x3F)]&(1<<(c2&0x3F)) != 0 {
			return i
		}
		i += 3
	}
	return i
}
