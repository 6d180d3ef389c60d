package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/rules"
)

// configSource is the configuration file as YAML nodes, to find where a
// setting is written. The rule set has been loaded from it already, so it
// is known to be sound.
type configSource struct {
	path string
	root *yaml.Node // the top mapping; nil without a configuration
}

// readConfigSource reads the configuration at path; "" gives an empty source.
func readConfigSource(path string) (*configSource, error) {
	src := &configSource{path: path}
	if path == "" {
		return src, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		src.root = doc.Content[0]
	}
	return src, nil
}

// find returns the key and value nodes at the path of mapping keys, or nils.
func (s *configSource) find(path ...string) (key, value *yaml.Node) {
	n := s.root
	for _, k := range path {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil, nil
		}
		key, value = nil, nil
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				key, value = n.Content[i], n.Content[i+1]
				break
			}
		}
		n = value
	}
	return key, value
}

// origin returns file:line:col of the key at path, or def when it is not written.
func (s *configSource) origin(def string, path ...string) string {
	k, _ := s.find(path...)
	if k == nil {
		return def
	}
	return fmt.Sprintf("%s:%d:%d", s.path, k.Line, k.Column)
}

// scalar returns the scalar value at path, or def.
func (s *configSource) scalar(def string, path ...string) string {
	if _, v := s.find(path...); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return def
}

// isScalar reports whether the value at path is written as a scalar.
func (s *configSource) isScalar(path ...string) bool {
	_, v := s.find(path...)
	return v != nil && v.Kind == yaml.ScalarNode
}

// list returns the scalars of the sequence at path, joined, or "".
func (s *configSource) list(path ...string) string {
	_, v := s.find(path...)
	if v == nil {
		return ""
	}
	if v.Kind == yaml.ScalarNode {
		return v.Value
	}
	var out []string
	for _, c := range v.Content {
		out = append(out, c.Value)
	}
	return strings.Join(out, " ")
}

// isBuiltin reports whether a rule file is one of the built-in ones.
func isBuiltin(file string) bool { return strings.HasPrefix(file, "rules/default/") }

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// paramText writes a parameter value as JSON: numbers, strings, lists.
func paramText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// ignoreText writes an ignore entry's non-empty fields.
func ignoreText(ig rules.Ignore) string {
	var parts []string
	for _, f := range [][2]string{{"rule", ig.Rule}, {"path", ig.Path}, {"unit", ig.Unit}, {"project", ig.Project}, {"reason", ig.Reason}} {
		if f[1] != "" {
			parts = append(parts, f[0]+"="+f[1])
		}
	}
	return strings.Join(parts, " ")
}
