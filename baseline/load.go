package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/internal/syntaxerr"
)

// entryKeys are the keys an entry may have, in the order errors list them.
var entryKeys = []string{"ruleId", "file", "unit", "project", "indicator", "field", "fingerprint", "message"}

// Load reads the baseline file at path, JSON or YAML (JSON is told by its
// extension or its opening brace). Errors name the file and, where known, the
// line and column.
func Load(path string) (*Baseline, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return nil, &Error{Path: path, En: "not a regular file; expected a baseline file", Zh: "不是普通文件：应为基线文件"}
	}
	if err := CheckName(path); err != nil { // a table given as the baseline, say
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, readError(path, err)
	}
	body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // errors count lines and columns from here
	if strings.HasSuffix(strings.ToLower(path), ".json") || bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		if err := checkJSON(path, body); err != nil {
			return nil, err
		}
	}
	entries, err := parse(path, body)
	if err != nil {
		return nil, err
	}
	return newBaseline(path, entries), nil
}

// checkJSON reports a JSON syntax error at its line and column.
func checkJSON(path string, data []byte) error {
	var v any
	err := json.Unmarshal(data, &v)
	if se, ok := syntaxerr.JSON(string(data), err); ok {
		return &Error{Path: path, Line: se.Line, Column: se.Column, En: se.En, Zh: se.Zh, Err: err}
	}
	if err != nil {
		return &Error{Path: path, En: err.Error(), Zh: "不是有效的 JSON：" + err.Error(), Err: err}
	}
	return nil
}

// parse reads a baseline document (JSON is valid YAML here) through yaml.Node,
// so that every error has a position.
func parse(path string, data []byte) ([]Entry, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		if se, ok := syntaxerr.YAML(err); ok {
			return nil, &Error{Path: path, Line: se.Line, En: se.En, Zh: se.Zh, Err: err}
		}
		return nil, &Error{Path: path, En: err.Error(), Zh: "不是有效的 YAML：" + err.Error(), Err: err}
	}
	if len(root.Content) == 0 {
		return nil, &Error{Path: path, En: "empty baseline: expected version and entries", Zh: "基线为空：应有 version 和 entries"}
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, posErr(path, doc, "expected a mapping with version and entries", "应为含 version 和 entries 的映射")
	}
	var entries []Entry
	seenVersion := false
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i], doc.Content[i+1]
		switch key.Value {
		case "version":
			if val.Value != "1" || val.Kind != yaml.ScalarNode {
				return nil, posErr(path, val, fmt.Sprintf("unsupported baseline version %q (expected %d)", val.Value, Version),
					fmt.Sprintf("不支持的基线版本「%s」（应为 %d）", val.Value, Version))
			}
			seenVersion = true
		case "entries":
			if val.Kind != yaml.SequenceNode && (val.Kind != yaml.ScalarNode || val.Tag != "!!null") {
				return nil, posErr(path, val, "entries: expected a list", "entries 应为列表")
			}
			for _, n := range val.Content {
				e, err := parseEntry(path, n)
				if err != nil {
					return nil, err
				}
				entries = append(entries, e)
			}
		default:
			return nil, posErr(path, key, fmt.Sprintf("unknown key %q (expected version, entries)", key.Value),
				fmt.Sprintf("未知的键「%s」（应为 version、entries）", key.Value))
		}
	}
	if !seenVersion {
		return nil, posErr(path, doc, fmt.Sprintf("missing version (expected version: %d)", Version),
			fmt.Sprintf("缺少 version（应为 version: %d）", Version))
	}
	return entries, nil
}

// parseEntry reads one entry and checks that it can match a finding.
func parseEntry(path string, n *yaml.Node) (Entry, error) {
	var e Entry
	if n.Kind != yaml.MappingNode {
		return e, posErr(path, n, "entry: expected a mapping of "+strings.Join(entryKeys, ", "),
			"条目应为含 "+strings.Join(entryKeys, "、")+" 的映射")
	}
	fields := map[string]*string{
		"ruleId": &e.RuleID, "file": &e.File, "unit": &e.Unit, "project": &e.Project,
		"indicator": &e.Indicator, "field": &e.Field, "fingerprint": &e.Fingerprint, "message": &e.Message,
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		dst, ok := fields[key.Value]
		switch {
		case !ok:
			return e, posErr(path, key, fmt.Sprintf("unknown key %q in entry (expected %s)", key.Value, strings.Join(entryKeys, ", ")),
				fmt.Sprintf("条目中有未知的键「%s」（应为 %s 之一）", key.Value, strings.Join(entryKeys, "、")))
		case seen[key.Value]:
			return e, posErr(path, key, fmt.Sprintf("key %q given twice", key.Value), fmt.Sprintf("键「%s」出现了两次", key.Value))
		case val.Kind != yaml.ScalarNode:
			return e, posErr(path, val, fmt.Sprintf("%s: expected a string", key.Value), fmt.Sprintf("%s 应为字符串", key.Value))
		}
		seen[key.Value] = true
		*dst = val.Value
	}
	switch {
	case e.RuleID == "":
		return e, posErr(path, n, "entry without ruleId", "条目缺少 ruleId")
	case e.File == "":
		return e, posErr(path, n, "entry without file", "条目缺少 file")
	case e.Fingerprint == "" && e.Message == "":
		return e, posErr(path, n, "entry needs a fingerprint or a message to match a finding", "条目需要 fingerprint 或 message 才能匹配问题")
	}
	return e, nil
}

// posErr is the error at a node's position, in English and Chinese.
func posErr(path string, n *yaml.Node, en, zh string) error {
	return &Error{Path: path, Line: n.Line, Column: n.Column, En: en, Zh: zh}
}
