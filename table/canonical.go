package table

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/internal/syntaxerr"
)

// The canonical format is the model itself written as JSON or YAML, as
// `jxlint parse` prints it. Reading it back gives the same model, with Format
// "json" or "yaml"; Path stays the path of the table the model was read from
// (the spans point into that file) unless the document has none.

func init() {
	register(KindModel, readJSON, ".json")
	register(KindYAML, readYAML, ".yaml", ".yml")
}

// readJSON reads one document written as JSON: an object, or an array that
// holds one object.
func readJSON(path string, data []byte, _ ReadOptions) (*Document, error) {
	text, _, err := Decode(data)
	if err != nil {
		return nil, newError(path, err, "cannot read as a JSON document", "无法作为 JSON 文档读取")
	}
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	// jxlint parse prints an array of documents: an array of one is one document.
	inArray := strings.HasPrefix(strings.TrimSpace(text), "[")
	if inArray {
		if _, err := dec.Token(); err != nil {
			return nil, jsonError(path, text, err)
		}
	}
	doc := &Document{}
	if err := dec.Decode(doc); err != nil {
		return nil, jsonError(path, text, err)
	}
	if inArray {
		if dec.More() {
			if _, err := dec.Token(); err != nil { // not a second document: what breaks there
				return nil, jsonError(path, text, err)
			}
			return nil, newError(path, nil, "holds a list of several documents; expected one document (one table per file)",
				"是多个文档的列表：应为一个文档（每个文件一张表）")
		}
		if _, err := dec.Token(); err != nil {
			return nil, jsonError(path, text, err)
		}
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		off := end + len(text[end:]) - len(strings.TrimLeft(text[end:], " \t\r\n"))
		line, col := syntaxerr.Position(text, off)
		e := newError(path, nil, "unexpected data after the document; expected one document", "文档之后还有数据：应只有一个文档")
		e.Line, e.Column = line, col
		return nil, e
	}
	return finishCanonical(path, "json", doc)
}

// readYAML reads one document written as YAML.
func readYAML(path string, data []byte, _ ReadOptions) (*Document, error) {
	text, _, err := Decode(data)
	if err != nil {
		return nil, newError(path, err, "cannot read as a YAML document", "无法作为 YAML 文档读取")
	}
	dec := yaml.NewDecoder(strings.NewReader(text))
	dec.KnownFields(true)
	doc := &Document{}
	if err := dec.Decode(doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, newError(path, nil, "holds no YAML document; expected one document", "没有 YAML 文档：应有一个文档")
		}
		return nil, yamlError(path, err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, newError(path, nil, "holds several YAML documents; expected one document (one table per file)",
			"有多个 YAML 文档：应为一个文档（每个文件一张表）")
	}
	return finishCanonical(path, "yaml", doc)
}

// finishCanonical records the format and gives the document the shape the
// table readers give: no nil units, projects or indicators.
func finishCanonical(path, format string, doc *Document) (*Document, error) {
	if doc.Path == "" {
		doc.Path = path
	}
	doc.Format = format
	if doc.Units == nil {
		doc.Units = []*Unit{}
	}
	for i, u := range doc.Units {
		if u == nil {
			at := "units[" + strconv.Itoa(i) + "]"
			return nil, newError(path, nil, at+" is empty; expected a unit", at+" 为空：应为一个单位")
		}
		if u.Projects == nil {
			u.Projects = []*Project{}
		}
		for j, p := range u.Projects {
			if p == nil {
				at := "units[" + strconv.Itoa(i) + "].projects[" + strconv.Itoa(j) + "]"
				return nil, newError(path, nil, at+" is empty; expected a project", at+" 为空：应为一个项目")
			}
			if p.Indicators == nil {
				p.Indicators = []*Indicator{}
			}
			for k, ind := range p.Indicators {
				if ind == nil {
					at := "units[" + strconv.Itoa(i) + "].projects[" + strconv.Itoa(j) + "].indicators[" + strconv.Itoa(k) + "]"
					return nil, newError(path, nil, at+" is empty; expected an indicator", at+" 为空：应为一个指标")
				}
			}
		}
	}
	return doc, nil
}
