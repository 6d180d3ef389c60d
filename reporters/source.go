package reporters

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/jxlint/jxlint/table"
)

// excerptWidth is the most terminal columns an excerpt's text takes: a
// longer line (a packed row is often hundreds of characters) is cut to a
// window around the flagged text, with … where it was cut.
const excerptWidth = 80

// excerptBefore is how many columns of context are kept before the flagged
// text when a line is cut.
const excerptBefore = 24

// sourceLines finds the lines of a file's decoded text by number.
type sourceLines struct {
	text   string
	starts []int // byte offset of each line's start
}

// newSourceLines indexes text's lines once.
func newSourceLines(text string) sourceLines {
	s := sourceLines{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.starts = append(s.starts, i+1)
		}
	}
	return s
}

// line returns line n (1-based) without its line end.
func (s *sourceLines) line(n int) (string, bool) {
	if n < 1 || n > len(s.starts) {
		return "", false
	}
	end := len(s.text)
	if n < len(s.starts) {
		end = s.starts[n] - 1
	}
	return strings.TrimSuffix(s.text[s.starts[n-1]:end], "\r"), true
}

// cellWidth is how many terminal columns r takes: two for wide East Asian
// characters, one for others.
func cellWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// appendExcerpt appends the excerpt of span in src: the line with its number
// in a gutter, and under it ^ under the flagged characters (columns in UTF-16
// code units, as spans count them). A span running past its line is marked to
// the line's end; an empty span marks one character. It appends nothing when
// the span has no line in src.
func appendExcerpt(b []byte, src *sourceLines, span table.Span, markColor string) []byte {
	if !span.HasText() {
		return b
	}
	line, ok := src.line(int(span.Line))
	if !ok {
		return b
	}
	start, end := int(span.Column)-1, int(span.EndColumn)-1
	if span.EndLine != span.Line || end <= start {
		end = start + 1
		if span.EndLine > span.Line {
			end = 1 << 30
		}
	}
	type cell struct {
		r     rune
		w     int
		u     int // UTF-16 offset of the rune in the line
		inKey bool
	}
	var cells []cell
	u, first, last := 0, -1, -1
	for _, r := range line {
		if r == '\t' || r < 0x20 || r == utf8.RuneError {
			r = ' '
		}
		c := cell{r: r, w: cellWidth(r), u: u, inKey: u >= start && u < end}
		if c.inKey && first < 0 {
			first = len(cells)
		}
		if c.inKey {
			last = len(cells)
		}
		cells = append(cells, c)
		u += utf16RuneLen(r)
	}
	if first < 0 { // the span starts at or past the line's end: mark after it
		cells = append(cells, cell{r: ' ', w: 1, inKey: true})
		first, last = len(cells)-1, len(cells)-1
	}
	// Choose the window [lo, hi) of cells to show.
	lo, hi := 0, len(cells)
	if total := sumWidth(cells, 0, len(cells), func(c cell) int { return c.w }); total > excerptWidth {
		lo = first
		for w := 0; lo > 0 && w+cells[lo-1].w <= excerptBefore; lo-- {
			w += cells[lo-1].w
		}
		hi = lo
		for w := 0; hi < len(cells) && w+cells[hi].w <= excerptWidth; hi++ {
			w += cells[hi].w
		}
	}
	gutter := strconv.Itoa(int(span.Line))
	b = append(b, "  "...)
	b = append(b, gutter...)
	b = append(b, " | "...)
	if lo > 0 {
		b = append(b, "…"...)
	}
	for _, c := range cells[lo:hi] {
		b = utf8.AppendRune(b, c.r)
	}
	if hi < len(cells) {
		b = append(b, "…"...)
	}
	b = append(b, "\n  "...)
	b = append(b, strings.Repeat(" ", len(gutter))...)
	b = append(b, " | "...)
	if lo > 0 {
		b = append(b, ' ') // under the …, which takes one column
	}
	b = append(b, strings.Repeat(" ", sumWidth(cells, lo, min(first, hi), func(c cell) int { return c.w }))...)
	if markColor != "" {
		b = append(b, markColor...)
	}
	b = append(b, strings.Repeat("^", max(1, sumWidth(cells, max(first, lo), min(last+1, hi), func(c cell) int { return c.w })))...)
	if markColor != "" {
		b = append(b, ansiReset...)
	}
	return append(b, '\n')
}

// sumWidth adds f over cells[i:j].
func sumWidth[T any](cells []T, i, j int, f func(T) int) int {
	n := 0
	for k := i; k < j; k++ {
		n += f(cells[k])
	}
	return n
}

// utf16RuneLen is the number of UTF-16 code units of r.
func utf16RuneLen(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}
