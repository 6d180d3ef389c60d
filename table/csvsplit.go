package table

import "strings"

// csvSyntaxError is a CSV syntax problem at a 1-based line and UTF-16 column.
type csvSyntaxError struct {
	line, column int
	msg, zh      string // in English and Chinese
}

func (e *csvSyntaxError) Error() string { return e.msg }

// csvCursor turns byte offsets of a text into line and UTF-16 column, moving
// forward only, so that a whole file costs one pass.
type csvCursor struct {
	text string
	pos  int // byte offset the line and column describe
	line int
	col  int
}

// advance moves the cursor to byte offset to (to >= pos) and returns its line and
// column. Line ends are "\n", "\r\n" and a lone "\r".
func (c *csvCursor) advance(to int) (line, col int) {
	for i := c.pos; i < to; i++ {
		b := c.text[i]
		switch {
		case b == '\n':
			c.line++
			c.col = 1
		case b == '\r':
			if i+1 < len(c.text) && c.text[i+1] == '\n' {
				continue // the '\n' ends the line
			}
			c.line++
			c.col = 1
		case b < 0x80 || b >= 0xC0 && b < 0xF0:
			c.col++ // a one-unit character starts here
		case b >= 0xF0:
			c.col += 2 // outside the BMP: a surrogate pair
		}
	}
	c.pos = to
	return c.line, c.col
}

// detectDelimiter picks `,`, `;` or tab: the one that occurs most often outside
// quotes in the first lines; `,` when none occurs.
func detectDelimiter(text string) byte {
	const maxLines = 20
	var counts [3]int // tab, ';', ','
	inQuote, lines := false, 0
	for i := 0; i < len(text) && lines < maxLines; i++ {
		switch text[i] {
		case '"':
			inQuote = !inQuote
		case '\n':
			if !inQuote {
				lines++
			}
		case '\t':
			if !inQuote {
				counts[0]++
			}
		case ';':
			if !inQuote {
				counts[1]++
			}
		case ',':
			if !inQuote {
				counts[2]++
			}
		}
	}
	best, delim := counts[2], byte(',')
	if counts[1] > best {
		best, delim = counts[1], ';'
	}
	if counts[0] > best {
		delim = '\t'
	}
	return delim
}

// splitCSV splits text (UTF-8, no BOM) into rows of cells with exact spans: a
// quoted cell's span covers its content inside the quotes. Quoted cells undo `""`
// and turn CRLF into "\n"; their spans still describe the source. A row that is
// a blank line has one empty cell.
func splitCSV(text string, delim byte) ([]Row, error) {
	rows := make([]Row, 0, strings.Count(text, "\n")+1)
	cur := csvCursor{text: text, line: 1, col: 1}
	width := 8
	i := 0
	for i < len(text) {
		line, _ := cur.advance(i)
		row := Row{Line: line, Cells: make([]Cell, 0, width)}
		for {
			var cell Cell
			var err error
			cell, i, err = splitCSVCell(text, i, delim, &cur)
			if err != nil {
				return nil, err
			}
			row.Cells = append(row.Cells, cell)
			if i < len(text) && text[i] == delim {
				i++ // a delimiter at the very end still opens one more, empty cell
				continue
			}
			// end of line or of text
			if i < len(text) && text[i] == '\r' {
				i++
			}
			if i < len(text) && text[i] == '\n' {
				i++
			}
			break
		}
		width = len(row.Cells)
		rows = append(rows, row)
	}
	return rows, nil
}

// splitCSVCell reads one cell starting at byte i and returns it with the offset
// of the delimiter or line end that follows it.
func splitCSVCell(text string, i int, delim byte, cur *csvCursor) (Cell, int, error) {
	if i < len(text) && text[i] == '"' {
		return splitQuotedCell(text, i, delim, cur)
	}
	start := i
	for i < len(text) && text[i] != delim && text[i] != '\n' && text[i] != '\r' {
		i++
	}
	l, c := cur.advance(start)
	el, ec := cur.advance(i)
	return Cell{Text: text[start:i], Span: textSpan(l, c, el, ec)}, i, nil
}

// splitQuotedCell reads a quoted cell whose opening quote is at byte q.
func splitQuotedCell(text string, q int, delim byte, cur *csvCursor) (Cell, int, error) {
	start := q + 1
	var b strings.Builder
	plain := true // no `""` and no CR inside: the text is a substring
	i := start
	for {
		j := strings.IndexAny(text[i:], "\"\r")
		if j < 0 {
			l, c := cur.advance(q)
			return Cell{}, 0, &csvSyntaxError{l, c, `quoted field is never closed: expected a closing "`, `引号字段没有结束：应有结束的双引号 "`}
		}
		j += i
		if text[j] == '\r' {
			b.WriteString(text[i:j])
			plain = false
			if j+1 < len(text) && text[j+1] == '\n' {
				j++ // CRLF becomes "\n"
			}
			b.WriteByte('\n')
			i = j + 1
			continue
		}
		if j+1 < len(text) && text[j+1] == '"' { // an escaped quote
			b.WriteString(text[i:j])
			plain = false
			b.WriteByte('"')
			i = j + 2
			continue
		}
		// the closing quote at j
		l, c := cur.advance(start)
		el, ec := cur.advance(j)
		var s string
		if plain {
			s = text[start:j]
		} else {
			b.WriteString(text[i:j])
			s = b.String()
		}
		next := j + 1
		if next < len(text) && text[next] != delim && text[next] != '\n' && text[next] != '\r' {
			al, ac := cur.advance(next)
			return Cell{}, 0, &csvSyntaxError{al, ac, "unexpected text after a closing quote: expected the delimiter or the end of the line",
				"结束引号之后还有文字：应为分隔符或行尾"}
		}
		return Cell{Text: s, Span: textSpan(l, c, el, ec)}, next, nil
	}
}
