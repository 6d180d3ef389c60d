package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestGuards checks what guards tell from the fields a rule tests first, and
// that they do not guess where a test could fail or is not one they read.
func TestGuards(t *testing.T) {
	type result struct{ empty, known bool }
	ind := testDoc("t.txt").Units[0].Projects[0].Indicators[0]
	facts := &funcs.IndicatorFacts{Level2: "数量", UnitEmpty: true}
	with := &Env{Indicator: ind, Facts: facts, PFacts: &funcs.ProjectFacts{}}
	without := &Env{Indicator: ind, PFacts: &funcs.ProjectFacts{}} // facts not set: a run fails
	cases := []struct {
		src         string
		with, facts result // the guard's answers with facts and without
	}{
		{`facts.sameValues`, result{true, true}, result{false, false}},
		{`!facts.unitEmpty`, result{true, true}, result{false, false}},
		{`!facts.vague ? nil : [indicator.name]`, result{true, true}, result{false, false}},
		{`facts.unitEmpty ? [1] : []`, result{false, true}, result{false, false}},
		{`facts.level2 in ["数量", "质量"] && facts.quantified`, result{true, true}, result{false, false}},
		{`facts.level2 in ["时效"] && len(indicator.name) > 0`, result{true, true}, result{false, false}},
		{`facts.level2 == "数量" && len(indicator.name) > 0`, result{false, false}, result{false, false}},
		{`let n = facts.nameEmpty; let k = indicator.kind; n || k == "定量" ? [n] : nil`, result{true, true}, result{false, false}},
		{`facts.unitEmpty && indicator.kind != "定量" ? nil : len(indicator.name) > 0`, result{true, true}, result{false, false}},
		{`projectFacts.copiedFrom != nil`, result{true, true}, result{true, true}},
		{`projectFacts.typos || facts.vague`, result{true, true}, result{false, false}},
		{`(facts.vague) == true ? ([1]) : nil`, result{true, true}, result{false, false}},
	}
	for _, c := range cases {
		patch := &fieldPatch{}
		p, err := expr.Compile(c.src, expr.Env(Env{}), expr.Patch(patch), expr.Patch(emptyPatch{}))
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		g := (&guardBuilder{reads: patch.reads}).guardOf(p.Node())
		if g == nil {
			t.Errorf("%s: no guard", c.src)
			continue
		}
		for _, e := range []struct {
			env  *Env
			want result
		}{{with, c.with}, {without, c.facts}} {
			if empty, known := g(e.env); empty != e.want.empty || known != e.want.known {
				t.Errorf("%s (facts set: %v): empty, known = %v, %v; want %v, %v",
					c.src, e.env.Facts != nil, empty, known, e.want.empty, e.want.known)
			}
		}
	}

	for _, src := range []string{`len(indicator.name) > 0`, `facts.percent > 50`, `map(project.indicators, .name)`} {
		patch := &fieldPatch{}
		p, err := expr.Compile(src, expr.Env(Env{}), expr.Patch(patch))
		if err != nil {
			t.Fatal(err)
		}
		if g := (&guardBuilder{reads: patch.reads}).guardOf(p.Node()); g != nil {
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
