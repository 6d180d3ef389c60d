// Package syntaxerr says where a JSON or YAML document breaks and what was
// expected there, in English and in Chinese, for every reader of such files
// (table models, rule files and configurations, baselines): the decoders'
// own messages name neither the column (yaml.v3) nor anything in Chinese.
package syntaxerr

import (
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Error is a syntax error of a JSON or YAML document.
type Error struct {
	Line   int // 1-based; 0 when the decoder gave none
	Column int // 1-based, in UTF-16 code units; 0 when unknown (yaml.v3 gives lines only)
	En, Zh string
}

// JSON returns the syntax error that err, from encoding/json decoding text,
// is, placed in text, and true; false when err is none (a value of the
// wrong type, say).
func JSON(text string, err error) (Error, bool) {
	var se *json.SyntaxError
	var msg string
	off := len(text)
	switch {
	case errors.As(err, &se):
		msg = se.Error()
		if msg != "unexpected end of JSON input" {
			off = int(se.Offset) - 1 // Offset counts the bytes read, the bad one included
		}
	case errors.Is(err, io.ErrUnexpectedEOF): // a json.Decoder's word for the same
		msg = "unexpected end of JSON input"
	default:
		return Error{}, false
	}
	e := Error{En: "JSON syntax error: " + msg, Zh: "JSON 语法错误：" + jsonZh(msg)}
	if off >= 0 && off <= len(text) {
		e.Line, e.Column = Position(text, off)
	}
	return e, true
}

// jsonBad is encoding/json's message of a character that cannot stand where
// it does: the character, quoted as a Go rune, and what was being read.
var jsonBad = regexp.MustCompile(`^invalid character ('\\''|'[^']*') (.+)$`)

// jsonExpected says in Chinese what encoding/json expected, by what it was
// reading when it met the bad character.
var jsonExpected = map[string]string{
	"looking for beginning of value":             "此处应为一个值（对象、数组、字符串、数字、true、false 或 null）",
	"looking for beginning of object key string": "此处应为用双引号括起的键",
	"after object key":                           "键之后应为冒号「:」",
	"after object key:value pair":                "键值对之后应为逗号「,」或「}」",
	"after array element":                        "列表的元素之后应为逗号「,」或「]」",
	"after top-level value":                      "文档到此已经结束，之后不应再有内容",
	"in string literal":                          "字符串中的控制字符（如换行、制表符）要写成转义形式",
	"in string escape code":                      "「\\」之后应为 \" \\ / b f n r t 或 u",
	"in \\u hexadecimal character escape":        "「\\u」之后应为四位十六进制数字",
}

// jsonZh says encoding/json's syntax message msg in Chinese.
func jsonZh(msg string) string {
	if msg == "unexpected end of JSON input" {
		return "文件意外结束：缺少收尾的括号、引号或值"
	}
	m := jsonBad.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	char, reading := m[1], m[2]
	if c, err := strconv.Unquote(char); err == nil && !strings.ContainsFunc(c, isControl) {
		char = c
	} else {
		char = char[1 : len(char)-1] // an escape such as \t, shown as it is written
	}
	want, ok := jsonExpected[reading]
	switch {
	case ok:
	case strings.HasSuffix(reading, "numeric literal"):
		want = "数字的写法不对"
	case strings.HasPrefix(reading, "in literal "): // in literal true (expecting 'r')
		want = "此处应为 " + strings.Fields(reading)[2]
	default:
		return msg
	}
	return "遇到「" + char + "」，" + want
}

// isControl reports whether r is a control character, shown quoted.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// yamlLine is yaml.v3's message with a line: "yaml: line 3: …".
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlZh says yaml.v3's syntax messages in Chinese.
var yamlZh = map[string]string{
	"did not find expected node content":                           "此处应有一个值",
	"did not find expected key":                                    "此处应为一个键（缩进是否对齐？）",
	"did not find expected ',' or ']'":                             "应为逗号「,」或「]」",
	"did not find expected ',' or '}'":                             "应为逗号「,」或「}」",
	"did not find expected '-' indicator":                          "此处应为以「- 」开始的列表项",
	"did not find expected comment or line break":                  "此处之后应为注释或换行",
	"mapping values are not allowed in this context":               "此处不能写「键: 值」（缩进或冒号有误；值中的「: 」要加引号）",
	"block sequence entries are not allowed in this context":       "此处不能以「- 」开始列表项（缩进有误）",
	"found character that cannot start any token":                  "这个字符不能出现在开头（例如用制表符缩进，或「@」「`」开头的值没有加引号）",
	"found unexpected end of stream":                               "文件意外结束：缺少收尾的引号或括号",
	"could not find expected ':'":                                  "应为冒号「:」",
	"found unknown escape character":                               "双引号字符串中有未知的转义字符",
	"found a tab character that violates indentation":              "缩进中有制表符：请用空格缩进",
	"found a tab character where an indentation space is expected": "缩进中有制表符：请用空格缩进",
	"control characters are not allowed":                           "含有不允许的控制字符",
	"found unexpected document indicator":                          "值中有文档分隔符「---」或「...」",
	"found undefined tag handle":                                   "用了未定义的标签",
	"invalid leading UTF-8 octet":                                  "不是有效的 UTF-8 编码",
	"invalid trailing UTF-8 octet":                                 "不是有效的 UTF-8 编码",
	"incomplete UTF-8 octet sequence":                              "不是有效的 UTF-8 编码",
}

// yamlParser are yaml.v3's messages of its parser (the others are of its
// scanner and its reader): their line is 0-based, that of the mapping or list
// being read, or of the problem when the mapping or list starts on the first line.
var yamlParser = map[string]bool{
	"did not find expected ',' or ']'": true, "did not find expected ',' or '}'": true,
	"did not find expected '-' indicator": true, "did not find expected <document start>": true,
	"did not find expected <stream-start>": true, "did not find expected key": true,
	"did not find expected node content": true, "found duplicate %TAG directive": true,
	"found duplicate %YAML directive": true, "found incompatible YAML document": true,
	"found undefined tag handle": true,
}

// yamlReader are yaml.v3's messages of bytes it cannot read, which it places nowhere.
var yamlReader = map[string]bool{
	"control characters are not allowed": true, "invalid leading UTF-8 octet": true,
	"incomplete UTF-8 octet sequence": true, "invalid trailing UTF-8 octet": true,
	"invalid length of a UTF-8 sequence": true, "invalid Unicode character": true,
	"incomplete UTF-16 character": true, "unexpected low surrogate area": true,
	"expected low surrogate area": true, "incomplete UTF-16 surrogate pair": true,
}

// YAML returns the syntax error that err, from yaml.v3, is, and true; false
// when err is none (values of the wrong type: a yaml.TypeError). yaml.v3
// places an error on a line only; a message of its parser ("did not find
// expected key") stands on the line where the mapping or list it was reading
// starts, and says so.
func YAML(err error) (Error, bool) {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) || !strings.HasPrefix(msg, "yaml: ") {
		return Error{}, false
	}
	var e Error
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	zh, ok := yamlZh[msg]
	if !ok {
		zh = msg
	}
	e.En, e.Zh = "YAML syntax error: "+msg, "YAML 语法错误："+zh
	switch {
	case yamlReader[msg]:
	case yamlParser[msg]:
		e.Line++ // 0-based, and 0 when it is the first line
		e.En += " (at this line, or in the mapping or list that starts on it)"
		e.Zh += "（在这一行，或在从这一行开始的映射或列表中）"
	case e.Line == 0:
		e.Line = 1 // the scanner names no line for the first
	}
	return e, true
}

// Position returns the 1-based line and UTF-16 column of byte offset off in
// text; \n, \r\n and \r each end a line. It places the errors of JSON
// documents, syntax errors or others, from a decoder's offset.
func Position(text string, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch text[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			line, start = line+1, i+1
		}
	}
	col = 1
	for _, r := range text[start:off] {
		col++
		if r >= 0x10000 { // a surrogate pair
			col++
		}
	}
	return line, col
}
