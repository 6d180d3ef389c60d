package patch_test

import (
	"fmt"
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// chooser picks one of n choices: at random, or from the fuzzer's bytes.
type chooser interface{ pick(n int) int }

// bytesChooser picks from a fuzzer's bytes, the first choice once they run out.
type bytesChooser struct{ data []byte }

func (c *bytesChooser) pick(n int) int {
	if len(c.data) == 0 {
		return 0
	}
	b := c.data[0]
	c.data = c.data[1:]
	return int(b) % n
}

// ruleGen writes rules as users write them: tests of fields, facts,
// parameters and helpers, quantifiers and maps over lists, findings that
// point at fields and objects, and messages that read them. Its rules are
// well typed, but may fail when they run (a field of a missing 合计 row).
type ruleGen struct {
	c     chooser
	scope string
	depth int
}

// one returns one of the options, each a function that writes an expression.
func (g *ruleGen) one(opts ...func() string) string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 {
		return opts[0]()
	}
	return opts[g.c.pick(len(opts))]()
}

func lit(s string) func() string { return func() string { return s } }

// text writes a text.
func (g *ruleGen) text() string {
	opts := []func() string{lit(`"数量"`), lit(`params.word`), lit(`document.title`)}
	switch g.scope {
	case "indicator":
		opts = append(opts, lit("indicator.name"), lit("indicator.annual"), lit("indicator.period"),
			lit("indicator.level1.name"), lit("indicator.level2.code"), lit("indicator.number"), lit("facts.level2"),
			lit("facts.category"), lit("project.name"))
	case "project":
		opts = append(opts, lit("project.name"), lit("project.goal"), lit("project.periodGoal"), lit("unit.name"))
	case "unit":
		opts = append(opts, lit("unit.name"))
	}
	opts = append(opts, func() string { return "normalize(" + g.text() + ")" },
		func() string { return "fixTypos(" + g.text() + ")" },
		func() string { return g.text() + " + " + g.text() },
		func() string { return `trim(` + g.text() + `)` })
	return g.one(opts...)
}

// number writes a number or an amount.
func (g *ruleGen) number() string {
	opts := []func() string{lit("1"), lit("2.5"), lit("params.min"), func() string { return "len(" + g.text() + ")" },
		lit("len(document.units)"), lit("document.total.total")}
	switch g.scope {
	case "indicator":
		opts = append(opts, lit("facts.percent"), lit("len(project.indicators)"))
	case "project":
		opts = append(opts, lit("project.amounts.total"), lit("len(project.indicators)"), lit("len(projectFacts.topics)"),
			lit("dsum(map(project.indicators, .weight ?? 0))"))
	case "unit":
		opts = append(opts, lit("unit.amounts.fiscal"), lit("dsum(map(unit.projects, .amounts.total))"))
	}
	return g.one(opts...)
}

// element writes a test of an indicator as # of a predicate.
func (g *ruleGen) element() string {
	return g.one(lit(`.name != ""`), lit(`len(.annual) > 3`), lit(`.level1.code == "1"`), lit(`.weight != nil`),
		func() string { return `.period == ` + g.text() }, lit(`isQuantified(.annual)`), lit(`.spans.name.line > 0`))
}

// boolean writes a yes-or-no.
func (g *ruleGen) boolean() string {
	opts := []func() string{
		func() string { return g.text() + " == " + g.text() },
		func() string { return g.text() + " != " + g.text() },
		func() string { return g.number() + " < " + g.number() },
		func() string { return g.number() + " >= " + g.number() },
		func() string { return g.boolean() + " && " + g.boolean() },
		func() string { return "(" + g.boolean() + " || " + g.boolean() + ")" },
		func() string { return "!" + g.boolean() },
		func() string { return g.text() + ` in ["数量", "质量", "产出指标"]` },
		func() string { return g.text() + " in params.list" },
		func() string { return g.text() + " contains " + g.text() },
		func() string { return "isQuantified(" + g.text() + ")" },
		func() string { return "hasTimeLimit(" + g.text() + ")" },
		lit(`document.layout == "packed"`),
		lit(`any(document.problems, .kind == "invalid-amount")`),
	}
	switch g.scope {
	case "indicator":
		opts = append(opts, lit("facts.sameValues"), lit("facts.quantified"), lit("facts.vague"), lit("indicator.weight != nil"),
			func() string { return "any(project.indicators, " + g.element() + ")" },
			func() string { return g.text() + " in projectFacts.topics" })
	case "project":
		opts = append(opts, lit("projectFacts.typos"), lit("projectFacts.copiedFrom != nil"), lit("hasAmounts(project)"),
			func() string { return "any(project.indicators, " + g.element() + ")" },
			func() string { return "all(project.indicators, " + g.element() + ")" },
			lit(`none(project.problems, .kind == "malformed-indicator")`),
			func() string { return g.text() + " in projectFacts.categories" })
	case "unit":
		opts = append(opts, lit("hasAmounts(unit)"), func() string { return "any(unit.projects, .name == " + g.text() + ")" })
	}
	return g.one(opts...)
}

// check writes a check: a yes-or-no, or a list of findings.
func (g *ruleGen) check() string {
	opts := []func() string{
		g.boolean,
		func() string { return g.boolean() + ` ? [{"at": "name", "value": ` + g.text() + `}] : []` },
		func() string { return "let x = " + g.text() + "; " + g.boolean() + " && x != " + g.text() },
		func() string { return g.boolean() + " ? nil : [" + g.text() + "]" },
		func() string {
			return `map(filter(flatten(map(document.units, .projects)), .name != ` + g.text() + `), ({"project": #, "value": .name}))`
		},
	}
	switch g.scope {
	case "indicator":
		opts = append(opts, func() string {
			return `concat(` + g.boolean() + ` ? [{"at": "annual", "range": {"start": 0, "end": 1}}] : [], facts.sameValues ? [{"at": "period"}] : [])`
		})
	case "project":
		opts = append(opts, func() string {
			return `map(filter(project.indicators, ` + g.element() + `), ({"indicator": #, "at": "name", "value": .annual}))`
		}, func() string {
			return `map(typos(projectText(project)), ({"value": .word, "fix": .fix}))`
		})
	case "unit":
		opts = append(opts, lit(`map(filter(unit.projects, badRowSum(#)), ({"project": #, "at": "amounts.total"}))`))
	}
	return g.one(opts...)
}

// message writes a message template.
func (g *ruleGen) message() string {
	return g.one(lit("固定文字"), func() string { return "「${" + g.text() + "}」" },
		lit("${finding.value}/${finding.indicator.name}/${finding.project.name}"),
		func() string { return "${" + g.number() + "} 与 ${string(" + g.boolean() + ")}" })
}

// rule writes a rule of scope with the given id.
func (g *ruleGen) rule(id string) *rules.Rule {
	g.scope = []string{"document", "unit", "project", "indicator", "indicator", "project"}[g.c.pick(6)]
	r := &rules.Rule{ID: id, Title: rules.Text{Zh: id}, Severity: rules.Warning, Default: rules.Warning,
		Scope: rules.Scope(g.scope), Check: g.check(), Message: rules.Text{Zh: g.message()},
		Params: map[string]any{"min": 3, "word": "产出", "list": []any{"数量", "社会效益"}}}
	if g.c.pick(3) == 0 {
		r.When = g.boolean()
	}
	r.Pos = rules.Pos{File: "generated.yaml", Line: 1, Column: 1}
	r.CheckPos, r.WhenPos, r.MessagePos = r.Pos, r.Pos, r.Pos
	return r
}

// describeRule writes r for test failures.
func describeRule(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "scope: %s\n", r.Scope)
	if r.When != "" {
		fmt.Fprintf(&b, "when: %s\n", r.When)
	}
	fmt.Fprintf(&b, "check: %s\nmessage: %s\n", r.Check, r.Message.Zh)
	return b.String()
}
