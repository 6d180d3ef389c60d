package rules

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/internal/syntaxerr"
)

// decoder walks a yaml.Node tree of one file, collecting every error with its
// position instead of stopping at the first.
type decoder struct {
	file  string
	lines []string // source lines without BOM or CR, for UTF-16 columns and block indentation
	errs  []error

	broken  map[string]bool // IDs of rules dropped for their errors
	related []topicRef      // the related topics of the topics decoded, with their places
}

// newDecoder prepares to decode data read from file.
func newDecoder(file string, data []byte) *decoder {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return &decoder{file: file, lines: lines}
}

// parse parses data and returns the document's top node, or nil after recording
// a syntax error. An empty document gives an empty mapping.
func (d *decoder) parse(data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		se, ok := syntaxerr.YAML(err)
		if !ok {
			se = syntaxerr.Error{En: "invalid YAML: " + err.Error(), Zh: "YAML 错误：" + err.Error()}
		}
		d.errs = append(d.errs, &PosError{Pos: Pos{File: d.file, Line: se.Line}, Msg: se.En, Zh: se.Zh})
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1}
	}
	return doc.Content[0]
}

// err returns the collected errors joined, or nil.
func (d *decoder) err() error { return joinErrs(d.errs) }

// pos is the position of n, its column counted in UTF-16 code units.
func (d *decoder) pos(n *yaml.Node) Pos {
	return Pos{File: d.file, Line: n.Line, Column: d.utf16Col(n.Line, n.Column)}
}

// utf16Col converts a 1-based column in characters on line to UTF-16 code units.
func (d *decoder) utf16Col(line, col int) int {
	if line < 1 || line > len(d.lines) {
		return col
	}
	s, units := d.lines[line-1], 0
	for i := 1; i < col && s != ""; i++ {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		units += utf16.RuneLen(r)
	}
	return units + 1
}

// exprPos is the position of the first character of the text of scalar n: past
// the quote of a quoted scalar, on the line after the indicator of a block scalar.
func (d *decoder) exprPos(n *yaml.Node) Pos {
	p := d.pos(n)
	switch n.Style {
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		p.Column++
	case yaml.LiteralStyle, yaml.FoldedStyle:
		for i := n.Line; i < len(d.lines); i++ { // d.lines[i] is line i+1
			if t := strings.TrimLeft(d.lines[i], " "); t != "" {
				return Pos{File: d.file, Line: n.Line + 1, Column: len(d.lines[i]) - len(t) + 1}
			}
		}
	}
	return p
}

// errorf records an error at n about rule (empty for none), formatting args
// with en for the English text and zh for the Chinese; a noun among args is
// given in the language of each.
func (d *decoder) errorf(n *yaml.Node, rule, en, zh string, args ...any) {
	d.errs = append(d.errs, &PosError{Pos: d.pos(n), Rule: rule, Msg: sprintfIn("en", en, args), Zh: sprintfIn("zh", zh, args)})
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// describe names the kind of n for "not …" in messages.
func describe(n *yaml.Node) noun {
	switch n.Kind {
	case yaml.MappingNode:
		return noun{"a mapping", "映射（键: 值）"}
	case yaml.SequenceNode:
		return noun{"a sequence", "列表"}
	}
	switch n.Tag {
	case "!!null":
		return noun{"empty", "空值"}
	case "!!bool":
		return noun{"a boolean", "布尔值"}
	case "!!int", "!!float":
		return noun{"a number", "数字"}
	}
	return noun{fmt.Sprintf("%q", n.Value), "「" + n.Value + "」"}
}

// field is one key of a mapping with its value.
type field struct {
	key   string
	keyN  *yaml.Node
	value *yaml.Node
}

// mapping returns the entries of mapping n in order, checking that every key is
// a string and, when allowed is not empty, one of allowed. what names n in errors.
func (d *decoder) mapping(n *yaml.Node, rule string, what noun, allowed ...string) ([]field, bool) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, rule, "%s must be a mapping, not %s", "%s应为映射（键: 值），而不是%s", what, describe(n))
		return nil, false
	}
	var out []field
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		switch {
		case k.Kind != yaml.ScalarNode || k.Tag == "!!null":
			d.errorf(k, rule, "%s: key must be a string, not %s", "%s：键应为字符串，而不是%s", what, describe(k))
			continue
		case seen[k.Value]:
			d.errorf(k, rule, "%s: key %q appears twice", "%s：键「%s」出现了两次，应只写一次", what, k.Value)
			continue
		case len(allowed) > 0 && !contains(allowed, k.Value):
			d.errs = append(d.errs, &PosError{Pos: d.pos(k), Rule: rule,
				Msg: fmt.Sprintf("%s: unknown key %q; expected one of %s", what.en, k.Value, strings.Join(allowed, ", ")),
				Zh:  fmt.Sprintf("%s：未知的键「%s」，应为 %s 之一", what.zh, k.Value, listZh(allowed))})
			continue
		}
		seen[k.Value] = true
		out = append(out, field{key: k.Value, keyN: k, value: v})
	}
	return out, true
}

// str returns scalar n as a string; any scalar but null is accepted.
func (d *decoder) str(n *yaml.Node, rule string, what noun) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, rule, "%s must be a string, not %s", "%s应为字符串，而不是%s", what, describe(n))
		return "", false
	}
	return n.Value, true
}

// strings returns sequence n of strings.
func (d *decoder) strings(n *yaml.Node, rule string, what noun) []string {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, rule, "%s must be a sequence of strings, not %s", "%s应为字符串列表，而不是%s", what, describe(n))
		return nil
	}
	item := noun{what.en + " item", what.zh + "中的一项"}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		if s, ok := d.str(c, rule, item); ok {
			out = append(out, s)
		}
	}
	return out
}

// text returns a string or a {zh, en} mapping as Text; a plain string is Zh.
// Trailing white space (the final newline of a block scalar) is dropped; the
// start is kept, so that positions inside the text stay right.
func (d *decoder) text(n *yaml.Node, rule string, what noun) Text {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		s, _ := d.str(n, rule, noun{what.en + " (a string or {zh, en})", what.zh + "（字符串或 {zh, en}）"})
		return Text{Zh: strings.TrimRightFunc(s, unicode.IsSpace)}
	}
	var t Text
	fields, _ := d.mapping(n, rule, what, "zh", "en")
	for _, f := range fields {
		s, _ := d.str(f.value, rule, noun{what.en + "." + f.key, what.zh + "中的「" + f.key + "」"})
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		if f.key == "zh" {
			t.Zh = s
		} else {
			t.En = s
		}
	}
	if t.Zh == "" && t.En == "" && len(fields) == len(n.Content)/2 {
		d.errorf(n, rule, "%s is empty; expected zh or en text", "%s为空：应有 zh 或 en 文本", what)
	}
	return t
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
