package rules

import (
	"regexp"

	"gopkg.in/yaml.v3"
)

// ruleKeys are the keys a rule mapping may have.
var ruleKeys = []string{"id", "title", "description", "severity", "scope", "if", "when", "check",
	"message", "at", "params", "tags", "examples", "helpUri"}

var (
	idPattern    = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	paramPattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// LoadFile decodes and validates one rule file: a mapping whose key `rules`
// holds a sequence of rules. path is used in error messages. All errors are
// returned joined, each as a *PosError; rules that decoded without error are
// returned even then. Expressions are not compiled here.
func LoadFile(path string, data []byte) ([]*Rule, error) {
	d := newDecoder(path, data)
	top := d.parse(data)
	if top == nil {
		return nil, d.err()
	}
	rs := d.ruleFile(top)
	rs = d.checkUnique(rs, map[string]*Rule{})
	return rs, d.err()
}

// ruleFile decodes the top node of a rule file.
func (d *decoder) ruleFile(top *yaml.Node) []*Rule {
	fields, ok := d.mapping(top, "", noun{"rule file", "规则文件"}, "rules")
	if !ok {
		return nil
	}
	var out []*Rule
	for _, f := range fields {
		out = append(out, d.ruleList(f.value, key("rules"))...)
	}
	return out
}

// ruleList decodes a sequence of rule mappings.
func (d *decoder) ruleList(n *yaml.Node, what noun) []*Rule {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "%s must be a sequence of rules, not %s", "%s应为规则的列表，而不是%s", what, describe(n))
		return nil
	}
	var out []*Rule
	for _, c := range n.Content {
		if r := d.rule(c); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// checkUnique reports a rule whose ID is already in seen and drops it; it adds
// the others to seen and returns them.
func (d *decoder) checkUnique(rs []*Rule, seen map[string]*Rule) []*Rule {
	out := rs[:0:0]
	for _, r := range rs {
		if first, dup := seen[r.ID]; dup {
			d.errs = append(d.errs, &PosError{Pos: r.Pos, Rule: r.ID,
				Msg: "duplicate rule id; first defined at " + first.Pos.String(),
				Zh:  "规则 id 重复，应各不相同；第一次定义在 " + first.Pos.String()})
			continue
		}
		seen[r.ID] = r
		out = append(out, r)
	}
	return out
}

// rule decodes one rule mapping; it returns nil if the rule has errors.
func (d *decoder) rule(n *yaml.Node) *Rule {
	before := len(d.errs)
	n = resolve(n)
	r := &Rule{Pos: d.pos(n)}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 { // the id first, to name the rule in errors
			if k := resolve(n.Content[i]); k.Value == "id" {
				r.ID, _ = d.str(n.Content[i+1], "", key("id"))
			}
		}
	}
	fields, ok := d.mapping(n, r.ID, noun{"rule", "规则"}, ruleKeys...)
	if !ok {
		return nil
	}
	got := map[string]bool{}
	for _, f := range fields {
		got[f.key] = true
		d.ruleField(r, f)
	}
	for _, k := range []string{"id", "title", "severity", "scope", "check", "message"} {
		if !got[k] {
			d.errorf(n, r.ID, "missing %q; expected %s", "缺少「%s」：应为%s", k, expected[k])
		}
	}
	if len(d.errs) > before {
		if r.ID != "" {
			if d.broken == nil {
				d.broken = map[string]bool{}
			}
			d.broken[r.ID] = true
		}
		return nil
	}
	return r
}

// expected says what each required key holds, for "missing" errors.
var expected = map[string]noun{
	"id":       {`a kebab-case rule id like "too-few-indicators"`, " kebab-case 的规则 id，如「too-few-indicators」"},
	"title":    {"a string or {zh, en}", "字符串或 {zh, en}"},
	"severity": {"one of error, warning, info", " error、warning、info 之一"},
	"scope":    {"one of document, unit, project, indicator", " document、unit、project、indicator 之一"},
	"check":    {"an expression that is true (or a list of findings) when the object has a problem", "一个表达式，对象有问题时为真（或返回问题列表）"},
	"message":  {"a string or {zh, en} with ${expr} parts", "字符串或 {zh, en}，可含 ${expr} 部分"},
}

// ruleField decodes one key of a rule mapping into r.
func (d *decoder) ruleField(r *Rule, f field) {
	id, v := r.ID, f.value
	switch f.key {
	case "id":
		if r.ID != "" && !idPattern.MatchString(r.ID) {
			d.errorf(v, "", "id %q must be kebab-case: lowercase letters and digits in words joined by single hyphens, like \"too-few-indicators\"",
				"id「%s」应为 kebab-case：由小写字母和数字组成的词，用单个连字符相连，如「too-few-indicators」", r.ID)
		}
	case "title":
		r.Title = d.text(v, id, key("title"))
	case "description":
		r.Description = d.text(v, id, key("description"))
	case "severity":
		r.Default = d.severity(v, id)
		r.Severity = r.Default
	case "scope":
		s, _ := d.str(v, id, key("scope"))
		r.Scope = Scope(s)
		if s != "" && !contains([]string{"document", "unit", "project", "indicator"}, s) {
			d.errorf(v, id, "scope %q is not one of document, unit, project, indicator", "scope 应为 document、unit、project、indicator 之一，而不是「%s」", s)
		}
	case "if":
		r.If, r.IfPos = d.strings(v, id, key("if")), nil
		if n := resolve(v); n.Kind == yaml.SequenceNode && len(r.If) == len(n.Content) {
			for _, c := range n.Content {
				r.IfPos = append(r.IfPos, d.pos(resolve(c)))
			}
		}
	case "when":
		r.When, _ = d.str(v, id, key("when"))
		r.WhenPos = d.exprPos(resolve(v))
	case "check":
		r.Check, _ = d.str(v, id, key("check"))
		r.CheckPos = d.exprPos(resolve(v))
	case "message":
		r.Message = d.text(v, id, key("message"))
		r.MessagePos = d.messagePos(resolve(v))
	case "at":
		r.At, _ = d.str(v, id, key("at"))
	case "params":
		r.Params = d.params(v, id)
	case "tags":
		r.Tags = d.strings(v, id, key("tags"))
	case "examples":
		r.Examples = d.examples(v, id)
	case "helpUri":
		r.HelpURI, _ = d.str(v, id, key("helpUri"))
	}
}

// severity decodes a severity name.
func (d *decoder) severity(n *yaml.Node, rule string) Severity {
	s, ok := d.str(n, rule, key("severity"))
	if ok && Severity(s).Rank() == 0 {
		d.errorf(n, rule, "severity %q is not one of error, warning, info", "severity 应为 error、warning、info 之一，而不是「%s」", s)
		return ""
	}
	return Severity(s)
}

// messagePos is the position of the message text: of zh in a {zh, en} mapping,
// else of en.
func (d *decoder) messagePos(n *yaml.Node) Pos {
	if n.Kind != yaml.MappingNode {
		return d.exprPos(n)
	}
	var p Pos
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; k == "zh" || (k == "en" && p.Line == 0) {
			p = d.exprPos(resolve(n.Content[i+1]))
		}
	}
	return p
}

// params decodes a mapping of parameter names to any YAML values.
func (d *decoder) params(n *yaml.Node, rule string) map[string]any {
	fields, _ := d.mapping(n, rule, key("params"))
	out := make(map[string]any, len(fields))
	for _, f := range fields {
		if !paramPattern.MatchString(f.key) {
			d.errorf(f.keyN, rule, "param name %q must be an identifier: letters, digits and _", "参数名「%s」应为标识符：只含字母、数字和 _", f.key)
			continue
		}
		var v any
		if err := f.value.Decode(&v); err != nil {
			d.errorf(f.value, rule, "param %q: %v", "参数「%s」的值无法读取：%v", f.key, err)
			continue
		}
		out[f.key] = v
	}
	return out
}

// examples decodes a sequence of {bad, good, note}.
func (d *decoder) examples(n *yaml.Node, rule string) []Example {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, rule, "examples must be a sequence of {bad, good, note}, not %s", "「examples」应为 {bad, good, note} 的列表，而不是%s", describe(n))
		return nil
	}
	var out []Example
	for _, c := range n.Content {
		var e Example
		fields, _ := d.mapping(c, rule, noun{"example", "示例"}, "bad", "good", "note")
		for _, f := range fields {
			switch f.key {
			case "bad":
				e.Bad, _ = d.str(f.value, rule, noun{"example bad", "示例的「bad」"})
			case "good":
				e.Good, _ = d.str(f.value, rule, noun{"example good", "示例的「good」"})
			case "note":
				e.Note = d.text(f.value, rule, noun{"example note", "示例的「note」"})
			}
		}
		out = append(out, e)
	}
	return out
}
