package funcs

import (
	"math/bits"
	"strings"
	"unicode"
)

// hasSpace reports whether text holds white space, as unicode.IsSpace defines
// it. It reads text eight bytes at a time and looks only at the bytes that can
// start a space; most CJK text has none.
func hasSpace(text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		if m := spaceLeads(load64(text[i : i+8])); m != 0 && spaceIn(text, i, m) {
			return true
		}
	}
	if i == len(text) {
		return false
	}
	if i >= 8 { // the last eight bytes, without those seen
		j := len(text) - 8
		m := spaceLeads(load64(text[j:])) &^ (1<<(8*(i-j)) - 1)
		return m != 0 && spaceIn(text, j, m)
	}
	if len(text) >= 4 { // the first four bytes and the last four, which may overlap
		m := spaceLeads(uint64(load32(text)) | uint64(load32(text[len(text)-4:]))<<32)
		return m != 0 && (spaceIn(text, 0, m&0xFFFFFFFF) || spaceIn(text, len(text)-8, m&^0xFFFFFFFF))
	}
	w := ^uint64(0) << (8 * len(text)) // 0xFF, which starts no space, past the end
	for k := range len(text) {
		w |= uint64(text[k]) << (8 * k)
	}
	m := spaceLeads(w)
	return m != 0 && spaceIn(text, 0, m)
}

// load64 returns the first eight bytes of s, which has at least eight, as
// one little-endian word: the compiler makes it one load.
func load64(s string) uint64 {
	_ = s[7] // one bounds check for the eight bytes
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, which has at least four, as one
// little-endian word.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// spaceIn reports whether a space starts at one of the bytes of text that m
// marks, byte i+k by the top bit of byte k of m; i may be negative when m
// marks no byte k below -i.
func spaceIn(text string, i int, m uint64) bool {
	for ; m != 0; m &= m - 1 {
		if spaceAt(text, i+bits.TrailingZeros64(m)>>3) {
			return true
		}
	}
	return false
}

// ones has a 1 in every byte; highs the top bit of every byte.
const ones, highs = 0x0101010101010101, 0x8080808080808080

// spaceLeads sets the top bit of each byte of w that can start a space: those
// below 0x21 (the ASCII spaces), 0xC2 (U+0085, U+00A0) and 0xE0–0xE3 (U+1680,
// U+2000–U+205F, U+3000). It may set the top bit of a byte just above one of
// those too, never of a byte with its own top bit set.
func spaceLeads(w uint64) uint64 {
	return below(w, 0x21) | below(w^(ones*0xE0), 4) | below(w^(ones*0xC2), 1)
}

// below sets the top bit of each byte of w that is below n, for n below 0x80,
// and maybe of a byte equal to n next above a marked one, which the borrow of
// the subtraction reaches. A byte with its top bit set is never marked.
func below(w uint64, n uint64) uint64 {
	return (w - ones*n) &^ w & highs
}

// spaceAt reports whether a white space character starts at byte i of text.
// The multi-byte spaces are recognised by their bytes: a valid encoding of a
// space is the only one that decodes to it.
func spaceAt(text string, i int) bool {
	switch text[i] {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	case 0xC2: // U+0085, U+00A0
		return i+1 < len(text) && (text[i+1] == 0x85 || text[i+1] == 0xA0)
	case 0xE1: // U+1680
		return i+2 < len(text) && text[i+1] == 0x9A && text[i+2] == 0x80
	case 0xE2: // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
		if i+2 >= len(text) {
			return false
		}
		c1, c2 := text[i+1], text[i+2]
		return c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) ||
			c1 == 0x81 && c2 == 0x9F
	case 0xE3: // U+3000
		return i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80
	}
	return false
}

// finalPunct are the marks that normalize drops from the end of a text.
const finalPunct = "。．.，,；;、：:！!？?"

// normalize returns text without any white space (full-width spaces included)
// and without final punctuation, so that 正常运转 and 正常运转。 compare equal.
func normalize(text string) string {
	if hasSpace(text) {
		text = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, text)
	}
	for {
		n := finalPunctLen(text)
		if n == 0 {
			return text
		}
		text = text[:len(text)-n]
	}
}

// finalPunctLen returns the length in bytes of the mark of finalPunct that
// ends text, or 0. The full-width marks are matched by their bytes: no other
// ending of text decodes to one of them.
func finalPunctLen(text string) int {
	n := len(text)
	if n == 0 {
		return 0
	}
	switch text[n-1] {
	case '.', ',', ';', ':', '!', '?':
		return 1
	case 0x81, 0x82, 0x8C, 0x8E, 0x9A, 0x9B, 0x9F: // the last bytes of the full-width marks
		if n >= 3 {
			switch text[n-3:] {
			case "。", "．", "，", "；", "、", "：", "！", "？":
				return 3
			}
		}
	}
	return 0
}

// blank reports whether normalize(text) is "": whether text holds nothing but
// white space and the marks of finalPunct. Most texts are told apart by their
// first rune.
func blank(text string) bool {
	for _, r := range text { // a byte that is not UTF-8 gives U+FFFD, which is neither
		if !isFinalPunct(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isFinalPunct reports whether r is one of finalPunct.
func isFinalPunct(r rune) bool {
	switch r {
	case '。', '．', '.', '，', ',', '；', ';', '、', '：', ':', '！', '!', '？', '?':
		return true
	}
	return false
}
