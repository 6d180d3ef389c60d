package fix

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/jxlint/jxlint/table"
)

// codecOf returns the x/text encoding for one of table.Decode's encoding
// names, and the byte order mark that goes before the text.
func codecOf(name string) (encoding.Encoding, []byte, error) {
	switch name {
	case table.EncUTF8:
		return unicode.UTF8, nil, nil
	case table.EncUTF8BOM:
		return unicode.UTF8, []byte{0xEF, 0xBB, 0xBF}, nil
	case table.EncGB18030:
		return simplifiedchinese.GB18030, nil, nil
	case table.EncUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), []byte{0xFF, 0xFE}, nil
	case table.EncUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), []byte{0xFE, 0xFF}, nil
	}
	return nil, nil, &Error{En: fmt.Sprintf("unknown encoding %q", name), Zh: fmt.Sprintf("未知的编码「%s」", name)}
}

// encode writes text in the named encoding, byte order mark first.
func encode(text, name string) ([]byte, error) {
	codec, bom, err := codecOf(name)
	if err != nil {
		return nil, err
	}
	if name == table.EncUTF8 || name == table.EncUTF8BOM {
		return append(bom, text...), nil
	}
	body, err := codec.NewEncoder().String(text)
	if err != nil {
		return nil, &Error{En: fmt.Sprintf("cannot write the text as %s: %v", name, err),
			Zh: fmt.Sprintf("无法把文本写成 %s 编码：有字符无法用该编码表示", name), Err: err}
	}
	return append(bom, body...), nil
}

// decodeAs reads data in the named encoding, without its byte order mark;
// with no name it lets table.Decode tell. Undecodable data is shown as it is.
func decodeAs(data []byte, name string) string {
	if name == "" {
		text, _, err := table.Decode(data)
		if err != nil {
			return string(data)
		}
		return text
	}
	codec, bom, err := codecOf(name)
	if err != nil {
		return string(data)
	}
	data = bytes.TrimPrefix(data, bom)
	if name == table.EncUTF8 || name == table.EncUTF8BOM {
		if !utf8.Valid(data) {
			return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
		}
		return string(data)
	}
	text, err := codec.NewDecoder().Bytes(data)
	if err != nil {
		return string(data)
	}
	return string(text)
}
