package table

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// nextLine returns the line of text that starts at byte offset start, without
// its line end, and the offset of the next line; lines end at \n, \r\n or \r.
// It is the plain reading of line ends that textRows is checked against.
func nextLine(text string, start int) (line string, next int) {
	rest := text[start:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 {
		i = len(rest)
	}
	if j := strings.IndexByte(rest[:i], '\r'); j >= 0 {
		i = j
	}
	if i == len(rest) {
		return rest, len(text)
	}
	next = start + i + 1
	if rest[i] == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
		next++
	}
	return rest[:i], next
}

// plainRows splits decoded text into rows line by line and cell by cell: what
// textRows must give.
func plainRows(text string) []Row {
	var rows []Row
	for pos, line := 0, 1; pos < len(text); line++ {
		var s string
		s, pos = nextLine(text, pos)
		r := Row{Line: line}
		col := 1
		for {
			i := strings.IndexByte(s, '\t')
			c := s
			if i >= 0 {
				c = s[:i]
			}
			end := col + utf16Len(c)
			r.Cells = append(r.Cells, Cell{Text: c, Span: textSpan(line, col, line, end)})
			if i < 0 {
				break
			}
			s, col = s[i+1:], end+1
		}
		rows = append(rows, r)
	}
	return rows
}

// utf8Rows splits data as readText does before it decodes anything: UTF-8 text
// without its byte order mark, a line at a time, each row copied before the
// next reuses its cells. ok is false when data is empty or not UTF-8 text.
func utf8Rows(data []byte) (rows []Row, enc string, ok bool) {
	enc = EncUTF8
	if bytes.HasPrefix(data, bomUTF8) {
		data, enc = data[len(bomUTF8):], EncUTF8BOM
	}
	sp := textSplitter{text: string(data), line: 1}
	for r, ok := sp.next(); ok; r, ok = sp.next() {
		rows = append(rows, Row{Cells: slices.Clone(r.Cells), Line: r.Line})
	}
	if len(data) == 0 || sp.bad {
		return nil, "", false
	}
	return rows, enc, true
}

// checkRows checks that data is split as Decode and plainRows split it, and
// read without a copy exactly when it is UTF-8 text.
func checkRows(t *testing.T, data []byte) {
	t.Helper()
	rows, enc, ok := utf8Rows(data)
	text, wantEnc, err := Decode(data)
	if isUTF8 := err == nil && (wantEnc == EncUTF8 || wantEnc == EncUTF8BOM); ok != isUTF8 {
		t.Fatalf("%q: utf8Rows ok = %v; Decode gives %q, %v", data, ok, wantEnc, err)
	}
	if !ok {
		if err == nil {
			rows, _ = textRows(text)
		}
	} else if enc != wantEnc {
		t.Fatalf("%q: encoding %q, want %q", data, enc, wantEnc)
	}
	if want := plainRows(text); !reflect.DeepEqual(rows, want) {
		t.Fatalf("%q:\n got %+v\nwant %+v", data, rows, want)
	}
}

func TestTextRows(t *testing.T) {
	for _, s := range []string{
		"a\r\nb\rc\n\nd", "a\tb\t\n\t\n", "a\t", "\t", "\n", "\r\r\n", "x\n",
		"金额\t\U0001F600a\tb\r\n第2行\t\t末", "\xEF\xBB\xBF项目\t1\n2",
		"a\x00b", "a\xFFb", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC2", "é\xE4\xB8",
		"\xb2\xe2\xca\xd4\t\xb2\xe2", "\xFF\xFEa\x00\t\x00", "", "\xEF\xBB\xBF",
		"a\tb\n\xb2\xe2", "a\tb\r\nc\x00", "a\n\t",
	} {
		checkRows(t, []byte(s))
	}
}

func TestTextRowsCorpus(t *testing.T) {
	data := mustRead(t, "pazhou.txt")
	checkRows(t, data)
	checkRows(t, []byte(strings.ReplaceAll(string(data), "\n", "\r\n")))
}
