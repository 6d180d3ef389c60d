package rules

import (
	"path"

	"gopkg.in/yaml.v3"
)

// config is a decoded .jxlint.yaml, before it is applied to the built-in set.
type config struct {
	path      string
	none      bool // extends: none
	overrides []override
	custom    []*Rule
	include   []pattern
	exclude   []string
	dicts     Dictionaries
	headers   map[string][]string
	ignores   []Ignore
	docsURL   string          // docs_url: the base URL of the rules' pages
	broken    map[string]bool // IDs of custom rules dropped for their errors
	related   []topicRef      // the related topics that dictionaries.topics names, checked once merged
}

// override is one entry of `rules:`: off, or a severity and params.
type override struct {
	id       string
	pos      Pos // of the key
	off      bool
	severity Severity
	params   []param
}

// param is one overridden parameter value.
type param struct {
	name  string
	value any
	pos   Pos
}

// pattern is an include glob with its place.
type pattern struct {
	glob string
	pos  Pos
}

// configKeys are the top-level keys of a configuration file.
var configKeys = []string{"extends", "rules", "custom", "include", "dictionaries", "headers", "ignore", "exclude", "docs_url"}

// decodeConfig decodes and checks the shape of a configuration file. It returns
// what it could decode even with errors, so that apply can find more; it
// returns a nil config only for a YAML syntax error.
func decodeConfig(file string, data []byte) (*config, error) {
	d := newDecoder(file, data)
	top := d.parse(data)
	if top == nil {
		return nil, d.err()
	}
	c := &config{path: file}
	fields, _ := d.mapping(top, "", noun{"configuration", "配置"}, configKeys...)
	for _, f := range fields {
		switch f.key {
		case "extends":
			s, ok := d.str(f.value, "", key("extends"))
			if ok && s != "default" && s != "none" {
				d.errorf(f.value, "", "extends %q is not one of default, none", "extends 应为 default 或 none，而不是「%s」", s)
			}
			c.none = s == "none"
		case "rules":
			c.overrides = d.overrides(f.value)
		case "custom":
			c.custom = d.ruleList(f.value, key("custom"))
		case "include":
			c.include = d.patterns(f.value)
		case "dictionaries":
			c.dicts = d.dictionaries(f.value)
		case "headers":
			c.headers = d.headers(f.value)
		case "ignore":
			c.ignores = d.ignores(f.value)
		case "exclude":
			c.exclude = d.excludes(f.value)
		case "docs_url":
			c.docsURL = d.docsURL(f.value)
		}
	}
	c.broken = d.broken
	c.related = d.related
	return c, d.err()
}

// overrides decodes `rules:`: id → off | false | severity | {severity, params}.
func (d *decoder) overrides(n *yaml.Node) []override {
	fields, _ := d.mapping(n, "", key("rules"))
	var out []override
	for _, f := range fields {
		o := override{id: f.key, pos: d.pos(f.keyN)}
		v := f.value
		switch {
		case v.Kind == yaml.ScalarNode && (v.Value == "off" || v.Tag == "!!bool" && v.Value == "false"):
			o.off = true
		case v.Kind == yaml.ScalarNode:
			o.severity = d.severity(v, f.key)
		case v.Kind != yaml.MappingNode:
			d.errorf(v, f.key, "override must be off, a severity, or {severity, params}, not %s",
				"设置应为 off、一个严重级别（error、warning、info）或 {severity, params}，而不是%s", describe(v))
			continue
		default:
			entries, _ := d.mapping(v, f.key, noun{"override", "「rules」中的设置"}, "severity", "params")
			for _, e := range entries {
				if e.key == "severity" {
					o.severity = d.severity(e.value, f.key)
					continue
				}
				ps, _ := d.mapping(e.value, f.key, key("params"))
				for _, p := range ps {
					var val any
					if err := p.value.Decode(&val); err != nil {
						d.errorf(p.value, f.key, "param %q: %v", "参数「%s」的值无法读取：%v", p.key, err)
						continue
					}
					o.params = append(o.params, param{name: p.key, value: val, pos: d.pos(p.keyN)})
				}
			}
		}
		out = append(out, o)
	}
	return out
}

// dictionaries decodes the dictionary extensions of a configuration.
func (d *decoder) dictionaries(n *yaml.Node) Dictionaries {
	var dicts Dictionaries
	fields, _ := d.mapping(n, "", key("dictionaries"), "typos", "topics", "vague")
	for _, f := range fields {
		switch f.key {
		case "typos":
			dicts.Typos = d.typos(f.value, key("dictionaries.typos"))
		case "topics":
			dicts.Topics = d.topics(f.value, key("dictionaries.topics"))
		case "vague":
			dicts.Vague = d.strings(f.value, "", key("dictionaries.vague"))
		}
	}
	return dicts
}

// ignores decodes `ignore:`, a sequence of {rule, path, unit, project, reason}.
func (d *decoder) ignores(n *yaml.Node) []Ignore {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "ignore must be a sequence of {rule, path, unit, project, reason}, not %s",
			"「ignore」应为 {rule, path, unit, project, reason} 的列表，而不是%s", describe(n))
		return nil
	}
	var out []Ignore
	for _, c := range n.Content {
		ig := Ignore{Pos: d.pos(resolve(c))}
		fields, ok := d.mapping(c, "", noun{"ignore entry", "忽略项"}, "rule", "path", "unit", "project", "reason")
		if !ok {
			continue
		}
		for _, f := range fields {
			s, _ := d.str(f.value, "", noun{"ignore " + f.key, "忽略项的「" + f.key + "」"})
			switch f.key {
			case "rule":
				ig.Rule = s
			case "path", "unit", "project":
				if _, err := path.Match(s, ""); err != nil {
					d.errorf(f.value, "", "ignore %s %q is not a valid glob", "忽略项的 %s「%s」不是有效的通配模式（如 *.xlsx、两新组织*）", f.key, s)
				}
				*ig.glob(f.key) = s
			case "reason":
				ig.Reason = s
			}
		}
		switch {
		case ig.Reason == "":
			d.errorf(c, "", "ignore entry needs a reason: say why these findings do not count", "忽略项缺少 reason：应说明为什么这些问题不算数")
		case ig.Rule == "" && ig.Path == "" && ig.Unit == "" && ig.Project == "":
			d.errorf(c, "", "ignore entry needs at least one of rule, path, unit, project", "忽略项应至少有 rule、path、unit、project 之一")
		}
		out = append(out, ig)
	}
	return out
}

// excludes decodes `exclude:`, a list of path globs relative to the
// configuration file of the files and folders a walk leaves out.
func (d *decoder) excludes(n *yaml.Node) []string {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "exclude must be a sequence of path globs, not %s", "「exclude」应为路径通配模式的列表，而不是%s", describe(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		g, ok := d.str(c, "", noun{"exclude pattern", "exclude 模式"})
		if !ok {
			continue
		}
		if _, err := path.Match(g, ""); err != nil || g == "" {
			d.errorf(c, "", "exclude pattern %q is not a valid glob", "exclude 模式「%s」不是有效的通配模式（如 archive/**、*.bak.csv）", g)
			continue
		}
		out = append(out, g)
	}
	return out
}

// glob returns the field of ig named key: path, unit or project.
func (ig *Ignore) glob(key string) *string {
	switch key {
	case "path":
		return &ig.Path
	case "unit":
		return &ig.Unit
	}
	return &ig.Project
}

// patterns decodes the include globs.
func (d *decoder) patterns(n *yaml.Node) []pattern {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "include must be a sequence of file globs, not %s", "「include」应为文件通配模式的列表，而不是%s", describe(n))
		return nil
	}
	var out []pattern
	for _, c := range n.Content {
		g, ok := d.str(c, "", noun{"include pattern", "include 模式"})
		if !ok {
			continue
		}
		if _, err := path.Match(g, ""); err != nil {
			d.errorf(c, "", "include pattern %q is not a valid glob", "include 模式「%s」不是有效的通配模式（如 team-rules/*.yaml）", g)
			continue
		}
		out = append(out, pattern{glob: g, pos: d.pos(resolve(c))})
	}
	return out
}
