package table

import (
	"bytes"
	"strings"
	"unsafe"
)

func init() { register(KindText, readText, ".txt", ".tsv") }

// readText reads the tab-separated text layout (a table extracted from a PDF or
// saved as text): one row per line, cells split on tabs, in any encoding that
// Decode knows and with any line ends. UTF-8 input is split where it lies,
// without a copy, a line at a time as the layout reads it: the document's
// strings share data's memory. Input found not to be UTF-8 text on the way
// (invalid UTF-8, a NUL character, a UTF-16 byte order mark) is read again
// from the start after Decode has decoded it or said why it cannot.
func readText(path string, data []byte, opts ReadOptions) (*Document, error) {
	body, enc := data, EncUTF8
	if bytes.HasPrefix(data, bomUTF8) {
		body, enc = data[len(bomUTF8):], EncUTF8BOM
	}
	if len(body) > 0 {
		sp := textSplitter{text: unsafe.String(unsafe.SliceData(body), len(body)), line: 1}
		doc, err := readTextRows(path, enc, &sp, opts)
		for ok := !sp.bad; ok; _, ok = sp.next() { // the rest of the text must be UTF-8 too
		}
		if !sp.bad {
			return doc, err
		}
	}
	text, enc, err := Decode(data)
	if err != nil {
		return nil, newError(path, err, "cannot read as a text table", "无法作为文本表格读取")
	}
	rows, _ := textRows(text)
	return readTextRows(path, enc, &gridRows{rows}, opts)
}

// readTextRows reads the document of a text table from its rows.
func readTextRows(path, enc string, rows rowSource, opts ReadOptions) (*Document, error) {
	doc := &Document{Path: path, Format: "text", Encoding: enc, Units: []*Unit{}}
	if err := readGrid(doc, rows, opts); err != nil {
		return nil, err
	}
	return doc, nil
}

// textRows splits text into rows as textSplitter does, all at once; ok is
// false when text is not valid UTF-8 or holds a NUL character. The cells of
// all rows share one allocation.
func textRows(text string) (rows []Row, ok bool) {
	lines := 1 + max(strings.Count(text, "\n"), strings.Count(text, "\r"))
	rows = make([]Row, 0, lines)
	sp := textSplitter{text: text, line: 1, keep: true, cells: make([]Cell, 0, lines+strings.Count(text, "\t"))}
	for r, ok := sp.next(); ok; r, ok = sp.next() {
		rows = append(rows, r)
	}
	if sp.bad {
		return nil, false
	}
	return rows, true
}

// textSplitter splits text into rows of tab-separated cells with their spans,
// a line at a time, checking on the way that the text is valid UTF-8 without a
// NUL character. Lines end at \n, \r\n or \r.
type textSplitter struct {
	text  string
	i     int    // where the next line starts
	line  int    // its 1-based number
	cells []Cell // the cells handed out: the last row's, or every row's when keep is set
	keep  bool   // rows keep their cells, instead of the next row reusing them
	bad   bool   // the text is not UTF-8 text: next stopped where it found so
}

// next returns the next row, or false at the end of the text or when the line
// is not valid UTF-8 text (bad is then set). Unless keep is set, the row's
// cells are overwritten by the next call.
func (sp *textSplitter) next() (Row, bool) {
	text, i := sp.text, sp.i
	if sp.bad || i >= len(text) {
		return Row{}, false
	}
	cells := sp.cells
	if !sp.keep {
		cells = cells[:0]
	}
	first := len(cells)
	line, col := sp.line, 1 // where text[i] stands; col counts UTF-16 units
	start, startCol := i, 1 // the current cell
	for i < len(text) {
		c := text[i]
		// Most of a table is runs of CJK characters and of printable ASCII.
		if n := cjkRun(text, i); n > 0 {
			i, col = i+3*n, col+n
			continue
		}
		if c >= 0x20 && c < 0x80 {
			j := i + 1
			for j < len(text) && text[j] >= 0x20 && text[j] < 0x80 {
				j++
			}
			i, col = j, col+j-i
			continue
		}
		if c >= 0x80 {
			size, units := utf8Seq(text, i)
			if size == 0 {
				sp.bad = true
				return Row{}, false
			}
			i, col = i+size, col+units
			continue
		}
		switch c {
		case '\t':
			cells = appendCell(cells, text[start:i], line, startCol, col)
			i, col = i+1, col+1
			start, startCol = i, col
		case '\n', '\r':
			cells = appendCell(cells, text[start:i], line, startCol, col)
			i++
			if c == '\r' && i < len(text) && text[i] == '\n' {
				i++
			}
			sp.i, sp.line, sp.cells = i, line+1, cells
			return Row{Cells: cells[first:len(cells):len(cells)], Line: line}, true
		case 0:
			sp.bad = true
			return Row{}, false
		default:
			i, col = i+1, col+1
		}
	}
	// The last line has no line end.
	cells = appendCell(cells, text[start:], line, startCol, col)
	sp.i, sp.line, sp.cells = i, line+1, cells
	return Row{Cells: cells[first:len(cells):len(cells)], Line: line}, true
}

// appendCell appends the cell of text on line from column col to endCol. It
// stores the fields one by one: appending a whole Cell copies it through a
// runtime call, as it holds pointers.
func appendCell(cells []Cell, text string, line, col, endCol int) []Cell {
	if len(cells) == cap(cells) {
		cells = append(cells, Cell{})[:len(cells)]
	}
	cells = cells[:len(cells)+1]
	c := &cells[len(cells)-1]
	c.Text = text
	c.Span.Line, c.Span.Column, c.Span.EndLine, c.Span.EndColumn = int32(line), int32(col), int32(line), int32(endCol)
	c.Span.CellRef = nil
	return cells
}

// cjkRun returns how many valid three-byte UTF-8 sequences led by E1–EC or
// EE–EF (most CJK characters; their second byte may be any continuation byte)
// follow one another from s[i].
func cjkRun(s string, i int) int {
	j := i
	for j+2 < len(s) {
		c := s[j]
		if c < 0xE1 || c > 0xEF || c == 0xED || s[j+1]&0xC0 != 0x80 || s[j+2]&0xC0 != 0x80 {
			break
		}
		j += 3
	}
	return (j - i) / 3
}

// utf8Seq returns the byte length and UTF-16 length of the multi-byte UTF-8
// sequence at s[i], or 0, 0 when it is not valid; it accepts what utf8.Valid
// accepts.
func utf8Seq(s string, i int) (size, units int) {
	c := s[i]
	lo, hi := byte(0x80), byte(0xBF) // the range of the second byte
	switch {
	case c < 0xC2:
		return 0, 0
	case c < 0xE0:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2, 1
		}
		return 0, 0
	case c < 0xF0:
		switch c {
		case 0xE0:
			lo = 0xA0
		case 0xED:
			hi = 0x9F
		}
		if i+2 < len(s) && s[i+1] >= lo && s[i+1] <= hi && s[i+2]&0xC0 == 0x80 {
			return 3, 1
		}
		return 0, 0
	case c < 0xF5:
		switch c {
		case 0xF0:
			lo = 0x90
		case 0xF4:
			hi = 0x8F
		}
		if i+3 < len(s) && s[i+1] >= lo && s[i+1] <= hi && s[i+2]&0xC0 == 0x80 && s[i+3]&0xC0 == 0x80 {
			return 4, 2
		}
	}
	return 0, 0
}
