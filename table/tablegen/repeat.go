package tablegen

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Repeated describes a table made by Repeat: the example's lines up to its
// first unit row once, then its body (from the first unit row to the end)
// Copies times. Line L of the example's body stands in copy k (0-based) at
// line L + k*BodyLines.
type Repeated struct {
	Copies    int   `json:"copies"`
	BodyStart int   `json:"bodyStart"` // 1-based line of the example's first unit row
	BodyLines int   `json:"bodyLines"` // lines of one copy of the body
	Width     int   `json:"width"`     // characters of a unit name replaced by the copy's number
	Bytes     int64 `json:"bytes"`
}

// Line returns where line of the example stands in copy k: lines before the
// body are written once and keep their number.
func (r Repeated) Line(line, k int) int {
	if line < r.BodyStart {
		return line
	}
	return line + k*r.BodyLines
}

// UnitName returns the name that the unit named name has in copy k: its first
// Width characters replaced by k in Chinese digits (〇一二…), padded with 〇,
// so that every column of the row stays where it was.
func (r Repeated) UnitName(name string, k int) string {
	return renameUnit(name, k, r.Width)
}

// cjkDigits are the digits a copy's number is written with.
var cjkDigits = [10]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// renameUnit replaces the first width runes of name by k in Chinese digits.
func renameUnit(name string, k, width int) string {
	digits := strconv.Itoa(k)
	var b []byte
	for range width - len(digits) {
		b = append(b, cjkDigits[0]...)
	}
	for i := range len(digits) {
		b = append(b, cjkDigits[digits[i]-'0']...)
	}
	rest := name
	for range width {
		_, n := utf8.DecodeRuneInString(rest)
		rest = rest[n:]
	}
	return string(append(b, rest...))
}

// RepeatSize writes example (a table in the packed text layout) repeated until
// the result is about size bytes; see Repeat.
func RepeatSize(w io.Writer, name string, example []byte, size int64) (Repeated, error) {
	ex, err := splitExample(name, example)
	if err != nil {
		return Repeated{}, err
	}
	copies := max(1, int((size-int64(ex.preludeBytes())+int64(ex.bodyBytes())/2)/int64(ex.bodyBytes())))
	return ex.write(w, copies)
}

// Repeat writes example, a table in the packed text layout named name for its
// errors, with its body repeated copies times: the units of each copy are
// renamed (see Repeated.UnitName), and the 合计 row holds copies times the
// example's totals, so that each copy gives the example's findings on its own
// lines. Rows after a page break are repeated as they are.
func Repeat(w io.Writer, name string, example []byte, copies int) (Repeated, error) {
	ex, err := splitExample(name, example)
	if err != nil {
		return Repeated{}, err
	}
	if copies < 1 {
		return Repeated{}, errors.New("tablegen: copies must be at least 1")
	}
	return ex.write(w, copies)
}

// example is a table split into the lines written once and the body repeated.
type example struct {
	lines     [][]byte // each with its line end; the last one is given one
	bodyStart int      // 0-based index of the first unit row
	totalLine int      // 0-based index of the 合计 row
	unitLines map[int]string
}

// splitExample finds the 合计 row of the example, the row whose first cell is
// 合计, and its unit rows: the rows after it with the seven cells of the packed
// layout, a first cell that does not start a header (项目名称…), and neither
// a goal nor indicators.
func splitExample(name string, data []byte) (*example, error) {
	ex := &example{bodyStart: -1, totalLine: -1, unitLines: map[int]string{}}
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			ex.lines = append(ex.lines, append(data[:len(data):len(data)], '\n'))
			break
		}
		ex.lines = append(ex.lines, data[:i+1])
		data = data[i+1:]
	}
	for i, l := range ex.lines {
		cells := strings.Split(strings.TrimRight(string(l), "\r\n"), "\t")
		switch {
		case len(cells) != 7:
		case cells[0] == "合计" && ex.totalLine < 0:
			ex.totalLine = i
		case ex.totalLine >= 0 && cells[0] != "" && !strings.HasPrefix(cells[0], "项目名称") &&
			strings.TrimSpace(cells[5]) == "" && strings.TrimSpace(cells[6]) == "":
			ex.unitLines[i] = cells[0]
			if ex.bodyStart < 0 {
				ex.bodyStart = i
			}
		}
	}
	if ex.totalLine < 0 || ex.bodyStart < 0 {
		return nil, fmt.Errorf("tablegen: %s: want a table in the packed text layout with a 合计 row and a unit row after it", name)
	}
	return ex, nil
}

// preludeBytes and bodyBytes are the sizes of the parts written once and repeated.
func (ex *example) preludeBytes() int { return partBytes(ex.lines[:ex.bodyStart]) }
func (ex *example) bodyBytes() int    { return partBytes(ex.lines[ex.bodyStart:]) }

func partBytes(lines [][]byte) int {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	return n
}

// write writes the prelude, with the 合计 row scaled, and copies of the body.
func (ex *example) write(out io.Writer, copies int) (Repeated, error) {
	r := Repeated{Copies: copies, BodyStart: ex.bodyStart + 1, BodyLines: len(ex.lines) - ex.bodyStart,
		Width: len(strconv.Itoa(copies - 1))}
	for _, name := range ex.unitLines {
		if utf8.RuneCountInString(name) <= r.Width {
			return Repeated{}, fmt.Errorf("tablegen: unit name %q is too short to hold a copy number of %d digits", name, r.Width)
		}
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	cw := &countWriter{w: bw}
	for i, l := range ex.lines[:ex.bodyStart] {
		if i == ex.totalLine {
			l = scaleAmounts(l, copies)
		}
		_, _ = cw.Write(l)
	}
	for k := range copies {
		for i := ex.bodyStart; i < len(ex.lines); i++ {
			l := ex.lines[i]
			if name, ok := ex.unitLines[i]; ok {
				l = bytes.Replace(l, []byte(name), []byte(r.UnitName(name, k)), 1)
			}
			_, _ = cw.Write(l)
		}
	}
	r.Bytes = cw.n
	if cw.err != nil {
		return r, cw.err
	}
	return r, bw.Flush()
}

// scaleAmounts multiplies each amount cell after the label of a tab-separated
// row by n, written with thousands separators; other cells are kept.
func scaleAmounts(line []byte, n int) []byte {
	cells := bytes.Split(line, []byte{'\t'})
	for i := 1; i < len(cells); i++ {
		c := bytes.TrimRight(cells[i], "\r\n")
		cents, ok := amountCents(string(c))
		if !ok {
			continue
		}
		cells[i] = append(appendAmount(nil, cents*int64(n)), cells[i][len(c):]...)
	}
	return bytes.Join(cells, []byte{'\t'})
}

// amountCents reads an amount such as 9,235.17 or 425 into cents.
func amountCents(s string) (int64, bool) {
	var cents int64
	digits, frac := 0, -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',' && frac < 0:
		case c == '.' && frac < 0:
			frac = 0
		case c >= '0' && c <= '9' && frac < 2 && digits < 15:
			cents = cents*10 + int64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		default:
			return 0, false
		}
	}
	switch frac {
	case -1, 0:
		cents *= 100
	case 1:
		cents *= 10
	}
	return cents, digits > 0
}

// countWriter counts what it writes and keeps the first error.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
