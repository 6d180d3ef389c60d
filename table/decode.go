package table

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Errors that Decode wraps; test them with errors.Is.
var (
	// ErrEmpty means the input holds no bytes (or only a byte order mark).
	ErrEmpty = errors.New("empty file, expected a performance-goal table")
	// ErrBinary means the input is not text in any supported encoding.
	ErrBinary = errors.New("binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark")
)

// Encoding names that Decode returns and Document.Encoding records.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncGB18030 = "gb18030"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns data as UTF-8 text without its byte order mark, so that columns
// are not shifted, and the name of the encoding it was read in: UTF-16 is known
// by its byte order mark, UTF-8 by its validity, and anything else is read as
// GB18030 (a superset of GBK). Line ends are left as written; nextLine splits them.
// Empty input and binary input (a NUL byte, or bytes invalid in every encoding)
// are errors wrapping ErrEmpty or ErrBinary.
func Decode(data []byte) (text string, encoding string, err error) {
	var body []byte
	switch {
	case bytes.HasPrefix(data, bomUTF16LE):
		text, err = decodeUTF16(data[2:], false)
		encoding = EncUTF16LE
	case bytes.HasPrefix(data, bomUTF16BE):
		text, err = decodeUTF16(data[2:], true)
		encoding = EncUTF16BE
	case bytes.HasPrefix(data, bomUTF8):
		body, encoding = data[3:], EncUTF8BOM
		if !utf8.Valid(body) {
			return "", "", fmt.Errorf("%w (invalid UTF-8 after a UTF-8 byte order mark)", ErrBinary)
		}
		text = string(body)
	case utf8.Valid(data):
		text, encoding = string(data), EncUTF8
	default:
		text, err = decodeGB18030(data)
		encoding = EncGB18030
	}
	if err != nil {
		return "", "", err
	}
	if text == "" {
		return "", "", ErrEmpty
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return "", "", fmt.Errorf("%w (NUL character at line %d)", ErrBinary, 1+countLines(text[:i]))
	}
	return text, encoding, nil
}

// decodeGB18030 decodes bytes that are not UTF-8; a byte sequence that GB18030
// cannot map makes the input binary.
func decodeGB18030(data []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", fmt.Errorf("%w (neither valid UTF-8 nor valid GB18030)", ErrBinary)
	}
	return string(out), nil
}

// decodeUTF16 decodes UTF-16 code units (the byte order mark already removed).
func decodeUTF16(data []byte, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w (odd number of bytes in UTF-16 text)", ErrBinary)
	}
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	for i := 0; i < len(data); i += 2 {
		u := unit16(data[i:], bigEndian)
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if u >= 0xDC00 || i+3 >= len(data) {
				return "", fmt.Errorf("%w (unpaired UTF-16 surrogate)", ErrBinary)
			}
			r = utf16.DecodeRune(r, rune(unit16(data[i+2:], bigEndian)))
			if r == utf8.RuneError {
				return "", fmt.Errorf("%w (unpaired UTF-16 surrogate)", ErrBinary)
			}
			i += 2
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

func unit16(b []byte, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

// nextLine returns the line of text that starts at byte offset start, without
// its line end, and the offset of the next line. Lines end at \n, \r\n or \r;
// this is the one place that knows it.
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

// countLines counts the line ends in s.
func countLines(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				n++
			}
		}
	}
	return n
}

// hasLineEnd reports whether s holds a \n or \r.
func hasLineEnd(s string) bool {
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0
}
