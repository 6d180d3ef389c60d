package tablegen

import (
	"bufio"
	"io"
	"strconv"
	"unicode/utf8"
)

// The fixed lines of a page header, as published.
const (
	titleLine  = "项目支出绩效目标表（含转移支付项目）"
	moneyLine  = "单位：万元"
	headerLine = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
	deptPrefix = "部门名称："
	totalLabel = "合计"
)

// Continuation rows keep this share of the name and goal, and this many
// characters of the indicator cell, like a row cut by a page end.
const (
	cutShare      = 0.6
	cutIndicators = 40
)

// writer writes the table line by line, counting bytes, lines and rows, and
// breaks pages after every pageEvery rows, at the end of a project row. Lines
// are joined by "\n" with none after the last, as in the published text.
type writer struct {
	w         *bufio.Writer
	dept      string
	pageEvery int
	bytes     int64
	line      int // lines written so far; the current row's line number
	rows      int // data rows on the current page
	pages     int
	buf       []byte // the row being built
	cell      []byte // scratch for an indicator cell
}

// newWriter returns a writer to w.
func newWriter(w io.Writer, dept string, pageEvery int) *writer {
	return &writer{w: bufio.NewWriterSize(w, 64<<10), dept: dept, pageEvery: pageEvery}
}

// emit writes b as the next line.
func (w *writer) emit(b []byte) {
	if w.line > 0 {
		_ = w.w.WriteByte('\n')
		w.bytes++
	}
	n, _ := w.w.Write(b)
	w.bytes += int64(n)
	w.line++
}

// emitString writes s as the next line.
func (w *writer) emitString(s string) {
	w.buf = append(w.buf[:0], s...)
	w.emit(w.buf)
}

// pageHeader writes the title, department, money unit and header lines, after
// two blank lines at the top of the file and one at a page break.
func (w *writer) pageHeader() {
	if w.line == 0 {
		w.emitString("")
	}
	w.emitString("")
	for _, s := range [...]string{titleLine, "", deptPrefix + w.dept, "", moneyLine, "", headerLine} {
		w.emitString(s)
	}
	w.pages++
	w.rows = 0
}

// amountRow writes a 合计 or unit row: a label, four amounts, no goal.
func (w *writer) amountRow(label string, a amounts) {
	w.buf = appendAmounts(append(w.buf[:0], label...), a, false)
	w.buf = append(w.buf, '\t', '\t')
	w.emit(w.buf)
	w.rows++
}

// projectRow writes p and returns its line; if the page is full it breaks the
// page and repeats the row cut short, as a PDF extraction does, and returns
// the line of the repeat as cont (0 when the row is not repeated).
func (w *writer) projectRow(p *project) (line, cont int) {
	w.cell = appendIndicators(w.cell[:0], p.inds)
	w.buf = appendAmounts(append(w.buf[:0], p.name...), p.amt, p.approx)
	w.buf = append(append(append(append(w.buf, '\t'), p.goal...), '\t'), w.cell...)
	w.emit(w.buf)
	w.rows++
	line = w.line
	if w.pageEvery > 0 && w.rows >= w.pageEvery {
		w.pageHeader()
		w.buf = appendAmounts(append(w.buf[:0], cutRunes(p.name, cutShare)...), p.amt, p.approx)
		w.buf = append(append(w.buf, '\t'), cutRunes(p.goal, cutShare)...)
		w.buf = append(append(w.buf, '\t'), prefixRunes(w.cell, cutIndicators)...)
		w.emit(w.buf)
		w.rows++
		cont = w.line
	}
	return line, cont
}

// appendAmounts appends the four amount cells, each after a tab; approx
// writes the total as text: 约 and the amount.
func appendAmounts(b []byte, a amounts, approx bool) []byte {
	for i, c := range a {
		b = append(b, '\t')
		if i == 0 && approx {
			b = append(b, approxPrefix...)
		}
		if c != 0 {
			b = appendAmount(b, c)
		}
	}
	return b
}

// appendIndicators appends the packed indicator cell:
// 1、1-产出指标；11-数量指标；name；实施周期指标值：…；年度指标值：…。2、…
// A malformed item keeps only its number, first level and name: 2、2-效益指标；name。
func appendIndicators(b []byte, inds []indicator) []byte {
	for i := range inds {
		in := &inds[i]
		colon := "："
		if in.halfWidth {
			colon = ": "
		}
		b = strconv.AppendInt(b, int64(in.numberAt(i)), 10)
		b = append(b, "、"...)
		b = append(append(append(append(b, in.l2[0]), '-'), level1Names[in.l2[0]]...), "；"...)
		if in.malformed {
			b = append(append(b, in.name...), "。"...)
			continue
		}
		code, name := in.l2, level2Names[in.l2]
		if in.code != "" {
			code = in.code
		}
		if in.l2Name != "" {
			name = in.l2Name
		}
		b = append(append(append(append(b, code...), '-'), name...), "；"...)
		b = append(append(b, in.name...), "；实施周期指标值"...)
		b = append(append(append(append(b, colon...), in.period...), "；年度指标值"...), colon...)
		b = append(b, in.annual...)
		switch {
		case len(in.annual) >= len("。") && in.annual[len(in.annual)-len("。"):] == "。":
		case i == len(inds)-1:
			b = append(b, "。"...)
		default:
			b = append(b, in.sep...)
		}
	}
	return b
}

// cutRunes returns the first share of s's characters, at least one and fewer
// than all when s has two or more.
func cutRunes(s string, share float64) string {
	n := utf8.RuneCountInString(s)
	if n < 2 {
		return s
	}
	k := max(1, min(n-1, int(float64(n)*share+0.5)))
	return string(prefixRunes([]byte(s), k))
}

// prefixRunes returns the first k characters of b, or fewer than all of b's
// characters when b is not longer than k.
func prefixRunes(b []byte, k int) []byte {
	if n := utf8.RuneCount(b); n <= k {
		k = n - 1
	}
	i := 0
	for range max(k, 0) {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b[:i]
}

// flush writes out what is buffered.
func (w *writer) flush() error { return w.w.Flush() }
