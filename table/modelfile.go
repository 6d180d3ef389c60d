package table

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// IsModelPath reports whether path names a model file by its extension
// (.json, .yaml, .yml): such a file is read as a model, never as a table
// layout, and is read only when IsModel says its content is one.
func IsModelPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".yaml", ".yml":
		return true
	}
	return false
}

// IsModel reports whether data, the content of a model file, is a jxlint
// model (what `jxlint parse` prints): one JSON object (alone or in an array
// of one) or YAML mapping with a "units" key. A baseline, a SARIF log, a JSON schema or any other YAML is
// not. Content that cannot be decoded is not a model either.
func IsModel(path string, data []byte) bool {
	text, _, err := Decode(data)
	if err != nil {
		return false
	}
	if strings.ToLower(filepath.Ext(path)) == ".json" {
		var top map[string]json.RawMessage
		if strings.HasPrefix(strings.TrimSpace(text), "[") { // jxlint parse prints an array
			var list []map[string]json.RawMessage
			if json.Unmarshal([]byte(text), &list) != nil || len(list) != 1 {
				return false
			}
			top = list[0]
		} else if json.Unmarshal([]byte(text), &top) != nil {
			return false
		}
		_, ok := top["units"]
		return ok
	}
	var n yaml.Node
	if yaml.Unmarshal([]byte(text), &n) != nil || n.Kind != yaml.DocumentNode || len(n.Content) == 0 {
		return false
	}
	top := n.Content[0]
	if top.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value == "units" {
			return true
		}
	}
	return false
}

// NotModelError is the error for a JSON or YAML file, named to be read as a
// table, that is not a jxlint model.
func NotModelError(path string) *Error {
	return newError(path, nil, "not a jxlint table model (the JSON or YAML that jxlint parse prints, with units); tables are read from .txt, .csv and .xlsx files",
		"不是 jxlint 的表格模型（jxlint parse 输出的、含 units 的 JSON 或 YAML）；表格请用 .txt、.csv 或 .xlsx 文件")
}
