package syntaxerr

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestJSON places encoding/json's syntax errors and says them in both
// languages, as a reader of a model file or a baseline shows them.
func TestJSON(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"{\n  \"units\": [}\n]}", "2:13 JSON syntax error: invalid character '}' looking for beginning of value | " +
			"JSON 语法错误：遇到「}」，此处应为一个值（对象、数组、字符串、数字、true、false 或 null）"},
		{`{"a" 1}`, "1:6 JSON syntax error: invalid character '1' after object key | JSON 语法错误：遇到「1」，键之后应为冒号「:」"},
		{`{"名称": 1 "b": 2}`, "1:10 JSON syntax error: invalid character '\"' after object key:value pair | JSON 语法错误：遇到「\"」，键值对之后应为逗号「,」或「}」"},
		{"[1 2]", "1:4 JSON syntax error: invalid character '2' after array element | JSON 语法错误：遇到「2」，列表的元素之后应为逗号「,」或「]」"},
		{"\"\U0001F600\" x", "1:6 JSON syntax error: invalid character 'x' after top-level value | JSON 语法错误：遇到「x」，文档到此已经结束，之后不应再有内容"},
		{"{\"a\": \"x\ty\"}", "1:9 JSON syntax error: invalid character '\\t' in string literal | JSON 语法错误：遇到「\\t」，字符串中的控制字符（如换行、制表符）要写成转义形式"},
		{`{"a": "\q"}`, "1:9 JSON syntax error: invalid character 'q' in string escape code | JSON 语法错误：遇到「q」，「\\」之后应为 \" \\ / b f n r t 或 u"},
		{`{"a": "\u12G4"}`, "1:12 JSON syntax error: invalid character 'G' in \\u hexadecimal character escape | JSON 语法错误：遇到「G」，「\\u」之后应为四位十六进制数字"},
		{`{"a": 1.x}`, "1:9 JSON syntax error: invalid character 'x' after decimal point in numeric literal | JSON 语法错误：遇到「x」，数字的写法不对"},
		{`{"a": tru}`, "1:10 JSON syntax error: invalid character '}' in literal true (expecting 'e') | JSON 语法错误：遇到「}」，此处应为 true"},
		{"{\r\n\"a\": [1,", "2:9 JSON syntax error: unexpected end of JSON input | JSON 语法错误：文件意外结束：缺少收尾的括号、引号或值"},
		{"{a: 1}", "1:2 JSON syntax error: invalid character 'a' looking for beginning of object key string | JSON 语法错误：遇到「a」，此处应为用双引号括起的键"},
		{"{\"a\": 1}", "no syntax error"},
		{"[\"a\"]", "no syntax error"}, // decoded into a map: a type error
	} {
		var v map[string]any
		e, ok := JSON(c.text, json.Unmarshal([]byte(c.text), &v))
		got := "no syntax error"
		if ok {
			got = fmt.Sprintf("%d:%d %s | %s", e.Line, e.Column, e.En, e.Zh)
		}
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
	// A json.Decoder says io.ErrUnexpectedEOF where Unmarshal says the same in a SyntaxError.
	text := "{\"units\": ["
	var v any
	err := json.NewDecoder(strings.NewReader(text)).Decode(&v)
	if e, ok := JSON(text, err); !ok || e.Line != 1 || e.Column != 12 || !strings.Contains(e.Zh, "文件意外结束") {
		t.Errorf("decoder's end of input: %v %+v", ok, e)
	}
}

// TestYAML places yaml.v3's syntax errors on their lines and says them in
// both languages.
func TestYAML(t *testing.T) {
	const parserNote = "（在这一行，或在从这一行开始的映射或列表中）"
	for _, c := range []struct{ text, want string }{
		{"units:\n  - name: [1\n", "2 YAML syntax error: did not find expected ',' or ']' (at this line, or in the mapping or list that starts on it) | YAML 语法错误：应为逗号「,」或「]」" + parserNote},
		{"a:\n  - x\n - y\n", "3 YAML syntax error: did not find expected key (at this line, or in the mapping or list that starts on it) | YAML 语法错误：此处应为一个键（缩进是否对齐？）" + parserNote},
		{"a: b: c\n", "1 YAML syntax error: mapping values are not allowed in this context | YAML 语法错误：此处不能写「键: 值」（缩进或冒号有误；值中的「: 」要加引号）"},
		{"x: 1\na: b: c\n", "2 YAML syntax error: mapping values are not allowed in this context | YAML 语法错误：此处不能写「键: 值」（缩进或冒号有误；值中的「: 」要加引号）"},
		{"a:\n\t- x\n", "2 YAML syntax error: found character that cannot start any token | YAML 语法错误：这个字符不能出现在开头（例如用制表符缩进，或「@」「`」开头的值没有加引号）"},
		{"a: \"x\n", "2 YAML syntax error: found unexpected end of stream | YAML 语法错误：文件意外结束：缺少收尾的引号或括号"},
		{"a: \"\\q\"\n", "1 YAML syntax error: found unknown escape character | YAML 语法错误：双引号字符串中有未知的转义字符"},
		{"a: \x01\n", "0 YAML syntax error: control characters are not allowed | YAML 语法错误：含有不允许的控制字符"},
		{"a: [b]\n", "no syntax error"},
	} {
		var v map[string]string
		err := yaml.Unmarshal([]byte(c.text), &v)
		got := "no syntax error"
		if e, ok := YAML(err); err != nil && ok {
			got = fmt.Sprintf("%d %s | %s", e.Line, e.En, e.Zh)
		}
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
	if _, ok := YAML(errors.New("line 3: not from yaml")); ok {
		t.Error("an error that is not yaml.v3's taken for a syntax error")
	}
}
