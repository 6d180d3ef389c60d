package table

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/internal/syntaxerr"
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
// of one) or YAML mapping with a "units" key. A baseline, a SARIF log, a JSON
// schema or any other YAML is not. Content that cannot be decoded is not a
// model either.
func IsModel(path string, data []byte) bool { return ModelError(path, data) == nil }

// ModelError returns nil when data, the content of a model file, is a jxlint
// model (see IsModel), and otherwise why it is not: where its text cannot be
// decoded or its JSON or YAML breaks, in words and at its place, or
// NotModelError for a well-formed file that is some other document.
func ModelError(path string, data []byte) error {
	text, _, err := Decode(data)
	if err != nil {
		return newError(path, err, "cannot read as a JSON or YAML document", "无法作为 JSON 或 YAML 文档读取")
	}
	if strings.ToLower(filepath.Ext(path)) == ".json" {
		var top map[string]json.RawMessage
		if strings.HasPrefix(strings.TrimSpace(text), "[") { // jxlint parse prints an array
			var list []json.RawMessage
			if err := json.Unmarshal([]byte(text), &list); err != nil {
				return notJSONModel(path, text, err)
			}
			if len(list) != 1 || json.Unmarshal(list[0], &top) != nil {
				return NotModelError(path)
			}
		} else if err := json.Unmarshal([]byte(text), &top); err != nil {
			return notJSONModel(path, text, err)
		}
		if _, ok := top["units"]; !ok {
			return NotModelError(path)
		}
		return nil
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil {
		return yamlError(path, err)
	}
	if n.Kind != yaml.DocumentNode || len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		return NotModelError(path)
	}
	top := n.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value == "units" {
			return nil
		}
	}
	return NotModelError(path)
}

// notJSONModel returns the error of a .json file that err, from decoding
// text, says is no model: where its JSON breaks, or NotModelError for
// well-formed JSON of another shape.
func notJSONModel(path, text string, err error) error {
	if _, ok := syntaxerr.JSON(text, err); ok {
		return jsonError(path, text, err)
	}
	return NotModelError(path)
}

// NotModelError is the error for a JSON or YAML file, named to be read as a
// table, that is not a jxlint model.
func NotModelError(path string) *Error {
	return newError(path, nil, "not a jxlint table model (the JSON or YAML that jxlint parse prints, with units); tables are read from .txt, .csv and .xlsx files",
		"不是 jxlint 的表格模型（jxlint parse 输出的、含 units 的 JSON 或 YAML）；表格请用 .txt、.csv 或 .xlsx 文件")
}
