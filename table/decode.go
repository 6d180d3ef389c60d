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

// errEmpty is ErrEmpty as Decode returns it, with its Chinese text.
var errEmpty = &reasonError{kind: ErrEmpty, en: ErrEmpty.Error(), zh: "空文件，应为绩效目标表"}

// binaryError is ErrBinary with the detail that made the input binary, in
// English and Chinese.
func binaryError(en, zh string) error {
	return &reasonError{kind: ErrBinary, en: ErrBinary.Error() + " (" + en + ")",
		zh: "二进制数据，应为 UTF-8、GB18030/GBK 或带字节顺序标记（BOM）的 UTF-16 文本（" + zh + "）"}
}

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
// GB18030 (a superset of GBK). Line ends are left as written; textRows splits them.
// Empty input and binary input (a NUL byte, or bytes invalid in every encoding)
// are errors wrapping ErrEmpty or ErrBinary; they speak English (Error) and
// Chinese (ErrorText with "zh"), and an *Error that wraps one shows it in the
// error's language.
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
			return "", "", binaryError("invalid UTF-8 after a UTF-8 byte order mark", "UTF-8 字节顺序标记之后不是有效的 UTF-8")
		}
		text = string(body)
	case utf8.Valid(data):
		text, encoding = string(data), EncUTF8
	default:
		off := firstInvalidUTF8(data)
		if mostlyUTF8(data) {
			return "", "", notUTF8Error(data, off, "the rest of the file is UTF-8; save the file again as UTF-8",
				"文件其余部分是 UTF-8；请把文件重新保存为 UTF-8")
		}
		text, err = decodeGB18030(data)
		if err != nil {
			return "", "", notUTF8Error(data, off, "it is not GB18030/GBK either", "也不是有效的 GB18030/GBK")
		}
		encoding = EncGB18030
	}
	if err != nil {
		return "", "", err
	}
	if text == "" {
		return "", "", errEmpty
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		line := 1 + countLines(text[:i])
		return "", "", binaryError(fmt.Sprintf("NUL character at line %d", line), fmt.Sprintf("第 %d 行有 NUL 字符", line))
	}
	return text, encoding, nil
}

// decodeGB18030 decodes bytes that are not UTF-8; a byte sequence that GB18030
// cannot map makes the input binary.
func decodeGB18030(data []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", binaryError("neither valid UTF-8 nor valid GB18030", "既不是有效的 UTF-8，也不是有效的 GB18030")
	}
	return string(out), nil
}

// firstInvalidUTF8 is the offset of the first byte of data that does not
// start a valid UTF-8 sequence, or len(data).
func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// mostlyUTF8 reports whether data, not valid UTF-8, is UTF-8 text with a few
// stray bytes (or a line pasted in another encoding) rather than text in
// another encoding: it has more valid multi-byte UTF-8 characters than bytes
// that are not UTF-8. GBK text hardly ever forms valid UTF-8 sequences.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid > invalid
}

// notUTF8Error is the error for text that is not valid UTF-8, placed at the
// first bad byte (line and UTF-16 column; an *Error that wraps it takes the
// place), naming the byte and the encodings tried.
func notUTF8Error(data []byte, off int, en, zh string) error {
	prefix := string(data[:off]) // valid UTF-8: off is the first bad byte
	line := 1 + countLines(prefix)
	start := strings.LastIndexAny(prefix, "\r\n") + 1
	col := 1 + utf16Len(prefix[start:])
	return &reasonError{kind: ErrBinary, line: line, col: col,
		en: fmt.Sprintf("not text in a supported encoding: byte 0x%02X is not valid UTF-8 (tried UTF-8 and GB18030/GBK; %s)", data[off], en),
		zh: fmt.Sprintf("不是支持的编码的文本：字节 0x%02X 不是有效的 UTF-8（已尝试 UTF-8 和 GB18030/GBK；%s）", data[off], zh)}
}

// decodeUTF16 decodes UTF-16 code units (the byte order mark already removed).
func decodeUTF16(data []byte, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", binaryError("odd number of bytes in UTF-16 text", "UTF-16 文本的字节数为奇数")
	}
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	for i := 0; i < len(data); i += 2 {
		u := unit16(data[i:], bigEndian)
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if u >= 0xDC00 || i+3 >= len(data) {
				return "", errUnpairedSurrogate()
			}
			r = utf16.DecodeRune(r, rune(unit16(data[i+2:], bigEndian)))
			if r == utf8.RuneError {
				return "", errUnpairedSurrogate()
			}
			i += 2
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// errUnpairedSurrogate is the error for a lone UTF-16 surrogate.
func errUnpairedSurrogate() error {
	return binaryError("unpaired UTF-16 surrogate", "UTF-16 代理项不成对")
}

func unit16(b []byte, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
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
