package funcs

// runeSet is a set of runes of the Basic Multilingual Plane, one bit each: at
// 8 KB it stays in the first-level cache while a text is scanned.
type runeSet [1 << 16 / 64]uint64

// add puts r, a BMP rune, in s.
func (s *runeSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

// has reports whether s holds r; it is false for every rune outside the BMP.
func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 1<<16 && s[r>>6]&(1<<(r&63)) != 0
}

// union adds the runes of t to s.
func (s *runeSet) union(t *runeSet) {
	for i := range s {
		s[i] |= t[i]
	}
}
