package funcs

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jxlint/jxlint/table"
)

// fullWidth maps each half-width mark that mixed-punctuation reports to the
// full-width mark Chinese text uses.
var fullWidth = map[rune]string{',': "，", ':': "：", ';': "；", '(': "（", ')': "）"}

// MarkProblem is a half-width separator that the reader noted in a project
// (a problem of kind mixed-punctuation, as in 实施周期指标值: ), with its
// full-width fix.
type MarkProblem struct {
	Span table.Span `expr:"span"` // where the reader found it
	Text string     `expr:"text"` // the text it noted, spaces included
	Word string     `expr:"word"` // the mark: the text without its spaces
	Fix  string     `expr:"fix"`  // the full-width mark
}

// halfWidthProblems returns the problems of kind mixed-punctuation of a
// project whose text, without its spaces, is one of the marks , : ; ( ), in
// order: what filter(project.problems, .kind == "mixed-punctuation" &&
// trim(.text) in ["," ":" ";" "(" ")"]) gives, each with its mark and fix.
func halfWidthProblems(v any) []*MarkProblem {
	p := projectOf(v)
	if p == nil {
		return nil
	}
	var out []*MarkProblem
	for i := range p.Problems {
		pr := &p.Problems[i]
		w := strings.TrimSpace(pr.Text)
		if pr.Kind != "mixed-punctuation" || len(w) != 1 {
			continue
		}
		if fix, ok := fullWidth[rune(w[0])]; ok {
			out = append(out, &MarkProblem{Span: pr.Span, Text: pr.Text, Word: w, Fix: fix})
		}
	}
	return out
}

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
	// Parentheses first: a comma next to a reported parenthesis stands in Chinese
	// text too, as in 2场(含决赛),服务.
	marked := map[int]bool{}
	chinese := func(i, dir int) bool {
		j := neighbourIndex(rs, i, dir)
		return j >= 0 && (isChinese(rs[j]) || marked[j])
	}
	done := map[int]bool{} // closing parentheses decided with their opening one
	for i, r := range rs {
		switch r {
		case '(':
			j := indexRune(rs, i+1, ')')
			if j < 0 {
				marked[i] = chinese(i, -1) || chinese(i, +1)
				continue
			}
			done[j] = true
			if chinese(i, -1) || chinese(i, +1) || chinese(j, -1) || chinese(j, +1) {
				marked[i], marked[j] = true, true
			}
		case ')':
			if !done[i] {
				marked[i] = chinese(i, -1) || chinese(i, +1)
			}
		}
	}
	for i, r := range rs {
		if (r == ',' || r == ':' || r == ';') && chinese(i, -1) && chinese(i, +1) {
			marked[i] = true
		}
	}
	for i := range rs {
		if marked[i] {
			add(i)
		}
	}
	return out
}

// neighbourIndex returns the index of the nearest non-space rune before (dir
// -1) or after (+1) index i, or -1 at an end.
func neighbourIndex(rs []rune, i, dir int) int {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if !unicode.IsSpace(rs[j]) {
			return j
		}
	}
	return -1
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
