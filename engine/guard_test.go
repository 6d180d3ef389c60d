package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// guardFor compiles src as the check of an indicator rule with params and
// returns its guard.
func guardFor(t *testing.T, src string, params string) guard {
	t.Helper()
	set := setFrom(t, "guard.yaml", []byte(`rules:
  - id: g
    severity: warning
    title: x
    scope: indicator
    message: {zh: x, en: x}
    params: {`+params+`}
    check: '`+src+`'
`))
	return mustLinter(t, set, "zh").rules[0].guard
}

// TestGuards checks what guards tell from the fields a rule tests first, and
// that they do not guess where a test could fail or is not one they read.
func TestGuards(t *testing.T) {
	type result struct{ empty, known bool }
	doc := testDoc("t.txt")
	proj := doc.Units[0].Projects[0]
	ind := proj.Indicators[0]
	facts := &funcs.IndicatorFacts{Level2: "数量", UnitEmpty: true, HasPercent: true, Percent: 90}
	pfacts := &funcs.ProjectFacts{Topics: []string{"游戏"}, Covered: []string{"科技", "游戏"}, Categories: []string{"产出指标", "效益指标"}}
	with := &Env{Document: doc, Project: proj, Indicator: ind, Facts: facts, PFacts: pfacts}
	without := &Env{Document: doc, Project: proj, Indicator: ind, PFacts: pfacts} // facts not set: a run fails
	noProject := &Env{Document: doc, Indicator: ind, Facts: facts, PFacts: pfacts}
	cases := []struct {
		src                  string
		with, facts, project result // the guard's answers with all set, without facts, without project
	}{
		{`facts.sameValues`, result{true, true}, result{false, false}, result{true, true}},
		{`!facts.unitEmpty`, result{true, true}, result{false, false}, result{true, true}},
		{`!facts.vague ? nil : [indicator.name]`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.unitEmpty ? [1] : []`, result{false, true}, result{false, false}, result{false, true}},
		{`facts.level2 in ["数量", "质量"] && facts.quantified`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.level2 in ["时效"] && len(indicator.name) > 0`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.level2 == "数量" && len(indicator.name) > 6`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.level2 == "数量" && len(indicator.name) >= params.min && len(project.indicators) == 2`, result{false, true}, result{false, false}, result{false, false}},
		{`let n = facts.nameEmpty; let k = indicator.kind; n || k == "定量" ? [n] : nil`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.unitEmpty && indicator.kind != "定量" ? nil : len(indicator.name) > 0`, result{true, true}, result{false, false}, result{true, true}},
		{`facts.percent > 50`, result{false, true}, result{false, false}, result{false, true}},
		{`!facts.hasPercent ? [1] : facts.percent < params.min ? [2] : []`, result{true, true}, result{false, false}, result{true, true}},
		{`projectFacts.copiedFrom != nil`, result{true, true}, result{true, true}, result{true, true}},
		{`projectFacts.typos || facts.vague`, result{true, true}, result{false, false}, result{true, true}},
		{`(facts.vague) == true ? ([1]) : nil`, result{true, true}, result{false, false}, result{true, true}},
		{`normalize(indicator.period) == "正常运转" && isQuantified(indicator.annual)`, result{true, true}, result{true, true}, result{true, true}},
		{`any(project.indicators, .weight != nil)`, result{true, true}, result{true, true}, result{false, false}},
		{`all(project.indicators, .level1.name != "") && none(project.problems, .kind == "x")`, result{false, true}, result{false, true}, result{false, false}},
		{`any(project.indicators, .name == "群众满意")`, result{false, true}, result{false, true}, result{false, false}},
		{`any(projectFacts.topics, # not in projectFacts.covered)`, result{true, true}, result{true, true}, result{true, true}},
		{`any(projectFacts.covered, # not in projectFacts.topics)`, result{false, true}, result{false, true}, result{false, true}},
		{`any(params.required, # not in projectFacts.categories)`, result{true, true}, result{true, true}, result{true, true}},
		{`all(params.optional, # in projectFacts.categories)`, result{true, true}, result{true, true}, result{true, true}},
		{`none(params.optional, normalize(#) == "满意度指标")`, result{true, true}, result{true, true}, result{true, true}},
		{`any(params.optional, # == "满意度指标")`, result{false, true}, result{false, true}, result{false, true}},
	}
	for _, c := range cases {
		g := guardFor(t, c.src, "min: 6, required: [产出指标, 效益指标], optional: [效益指标, 满意度指标]")
		if g == nil {
			t.Errorf("%s: no guard", c.src)
			continue
		}
		for _, e := range []struct {
			what string
			env  *Env
			want result
		}{{"all set", with, c.with}, {"no facts", without, c.facts}, {"no project", noProject, c.project}} {
			if empty, known := g(e.env); empty != e.want.empty || known != e.want.known {
				t.Errorf("%s (%s): empty, known = %v, %v; want %v, %v", c.src, e.what, empty, known, e.want.empty, e.want.known)
			}
		}
	}

	for _, src := range []string{`len(indicator.name + "") > 0`, `facts.percent + 1 > 50`, `map(project.indicators, .name)`,
		`any(project.indicators, any(project.indicators, true))`, `projectText(project) == ""`,
		`normalize(project.goal + "") == "" || normalize(indicator.name) == ""`} {
		if g := guardFor(t, src, ""); g != nil {
			t.Errorf("%s: a guard for a test it cannot read", src)
		}
	}
}

// TestGuardsChangeNothing lints the rule fixtures and generated tables full of
// defects with the default rules, with and without their guards: findings and
// rule errors are the same.
func TestGuardsChangeNothing(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	guarded := mustLinter(t, set, "zh")
	plain := mustLinter(t, set, "zh")
	n := 0
	for _, c := range plain.rules {
		if c.guard != nil {
			n++
		}
		c.guard = nil
	}
	if n < 10 {
		t.Fatalf("only %d default rules have a guard", n)
	}
	var docs []*table.Document
	fixtures, _ := filepath.Glob("../rules/default/testdata/*.txt")
	for _, path := range fixtures {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := table.Read(path, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for seed := range uint64(3) {
		var buf bytes.Buffer
		if _, err := tablegen.Generate(&buf, tablegen.Options{Seed: seed, Units: 20, Rates: tablegen.UniformRates(0.3)}); err != nil {
			t.Fatal(err)
		}
		doc, err := table.Read("gen.txt", buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) < 20 {
		t.Fatalf("only %d tables", len(docs))
	}
	findings := 0
	for _, doc := range docs {
		a, b := guarded.Worker().Lint(doc), plain.Worker().Lint(doc)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: guarded and plain results differ:\n%s\nvs\n%s", doc.Path, describe(a.Findings), describe(b.Findings))
		}
		findings += len(a.Findings)
	}
	if findings < 100 {
		t.Errorf("only %d findings: the tables do not exercise the rules", findings)
	}
}
