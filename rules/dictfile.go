package rules

import (
	"gopkg.in/yaml.v3"
)

// typos decodes a mapping of wrong → right.
func (d *decoder) typos(n *yaml.Node, what noun) map[string]string {
	fields, _ := d.mapping(n, "", what)
	out := make(map[string]string, len(fields))
	for _, f := range fields {
		if s, ok := d.str(f.value, "", what.entry(f.key)); ok {
			out[f.key] = s
		}
	}
	return out
}

// framework decodes a sequence of first-level categories with their children.
func (d *decoder) framework(n *yaml.Node, what noun, level int) []Category {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "%s must be a sequence of {code, name, aliases, children}, not %s",
			"%s应为 {code, name, aliases, children} 的列表，而不是%s", what, describe(n))
		return nil
	}
	keys := []string{"code", "name", "aliases", "children"}
	if level == 2 {
		keys = keys[:3]
	}
	var out []Category
	for _, c := range n.Content {
		var cat Category
		fields, _ := d.mapping(c, "", noun{what.en + " category", what.zh + "中的类别"}, keys...)
		for _, f := range fields {
			switch f.key {
			case "code":
				cat.Code, _ = d.str(f.value, "", key("code"))
			case "name":
				cat.Name, _ = d.str(f.value, "", key("name"))
			case "aliases":
				cat.Aliases = d.strings(f.value, "", key("aliases"))
			case "children":
				cat.Children = d.framework(f.value, key("children"), 2)
			}
		}
		if cat.Code == "" || cat.Name == "" {
			d.errorf(c, "", "%s category needs a code and a name", "%s中的类别需要 code 和 name", what)
			continue
		}
		out = append(out, cat)
	}
	return out
}

// dictFile decodes the built-in dictionary file name ("typos.yaml", …) into dicts.
func (d *decoder) dictFile(name string, top *yaml.Node, dicts *Dictionaries) {
	switch name {
	case "typos.yaml":
		dicts.Typos = d.typos(top, key("typos"))
	case "topics.yaml":
		dicts.Topics = d.topics(top, key("topics"))
	case "vague.yaml":
		dicts.Vague = d.strings(top, "", key("vague"))
	case "framework.yaml":
		dicts.Framework = d.framework(top, key("framework"), 1)
	default:
		d.errorf(top, "", "unknown dictionary %q; expected typos.yaml, topics.yaml, vague.yaml or framework.yaml",
			"未知的词典「%s」，应为 typos.yaml、topics.yaml、vague.yaml 或 framework.yaml", name)
	}
}

// extend adds the entries of ext to dicts: a typo in ext replaces or adds to the
// built-in one, topics extend as extendTopics says, vague words are appended once.
func (dicts *Dictionaries) extend(ext Dictionaries) {
	if len(ext.Typos) > 0 && dicts.Typos == nil {
		dicts.Typos = map[string]string{}
	}
	for k, v := range ext.Typos {
		dicts.Typos[k] = v
	}
	dicts.extendTopics(ext.Topics)
	dicts.Vague = appendNew(dicts.Vague, ext.Vague)
}

// appendNew appends the items of add that list does not hold yet.
func appendNew(list, add []string) []string {
	for _, s := range add {
		if !contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}
