package reporters

import (
	"strconv"
	"unicode/utf8"
)

// jsonOut appends indented JSON to b exactly as encoding/json does with
// SetIndent(prefix, "  ") and SetEscapeHTML(false), without reflection: the
// reporters write every finding through it, and tests compare it with
// encoding/json on the same values. Containers are opened and closed
// explicitly; a member's key comes first, then its value.
type jsonOut struct {
	b     []byte
	ind   []byte // the indentation of the open container's members
	first bool   // the open container has no member yet
}

// reset starts a value that stands at indentation prefix.
func (j *jsonOut) reset(prefix string) {
	j.ind = append(j.ind[:0], prefix...)
	j.first = false
}

// open starts an object ('{') or an array ('[').
func (j *jsonOut) open(c byte) {
	j.b = append(j.b, c)
	j.ind = append(j.ind, "  "...)
	j.first = true
}

// close ends the open object ('}') or array (']'); an empty one is {} or [].
func (j *jsonOut) close(c byte) {
	j.ind = j.ind[:len(j.ind)-2]
	if !j.first {
		j.b = append(j.b, '\n')
		j.b = append(j.b, j.ind...)
	}
	j.b = append(j.b, c)
	j.first = false
}

// next starts the next member of the open container on its own line.
func (j *jsonOut) next() {
	if !j.first {
		j.b = append(j.b, ',')
	}
	j.b = append(j.b, '\n')
	j.b = append(j.b, j.ind...)
	j.first = false
}

// key starts a member of the open object; k needs no escaping.
func (j *jsonOut) key(k string) {
	j.next()
	j.b = append(j.b, '"')
	j.b = append(j.b, k...)
	j.b = append(j.b, `": `...)
}

// str writes member k with string value v.
func (j *jsonOut) str(k, v string) {
	j.key(k)
	j.b = appendJSONString(j.b, v)
}

// strOmit writes member k unless v is empty (omitempty).
func (j *jsonOut) strOmit(k, v string) {
	if v != "" {
		j.str(k, v)
	}
}

// int writes member k with value n.
func (j *jsonOut) int(k string, n int) {
	j.key(k)
	j.b = strconv.AppendInt(j.b, int64(n), 10)
}

// intOmit writes member k unless n is 0 (omitempty).
func (j *jsonOut) intOmit(k string, n int) {
	if n != 0 {
		j.int(k, n)
	}
}

// textObject writes member k as {"text": v}.
func (j *jsonOut) textObject(k, v string) {
	j.key(k)
	j.open('{')
	j.str("text", v)
	j.close('}')
}

// appendJSONString appends s as a JSON string the way encoding/json writes it
// without HTML escaping: quotes, backslashes and control characters escaped
// (\b \f \n \r \t by name, others as \u00XX), invalid UTF-8 as \ufffd, and
// U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONChars(b, s)
	return append(b, '"')
}

// appendJSONChars appends s escaped as inside a JSON string, without quotes.
func appendJSONChars(b []byte, s string) []byte {
	if jsonPlain(s) {
		return append(b, s...)
	}
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

// jsonPlain reports whether s is written into a JSON string as it is: valid
// UTF-8 without control characters, quotes, backslashes, U+2028 or U+2029.
// It checks ASCII and the three-byte runes of Chinese text in one pass, and
// leaves the rest of s to jsonPlainRest from the first other rune on.
func jsonPlain(s string) bool {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c < 0x20 || c == '"' || c == '\\' {
				return false
			}
			i++
		case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// A whole rune of U+1000 to U+FFFF but the surrogates (ED): every
			// such rune is plain but U+2028 and U+2029 (E2 80 A8, E2 80 A9).
			if c == 0xE2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				return false
			}
			i += 3
		default:
			return jsonPlainRest(s[i:])
		}
	}
	return true
}

// jsonPlainRest is jsonPlain for any s, a byte at a time and then through
// utf8.ValidString.
func jsonPlainRest(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
			return false
		}
	}
	return utf8.ValidString(s)
}
