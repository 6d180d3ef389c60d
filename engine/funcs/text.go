package funcs

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// finalPunct are the marks that normalize drops from the end of a text.
const finalPunct = "。．.，,；;、：:！!？?"

// normalize returns text without any white space (full-width spaces included)
// and without final punctuation, so that 正常运转 and 正常运转。 compare equal.
func normalize(text string) string {
	clean := true
	for _, r := range text {
		if unicode.IsSpace(r) {
			clean = false
			break
		}
	}
	if !clean {
		text = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, text)
	}
	for text != "" {
		r, n := utf8.DecodeLastRuneInString(text)
		if !strings.ContainsRune(finalPunct, r) {
			break
		}
		text = text[:len(text)-n]
	}
	return text
}

// fullWidth maps each half-width mark that mixed-punctuation reports to the
// full-width mark Chinese text uses.
var fullWidth = map[rune]string{',': "，", ':': "：", ';': "；", '(': "（", ')': "）"}

// halfWidthPunct returns the half-width marks , : ; ( ) that stand in Chinese
// text, each with its full-width fix. A comma, colon or semicolon counts when
// the nearest non-space characters on both sides are Chinese; a pair of
// parentheses counts when a character inside or next to it is Chinese, so that
// 9,235.17, 10:30 and (1) stay alone.
func halfWidthPunct(text string) []Match {
	if !strings.ContainsAny(text, ",:;()") {
		return nil
	}
	rs := []rune(text)
	offs := make([]int, len(rs)+1)
	for i, r := range rs {
		offs[i+1] = offs[i] + utf16.RuneLen(r)
	}
	var out []Match
	add := func(i int) {
		out = append(out, Match{Word: string(rs[i]), Fix: fullWidth[rs[i]], Start: offs[i], End: offs[i+1]})
	}
	closing := map[int]bool{} // closing parentheses already decided with their opening one
	for i, r := range rs {
		switch r {
		case ',', ':', ';':
			if isChinese(neighbour(rs, i, -1)) && isChinese(neighbour(rs, i, +1)) {
				add(i)
			}
		case '(':
			j := indexRune(rs, i+1, ')')
			if j < 0 {
				if isChinese(neighbour(rs, i, -1)) || isChinese(neighbour(rs, i, +1)) {
					add(i)
				}
				continue
			}
			closing[j] = true
			if isChinese(neighbour(rs, i, -1)) || isChinese(neighbour(rs, i, +1)) ||
				isChinese(neighbour(rs, j, -1)) || isChinese(neighbour(rs, j, +1)) {
				add(i)
				add(j)
			}
		case ')':
			if !closing[i] && (isChinese(neighbour(rs, i, -1)) || isChinese(neighbour(rs, i, +1))) {
				add(i)
			}
		}
	}
	sortMatches(out)
	return out
}

// neighbour returns the nearest non-space rune before (dir -1) or after (+1)
// index i, or 0 at an end.
func neighbour(rs []rune, i, dir int) rune {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if !unicode.IsSpace(rs[j]) {
			return rs[j]
		}
	}
	return 0
}

// indexRune returns the index of the first r in rs at or after from, or -1.
func indexRune(rs []rune, from int, r rune) int {
	for j := from; j < len(rs); j++ {
		if rs[j] == r {
			return j
		}
		if rs[j] == '(' {
			return -1
		}
	}
	return -1
}

// isChinese reports whether r is a Han character or full-width Chinese punctuation.
func isChinese(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF01 && r <= 0xFF0F) ||
		(r >= 0xFF1A && r <= 0xFF20)
}

// sortMatches orders matches by start; halfWidthPunct adds a closing
// parenthesis together with its opening one, ahead of marks between them.
func sortMatches(ms []Match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// clip shortens text to at most n characters for a message, marking a cut with …
func clip(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return text[:i] + "…"
}
