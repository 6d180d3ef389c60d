package table

// This file keeps the packed indicator parser as it was before the one-pass
// item scanner, as the reference that FuzzIndicatorsMatchReference compares the
// parser with: the same indicators, spans and problems for any cell text.

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

// Labels of the two values of a packed item.
var (
	refPeriodLabels = []string{"实施周期指标值", "实施期指标值"}
	refAnnualLabels = []string{"年度指标值"}
)

// refAllLabels are the period and annual labels together.
var refAllLabels = append(append([]string{}, refPeriodLabels...), refAnnualLabels...)

// refBareLevel1 are first-level names that may start an item without a code.
var refBareLevel1 = []string{"产出", "效益", "满意度", "成本"}

// refParseIndicators splits a packed indicator cell (text at span) into indicators;
// items it cannot read become malformed-indicator problems.
func refParseIndicators(text string, span Span) ([]*Indicator, []Problem) {
	var ip refIndicatorParser
	return ip.parse(text, span)
}

// refIndicatorParser splits packed indicator cells, reusing its buffers from cell
// to cell and taking indicators from shared slabs.
type refIndicatorParser struct {
	starts []int
	inds   slab[Indicator]
	ptrs   slab[*Indicator]
}

// parse splits one packed indicator cell; see refParseIndicators.
func (ip *refIndicatorParser) parse(text string, span Span) ([]*Indicator, []Problem) {
	ct := newCellText(text, span)
	ip.starts = refItemStarts(ip.starts[:0], text)
	starts := ip.starts
	var problems []Problem
	lead := len(text)
	if len(starts) > 0 {
		lead = starts[0]
	}
	if a, b := refTrimSpan(text, 0, lead); a < b {
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
		msg := refParseItem(ind, text, a, refCloseItem(text, a, b), &ct, &problems)
		if msg != "" {
			problems = problems[:kept]
			_, e := refTrimSpan(text, a, b)
			problems = append(problems, Problem{Kind: malformed, Message: msg, Text: text[a:e], Span: ct.part(a, e)})
			*ind = Indicator{}
			continue
		}
		inds = append(inds, ind)
	}
	return inds, problems
}

// refItemStarts appends to starts the byte offsets where numbered items start.
func refItemStarts(starts []int, s string) []int {
	for pos := 0; ; {
		k := strings.Index(s[pos:], ideographicComma)
		if k < 0 {
			return starts
		}
		p := pos + k
		n := p
		for n > 0 && refIsDigit(s[n-1]) {
			n--
		}
		if n < p && refLevel1Ahead(s[p+len(ideographicComma):]) {
			starts = append(starts, n)
		}
		pos = p + len(ideographicComma)
	}
}

// refLevel1Ahead reports whether s starts with a first-level category: digits, a
// dash and a name, or a known first-level name.
func refLevel1Ahead(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := 0
	for i < len(s) && refIsDigit(s[i]) {
		i++
	}
	if i == 0 {
		for _, n := range refBareLevel1 {
			if strings.HasPrefix(s, n) {
				return true
			}
		}
		return false
	}
	d := refDashLen(s[i:])
	if d == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+d:])
	return r != utf8.RuneError && !unicode.IsDigit(r) && !unicode.IsSpace(r) && r != ';' && r != '；'
}

// refCloseItem returns the end of the item text[a:b] without the separator or `。`
// that closes it and the white space around that.
func refCloseItem(s string, a, b int) int {
	_, b = refTrimSpan(s, a, b)
	for _, t := range []string{"。", "；", ";"} {
		if strings.HasSuffix(s[a:b], t) {
			_, b = refTrimSpan(s, a, b-len(t))
			break
		}
	}
	return b
}

// refParseItem reads the item text[a:b] into ind or says why it cannot; half-width
// separators it meets are appended to probs.
func refParseItem(ind *Indicator, s string, a, b int, ct *cellText, probs *[]Problem) string {
	p := a + strings.Index(s[a:b], ideographicComma)
	ind.Number = s[a:p]
	ind.Spans.Number = ct.part(a, p)
	msg := refParseFields(ind, s, p, b, ct, probs)
	// The item's span is placed last, so that the cursor walks the item once.
	end := ct.part(b, b)
	ind.Spans.Item = ind.Spans.Number
	ind.Spans.Item.EndLine, ind.Spans.Item.EndColumn = end.EndLine, end.EndColumn
	return msg
}

// refParseFields reads the fields of the item text[a:b] after its number, which
// ends at p, into ind or says why it cannot. Half-width `;` and `:` used as
// separators are recorded in probs as mixed-punctuation problems.
func refParseFields(ind *Indicator, s string, p, b int, ct *cellText, probs *[]Problem) string {
	item := func(msg string) string { return "item " + ind.Number + ": " + msg }
	// First- and second-level fields, each closed by a separator.
	pos := p + len(ideographicComma)
	var spans [2]Span
	for i, lv := range []*Level{&ind.Level1, &ind.Level2} {
		fs, fe, next := refField(s, pos, b)
		if next < 0 || refLabelAt(s[fs:fe]) {
			return item(itemShape)
		}
		*lv = refParseLevel(s[fs:fe])
		if lv.Name == "" {
			return item("empty category; " + itemShape)
		}
		spans[i] = ct.part(fs, fe)
		if s[next-1] == ';' {
			refHalfWidth(probs, s, next-1, b, ct)
		}
		pos = next
	}
	ind.Spans.Level1, ind.Spans.Level2 = spans[0], spans[1]
	// The values are found by their labels, so that a name or value may hold a separator.
	pl, pe := refFindLabel(s, pos, b, refPeriodLabels)
	al, ae := refFindLabel(s, max(pos, pe), b, refAnnualLabels)
	if pl < 0 && al < 0 {
		return item("no 实施周期指标值 or 年度指标值; " + itemShape)
	}
	nameEnd := pl
	if pl < 0 {
		nameEnd = al
	}
	ns, ne := refTrimSpan(s, pos, refTrimSeparator(s, pos, nameEnd))
	if ns == ne {
		return item("no indicator name; " + itemShape)
	}
	ind.Name, ind.Spans.Name = s[ns:ne], ct.part(ns, ne)
	refHalfWidthSemicolon(probs, s, pos, nameEnd, ct)
	if pl >= 0 {
		end := b
		if al >= 0 {
			end = refTrimSeparator(s, pe, al)
		}
		refHalfWidthColon(probs, s, pe, end, ct)
		vs, ve := refTrimSpan(s, refSkipColon(s, pe, end), end)
		ind.Period, ind.Spans.Period = s[vs:ve], ct.part(vs, ve)
		if al >= 0 {
			refHalfWidthSemicolon(probs, s, pe, al, ct)
		}
	}
	if al >= 0 {
		refHalfWidthColon(probs, s, ae, b, ct)
		vs, ve := refTrimSpan(s, refSkipColon(s, ae, b), b)
		ind.Annual, ind.Spans.Annual = s[vs:ve], ct.part(vs, ve)
	}
	return ""
}

// refField returns the trimmed refField that starts at pos, up to the next separator
// before b, and the offset after that separator (-1 when there is none).
func refField(s string, pos, b int) (start, end, next int) {
	i, w := refIndexSeparator(s[pos:b])
	if i < 0 {
		return pos, b, -1
	}
	start, end = refTrimSpan(s, pos, pos+i)
	return start, end, pos + i + w
}

// refParseLevel splits `12-质量指标` into code and name; text without a code is all name.
func refParseLevel(f string) Level {
	i := 0
	for i < len(f) && refIsDigit(f[i]) {
		i++
	}
	if i > 0 {
		if d := refDashLen(f[i:]); d > 0 {
			a, b := refTrimSpan(f, i+d, len(f))
			return Level{Code: f[:i], Name: f[a:b]}
		}
	}
	return Level{Name: f}
}

// refFindLabel finds the first of labels in s[from:b] and returns its start and the
// offset after it, or -1, -1.
func refFindLabel(s string, from, b int, labels []string) (int, int) {
	for _, l := range labels {
		if i := strings.Index(s[from:b], l); i >= 0 {
			return from + i, from + i + len(l)
		}
	}
	return -1, -1
}

// refLabelAt reports whether a value label starts f, which means fields are missing.
func refLabelAt(f string) bool {
	for _, l := range refAllLabels {
		if strings.HasPrefix(f, l) {
			return true
		}
	}
	return false
}

// refHalfWidthColon records a half-width `:` that follows a value label at pos.
func refHalfWidthColon(probs *[]Problem, s string, pos, b int, ct *cellText) {
	if i, _ := refTrimSpan(s, pos, b); i < b && s[i] == ':' {
		refHalfWidth(probs, s, i, b, ct)
	}
}

// refHalfWidthSemicolon records a half-width `;` that closes the refField s[a:b].
func refHalfWidthSemicolon(probs *[]Problem, s string, a, b int, ct *cellText) {
	if _, e := refTrimSpan(s, a, b); e > a && s[e-1] == ';' {
		refHalfWidth(probs, s, e-1, b, ct)
	}
}

// refHalfWidth records the half-width separator at s[i], with the spaces after it
// (they go when it is replaced by its full-width form), as a mixed-punctuation
// problem.
func refHalfWidth(probs *[]Problem, s string, i, b int, ct *cellText) {
	e := i + 1
	for e < b && s[e] == ' ' {
		e++
	}
	*probs = append(*probs, Problem{Kind: mixedPunct, Message: "half-width " + s[i:i+1] + " between Chinese fields",
		Text: s[i:e], Span: ct.part(i, e)})
}

// refSkipColon returns the offset after the white space and `：` or `:` at pos.
func refSkipColon(s string, pos, b int) int {
	pos, _ = refTrimSpan(s, pos, b)
	if strings.HasPrefix(s[pos:b], "：") {
		pos += len("：")
	} else if strings.HasPrefix(s[pos:b], ":") {
		pos++
	}
	return pos
}

// refTrimSeparator returns the end of s[a:b] without trailing white space and one
// trailing separator.
func refTrimSeparator(s string, a, b int) int {
	_, b = refTrimSpan(s, a, b)
	if strings.HasSuffix(s[a:b], "；") {
		b -= len("；")
	} else if strings.HasSuffix(s[a:b], ";") {
		b--
	}
	return b
}

// refIndexSeparator returns the offset and width of the first `；` or `;` in s.
func refIndexSeparator(s string) (int, int) {
	i := strings.Index(s, "；")
	end := len(s)
	if i >= 0 {
		end = i // not past the full-width one: most items have no `;`
	}
	j := strings.IndexByte(s[:end], ';')
	switch {
	case j >= 0 && (i < 0 || j < i):
		return j, 1
	case i >= 0:
		return i, len("；")
	}
	return -1, 0
}

// refTrimSpan returns the bounds of s[a:b] without surrounding white space.
func refTrimSpan(s string, a, b int) (int, int) {
	for a < b && refMayBeSpace(s[a]) {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		l := b - 1 // the lead byte of the last rune
		for l > a && b-l < utf8.UTFMax && !utf8.RuneStart(s[l]) {
			l--
		}
		if !refMayBeSpace(s[l]) {
			break
		}
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// refDashLen returns the byte length of the dash (- or －) that starts s, or 0.
func refDashLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "－"):
		return len("－")
	}
	return 0
}

func refIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// refMayBeSpace reports whether a rune starting with byte c can be white space:
// ASCII space characters, or the lead bytes of U+0085, U+00A0, U+1680 and
// U+2000–U+3000. It spares decoding most CJK characters.
func refMayBeSpace(c byte) bool {
	if c < 0x80 {
		return c == ' ' || (c >= '\t' && c <= '\r')
	}
	return c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3
}
