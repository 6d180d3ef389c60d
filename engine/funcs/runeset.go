package funcs

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
