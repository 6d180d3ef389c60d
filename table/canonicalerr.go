package table

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/internal/syntaxerr"
)

// Decoding errors of model files, said in words rather than as the decoders'
// messages (which name Go types), at their line and column where known.

// jsonError places a JSON decoding error in the text.
func jsonError(path, text string, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		// A json.Decoder counts a syntax error's offset from where the value or
		// token it was reading starts; Unmarshal checks the whole text first
		// and places it in the text.
		if uerr := json.Unmarshal([]byte(text), new(json.RawMessage)); uerr != nil {
			err = uerr
		}
	}
	if se, ok := syntaxerr.JSON(text, err); ok {
		e := newError(path, nil, se.En, se.Zh)
		e.Line, e.Column, e.cause = se.Line, se.Column, err
		return e
	}
	var te *json.UnmarshalTypeError
	var e *Error
	off := -1
	switch {
	case errors.As(err, &te):
		off = valueStart(text, int(te.Offset)) // Offset is just past the value
		what, field := jsonKind(te.Value), fieldName(te.Field)
		e = newError(path, nil, fmt.Sprintf("not a jxlint JSON document: %s is %s, expected %s", field.en, what.en, typeName(te.Type).en),
			fmt.Sprintf("不是 jxlint 的 JSON 文档：%s是%s，应为%s", field.zh, what.zh, typeName(te.Type).zh))
	default:
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if key, ok := strings.CutPrefix(msg, "unknown field "); ok {
			name, _ := strconv.Unquote(key)
			e = newError(path, nil, fmt.Sprintf("not a jxlint JSON document: unknown key %q", name),
				fmt.Sprintf("不是 jxlint 的 JSON 文档：未知的键「%s」", name))
			off = strings.Index(text, key+":")
			if off < 0 {
				off = strings.Index(text, key)
			}
		} else {
			e = newError(path, nil, "not a jxlint JSON document: "+msg, "不是 jxlint 的 JSON 文档："+msg)
		}
	}
	e.cause = err
	if off >= 0 && off <= len(text) {
		e.Line, e.Column = syntaxerr.Position(text, off)
	}
	return e
}

// valueStart backs up from just past a JSON value to where a scalar value
// starts; it stops at the delimiter before it.
func valueStart(text string, off int) int {
	off = min(off, len(text))
	for off > 0 && !strings.ContainsRune(" \t\r\n:,[{", rune(text[off-1])) {
		off--
	}
	return off
}

// yamlLineMsg is one message of yaml.v3: "line N: what".
var yamlLineMsg = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlField and yamlType are the messages of a key that is not in the model
// and of a value of the wrong kind.
var (
	yamlField = regexp.MustCompile(`^field (\S+) not found in type `)
	yamlType  = regexp.MustCompile("^cannot unmarshal !!(\\w+) (?:`[^`]*` )?into (.+)$")
)

// yamlError places a YAML decoding error at its line, in words.
func yamlError(path string, err error) error {
	if se, ok := syntaxerr.YAML(err); ok {
		e := newError(path, nil, se.En, se.Zh)
		e.Line, e.cause = se.Line, err
		return e
	}
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	line := 0
	if m := yamlLineMsg.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	en, zh := msg, "YAML 错误："+msg
	if m := yamlField.FindStringSubmatch(msg); m != nil {
		en, zh = fmt.Sprintf("unknown key %q", m[1]), fmt.Sprintf("未知的键「%s」", m[1])
	} else if m := yamlType.FindStringSubmatch(msg); m != nil {
		k, want := yamlKind(m[1]), goTypeName(m[2])
		en, zh = fmt.Sprintf("a %s where %s is expected", k.en, want.en), fmt.Sprintf("这里是%s，应为%s", k.zh, want.zh)
	}
	e := newError(path, nil, "not a jxlint YAML document: "+en, "不是 jxlint 的 YAML 文档："+zh)
	e.cause, e.Line = err, line
	return e
}

// words is a phrase in English and Chinese.
type words struct{ en, zh string }

// jsonKind names a JSON value kind ("string", "number", "array", …).
func jsonKind(v string) words {
	switch {
	case v == "string":
		return words{"a string", "字符串"}
	case v == "array":
		return words{"an array", "数组"}
	case v == "object":
		return words{"an object", "对象"}
	case v == "bool":
		return words{"true or false", "布尔值"}
	case strings.HasPrefix(v, "number"):
		return words{"a number", "数字"}
	}
	return words{v, v}
}

// yamlKind names a YAML tag (str, seq, map, int, …).
func yamlKind(tag string) words {
	switch tag {
	case "str":
		return words{"string", "字符串"}
	case "seq":
		return words{"list", "列表"}
	case "map":
		return words{"mapping", "映射"}
	case "int", "float":
		return words{"number", "数字"}
	case "bool":
		return words{"true or false", "布尔值"}
	}
	return words{tag, tag}
}

// typeName names what a Go type of the model holds.
func typeName(t reflect.Type) words {
	if t == nil {
		return words{"another kind of value", "其他类型的值"}
	}
	return goTypeName(t.String())
}

// goTypeName names what a Go type, written as Go writes it, holds.
func goTypeName(t string) words {
	switch {
	case t == "string":
		return words{"a string", "字符串"}
	case strings.HasPrefix(t, "[]"):
		return words{"a list", "列表"}
	case strings.Contains(t, "int"), strings.Contains(t, "float"), strings.Contains(t, "Decimal"):
		return words{"a number", "数字"}
	case t == "bool":
		return words{"true or false", "布尔值"}
	}
	return words{"an object", "对象"}
}

// fieldName is the dotted path of a JSON field, or the document.
func fieldName(f string) words {
	if f == "" {
		return words{"the document", "文档"}
	}
	return words{f, f + " "}
}
