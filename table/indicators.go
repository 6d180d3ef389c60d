package table

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The packed indicator cell of the text layout is a numbered list:
//
//	1、1-产出指标；12-质量指标；项目完成情况；实施周期指标值：…；年度指标值：…。2、2-效益指标；…
//
// An item starts at a number, `、` and a first-level category (`code-name`, or a
// bare 产出/效益/满意度/成本 name), so that `第2、3季度` inside a value starts
// nothing. Fields are separated by `；` or `;`; a label is followed by `：`, `:`
// or `: `. The separator or `。` that closes an item, and white space around it,
// belong to the item and not to its last value; every other value is kept as
// written except for surrounding white space, so a period value may end in `。`
// where the annual value of the same item does not.

// bareLevel1 are first-level names that may start an item without a code.
var bareLevel1 = []string{"产出", "效益", "满意度", "成本"}

const (
	ideographicComma = "、"
	malformed        = "malformed-indicator"
	mixedPunct       = "mixed-punctuation"
	itemShape        = "expected N、code-一级指标；code-二级指标；指标名称；实施周期指标值：…；年度指标值：…"
)

// parseIndicators splits a packed indicator cell (text at span) into indicators;
// items it cannot read become malformed-indicator problems. text must be valid
// UTF-8, as every reader makes it (see Decode).
func parseIndicators(text string, span Span) ([]*Indicator, []Problem) {
	var ip indicatorParser
	return ip.parse(text, span)
}

// indicatorParser splits packed indicator cells, reusing its buffers from cell
// to cell and taking indicators from shared slabs.
type indicatorParser struct {
	starts []int
	inds   slab[Indicator]
	ptrs   slab[*Indicator]
}

// parse splits one packed indicator cell; see parseIndicators.
func (ip *indicatorParser) parse(text string, span Span) ([]*Indicator, []Problem) {
	ct := newCellText(text, span)
	ip.starts = itemStarts(ip.starts[:0], text)
	starts := ip.starts
	var problems []Problem
	lead := len(text)
	if len(starts) > 0 {
		lead = starts[0]
	}
	if a, b := trimSpan(text, 0, lead); a < b {
		msg := "text before the first numbered item; " + itemShape
		if len(starts) == 0 {
			msg = "no numbered indicator item; " + itemShape
		}
		problems = append(problems, Problem{Kind: malformed, Message: msg, Text: text[a:b], Span: ct.part(a, b)})
	}
	inds := ip.ptrs.take(len(starts))[:0]
	slab := ip.inds.take(len(starts))
	for k, a := range starts {
		b := len(text)
		if k+1 < len(starts) {
			b = starts[k+1]
		}
		ind := &slab[k]
		kept := len(problems)
		msg := parseItem(ind, text, a, closeItem(text, a, b), &ct, &problems)
		if msg != "" {
			problems = problems[:kept]
			_, e := trimSpan(text, a, b)
			problems = append(problems, Problem{Kind: malformed, Message: msg, Text: text[a:e], Span: ct.part(a, e)})
			*ind = Indicator{}
			continue
		}
		inds = append(inds, ind)
	}
	return inds, problems
}

// itemStarts appends to starts the byte offsets where numbered items start.
func itemStarts(starts []int, s string) []int {
	for pos := 0; ; {
		k := strings.Index(s[pos:], ideographicComma)
		if k < 0 {
			return starts
		}
		p := pos + k
		n := p
		for n > 0 && isDigit(s[n-1]) {
			n--
		}
		if n < p && level1Ahead(s[p+len(ideographicComma):]) {
			starts = append(starts, n)
		}
		pos = p + len(ideographicComma)
	}
}

// level1Ahead reports whether s starts with a first-level category: digits, a
// dash and a name, or a known first-level name.
func level1Ahead(s string) bool {
	s = s[skipSpace(s, 0, len(s)):]
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		for _, n := range bareLevel1 {
			if strings.HasPrefix(s, n) {
				return true
			}
		}
		return false
	}
	d := dashLen(s[i:])
	if d == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+d:])
	return r != utf8.RuneError && !unicode.IsDigit(r) && !unicode.IsSpace(r) && r != ';' && r != '；'
}

// closeItem returns the end of the item text[a:b] without the separator or `。`
// that closes it and the white space around that.
func closeItem(s string, a, b int) int {
	_, b = trimSpan(s, a, b)
	for _, t := range []string{"。", "；", ";"} {
		if strings.HasSuffix(s[a:b], t) {
			_, b = trimSpan(s, a, b-len(t))
			break
		}
	}
	return b
}

// parseLevel splits `12-质量指标` into code and name; text without a code is all name.
func parseLevel(f string) Level {
	i := 0
	for i < len(f) && isDigit(f[i]) {
		i++
	}
	if i > 0 {
		if d := dashLen(f[i:]); d > 0 {
			a, b := trimSpan(f, i+d, len(f))
			return Level{Code: f[:i], Name: f[a:b]}
		}
	}
	return Level{Name: f}
}

// labelAt reports whether a value label starts f, which means fields are missing.
func labelAt(f string) bool {
	for _, l := range valueLabels {
		if strings.HasPrefix(f, l) {
			return true
		}
	}
	return false
}

// skipColon returns the offset after the white space and `：` or `:` at pos.
func skipColon(s string, pos, b int) int {
	pos, _ = trimSpan(s, pos, b)
	if strings.HasPrefix(s[pos:b], "：") {
		pos += len("：")
	} else if strings.HasPrefix(s[pos:b], ":") {
		pos++
	}
	return pos
}

// trimSeparator returns the end of s[a:b] without trailing white space and one
// trailing separator.
func trimSeparator(s string, a, b int) int {
	_, b = trimSpan(s, a, b)
	if strings.HasSuffix(s[a:b], "；") {
		b -= len("；")
	} else if strings.HasSuffix(s[a:b], ";") {
		b--
	}
	return b
}

// trimSpan returns the bounds of s[a:b] without surrounding white space. The
// characters at both ends are compared byte by byte with the forms of the white
// space characters, without decoding them.
func trimSpan(s string, a, b int) (int, int) {
	if b <= a || spaceFirst[s[a]] || spaceLast[s[b-1]] {
		return trimSpaces(s, a, b)
	}
	return a, b // most often: nothing to trim
}

// trimSpaces is trimSpan for text that may start or end with white space.
func trimSpaces(s string, a, b int) (int, int) {
	a = skipSpace(s, a, b)
	for b > a {
		n := spaceBefore(s, a, b)
		if n == 0 {
			break
		}
		b -= n
	}
	return a, b
}

// skipSpace returns the offset of the first character of s[a:b] that is not
// white space, or b.
func skipSpace(s string, a, b int) int {
	for a < b {
		n := spaceAt(s, a, b)
		if n == 0 {
			break
		}
		a += n
	}
	return a
}

// spaceAt returns the byte length of the white space character (as
// unicode.IsSpace has it) that starts s[a:b], or 0.
func spaceAt(s string, a, b int) int {
	switch c := s[a]; {
	case c < 0x80:
		if isASCIISpace(c) {
			return 1
		}
	case c == 0xC2:
		if a+1 < b && (s[a+1] == 0x85 || s[a+1] == 0xA0) {
			return 2
		}
	case c >= 0xE1 && c <= 0xE3:
		if a+2 < b && isSpace3(c, s[a+1], s[a+2]) {
			return 3
		}
	}
	return 0
}

// spaceBefore returns the byte length of the white space character that ends
// s[a:b], or 0.
func spaceBefore(s string, a, b int) int {
	switch c := s[b-1]; {
	case c < 0x80:
		if isASCIISpace(c) {
			return 1
		}
	case b-2 >= a && s[b-2] == 0xC2:
		if c == 0x85 || c == 0xA0 {
			return 2
		}
	case b-3 >= a && isSpace3(s[b-3], s[b-2], c):
		return 3
	}
	return 0
}

// spaceFirst and spaceLast hold the bytes that start and that end the UTF-8
// form of a white space character (see spaceAt), so that trimSpan passes over
// text that neither starts nor ends with one without decoding its ends.
var spaceFirst, spaceLast = func() (first, last [256]bool) {
	for r := rune(0); r <= '\u3000'; r++ { // the last white space character
		if unicode.IsSpace(r) {
			var b [utf8.UTFMax]byte
			n := utf8.EncodeRune(b[:], r)
			first[b[0]], last[b[n-1]] = true, true
		}
	}
	return first, last
}()

// isSpace3 reports whether the bytes c0 c1 c2 are the UTF-8 form of a white
// space character: U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000.
func isSpace3(c0, c1, c2 byte) bool {
	switch c0 {
	case 0xE1:
		return c1 == 0x9A && c2 == 0x80
	case 0xE2:
		return c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) ||
			c1 == 0x81 && c2 == 0x9F
	case 0xE3:
		return c1 == 0x80 && c2 == 0x80
	}
	return false
}

// dashLen returns the byte length of the dash (- or －) that starts s, or 0.
func dashLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "－"):
		return len("－")
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isASCIISpace reports whether the ASCII byte c is white space.
func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }
