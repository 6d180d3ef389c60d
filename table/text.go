package table

import (
	"bytes"
	"strings"
	"unsafe"
)

func init() { register(readText, ".txt", ".tsv") }

// readText reads the tab-separated text layout (a table extracted from a PDF or
// saved as text): one row per line, cells split on tabs, in any encoding that
// Decode knows and with any line ends. UTF-8 input is split where it lies,
// without a copy: the document's strings share data's memory.
func readText(path string, data []byte) (*Document, error) {
	rows, enc, ok := utf8Rows(data)
	if !ok {
		text, e, err := Decode(data)
		if err != nil {
			return nil, newError(path, err, "cannot read as a text table", "无法作为文本表格读取")
		}
		rows, _ = textRows(text)
		enc = e
	}
	doc := &Document{Path: path, Format: "text", Encoding: enc, Units: []*Unit{}}
	if err := readGrid(doc, rows); err != nil {
		return nil, err
	}
	return doc, nil
}

// utf8Rows splits data, UTF-8 text with or without a byte order mark, into rows
// as textRows does, the cells pointing into data. ok is false when data is empty
// or not such text (invalid UTF-8, a NUL character, a UTF-16 byte order mark):
// Decode then decodes it or says why it cannot.
func utf8Rows(data []byte) (rows []Row, enc string, ok bool) {
	enc = EncUTF8
	if bytes.HasPrefix(data, bomUTF8) {
		data, enc = data[len(bomUTF8):], EncUTF8BOM
	}
	if len(data) == 0 {
		return nil, "", false
	}
	rows, ok = textRows(unsafe.String(unsafe.SliceData(data), len(data)))
	return rows, enc, ok
}

// textRows splits text into rows of tab-separated cells with their spans, in one
// pass that also checks that text is valid UTF-8 without a NUL character (ok is
// false when it is not). Lines end at \n, \r\n or \r. The cells of all rows
// share one allocation.
func textRows(text string) (rows []Row, ok bool) {
	lines := 1 + max(strings.Count(text, "\n"), strings.Count(text, "\r"))
	rows = make([]Row, 0, lines)
	cells := make([]Cell, 0, lines+strings.Count(text, "\t"))
	line, col := 1, 1       // where text[i] stands; col counts UTF-16 units
	start, startCol := 0, 1 // the current cell
	first := 0              // the current row's first cell in cells
	for i := 0; i < len(text); {
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
				return nil, false
			}
			i, col = i+size, col+units
			continue
		}
		switch c {
		case '\t':
			cells = append(cells, Cell{Text: text[start:i], Span: textSpan(line, startCol, line, col)})
			i, col = i+1, col+1
			start, startCol = i, col
		case '\n', '\r':
			cells = append(cells, Cell{Text: text[start:i], Span: textSpan(line, startCol, line, col)})
			rows = append(rows, Row{Cells: cells[first:len(cells):len(cells)], Line: line})
			first = len(cells)
			i++
			if c == '\r' && i < len(text) && text[i] == '\n' {
				i++
			}
			line, col = line+1, 1
			start, startCol = i, 1
		case 0:
			return nil, false
		default:
			i, col = i+1, col+1
		}
	}
	if start < len(text) || first < len(cells) { // the last line has no line end
		cells = append(cells, Cell{Text: text[start:], Span: textSpan(line, startCol, line, col)})
		rows = append(rows, Row{Cells: cells[first:len(cells):len(cells)], Line: line})
	}
	return rows, true
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
