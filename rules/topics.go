package rules

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// Topic is a field of government work that goal-indicator-mismatch tells
// apart: a class (类) or a section (款) of the expenditure classification by
// function, or a topic a user adds. An indicator is about a topic when it
// holds one of its keywords; a project is about it when its name, goals or
// unit name hold a keyword, or its unit name or project name one of its unit
// words.
type Topic struct {
	Name     string   // 卫生健康, 水利
	Class    string   // the class of a section (农林水 for 水利); "" for a class or a user topic
	Code     string   // the classification code: "210", "21303"; "" when it has none
	En       string   // English name for messages; Name when empty
	Keywords []string // words that name the field's work: 医院, 疫苗
	Units    []string // words of unit names that serve the field (水务局), never read in indicators
	Related  []string // other topics whose work is bound up with this one, so that either covers the other

	// None marks phrases that hold another topic's keyword but name no field
	// of their own (农民工 holds 农民): they are read as one word and dropped.
	None bool
}

// topicKeys are the keys of a topic written as a mapping.
var topicKeys = []string{"code", "en", "keywords", "units", "related", "none", "fields"}

// topics decodes a mapping of topic → keywords or topic → {code, en, keywords,
// units, related, none, fields}; fields holds the sections of a class, written the
// same way, one level deep.
func (d *decoder) topics(n *yaml.Node, what noun) map[string]Topic {
	out := map[string]Topic{}
	d.topicMap(n, what, "", out)
	return out
}

// topicMap decodes the topics of mapping n into out, as sections of class
// when class is not "".
func (d *decoder) topicMap(n *yaml.Node, what noun, class string, out map[string]Topic) {
	fields, _ := d.mapping(n, "", what)
	for _, f := range fields {
		t := Topic{Name: f.key, Class: class}
		entry := what.entry(f.key)
		if _, dup := out[f.key]; dup {
			d.errorf(f.keyN, "", "%s: topic %q is defined twice", "%s：主题「%s」定义了两次", what, f.key)
			continue
		}
		if k := resolve(f.value).Kind; k != yaml.MappingNode {
			if k != yaml.SequenceNode {
				d.errorf(f.value, "", "%s must be a sequence of keywords or a mapping {en, keywords, units, related, none}, not %s",
					"%s应为关键词列表或 {en, keywords, units, related, none} 映射，而不是%s", entry, describe(resolve(f.value)))
				continue
			}
			t.Keywords = d.strings(f.value, "", entry)
			out[f.key] = t
			continue
		}
		allowed := topicKeys
		if class != "" {
			allowed = topicKeys[:len(topicKeys)-1]
		}
		props, _ := d.mapping(f.value, "", entry, allowed...)
		var sections *yaml.Node
		for _, p := range props {
			switch p.key {
			case "code":
				t.Code, _ = d.str(p.value, "", key("code"))
			case "en":
				t.En, _ = d.str(p.value, "", key("en"))
			case "keywords":
				t.Keywords = d.strings(p.value, "", key("keywords"))
			case "units":
				t.Units = d.strings(p.value, "", key("units"))
			case "related":
				t.Related = d.strings(p.value, "", key("related"))
				for i, r := range t.Related {
					d.related = append(d.related, topicRef{topic: f.key, name: r, pos: d.pos(resolve(p.value).Content[i])})
				}
			case "none":
				t.None = d.boolean(p.value, key("none"))
			case "fields":
				sections = p.value
			}
		}
		out[f.key] = t
		if sections != nil {
			d.topicMap(sections, key(f.key+".fields"), f.key, out)
		}
	}
}

// topicRef is a topic named under another's related, where it is written.
type topicRef struct {
	topic, name string
	pos         Pos
}

// checkRelated records an error for every reference to a topic that topics
// does not hold.
func (d *decoder) checkRelated(refs []topicRef, topics map[string]Topic) {
	for _, r := range refs {
		if _, ok := topics[r.name]; !ok {
			d.errs = append(d.errs, &PosError{Pos: r.pos,
				Msg: fmt.Sprintf("dictionaries.topics: %s: related topic %q is not a topic", r.topic, r.name),
				Zh:  fmt.Sprintf("dictionaries.topics：「%s」的相关领域「%s」不存在", r.topic, r.name)})
		}
	}
}

// extendTopics adds the topics of ext to dicts: a new topic is added whole;
// the keywords, unit words and related topics of a known one are appended
// once, and its English name replaced when ext gives one.
func (dicts *Dictionaries) extendTopics(ext map[string]Topic) {
	if len(ext) > 0 && dicts.Topics == nil {
		dicts.Topics = map[string]Topic{}
	}
	for name, e := range ext {
		t, ok := dicts.Topics[name]
		if !ok {
			dicts.Topics[name] = e
			continue
		}
		if e.En != "" {
			t.En = e.En
		}
		if e.Code != "" {
			t.Code = e.Code
		}
		t.Keywords = appendNew(t.Keywords, e.Keywords)
		t.Units = appendNew(t.Units, e.Units)
		t.Related = appendNew(t.Related, e.Related)
		t.None = t.None || e.None
		dicts.Topics[name] = t
	}
}

// boolean returns scalar n as a bool.
func (d *decoder) boolean(n *yaml.Node, what noun) bool {
	n = resolve(n)
	var b bool
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&b) != nil {
		d.errorf(n, "", "%s must be true or false, not %s", "%s应为 true 或 false，而不是%s", what, describe(n))
	}
	return b
}
