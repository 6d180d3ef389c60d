package defaults_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/internal/benchtest"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// plainRules are rules as they were written before facts and helpers took
// over part of their work (document facts under if, badUnitSum, the project
// facts offTopicIndicators and typoIndicators, guards before the lists are
// built): each runs on every object of its scope and walks every row and
// text itself. They are the plain path the built-in rules are tested against.
var plainRules = map[string]struct{ when, check string }{
	"invalid-amount": {when: "", check: `let projects = flatten(map(document.units, .projects));
concat(
  map(filter(document.problems, .kind == "invalid-amount"), ({"span": .span, "raw": .text, "why": "nan"})),
  flatten(map(projects, let p = #;
      map(filter(p.problems, .kind == "invalid-amount"), ({"project": p, "span": .span, "raw": .text, "why": "nan"})))),
  map(negativeCells(document.total), ({"span": .span, "raw": .raw, "why": "negative"})),
  flatten(map(document.units, let u = #;
      map(negativeCells(u.amounts), ({"unit": u, "span": .span, "raw": .raw, "why": "negative"})))),
  flatten(map(projects, let p = #;
      map(negativeCells(p.amounts), ({"project": p, "span": .span, "raw": .raw, "why": "negative"})))))
`},
	"malformed-indicator": {when: "", check: `concat(
  map(filter(document.problems, .kind == "malformed-indicator"),
      ({"span": .span, "text": .text, "detail": .message})),
  flatten(map(flatten(map(document.units, .projects)),
      let p = #;
      map(filter(p.problems, .kind == "malformed-indicator"),
          ({"project": p, "span": .span, "text": .text, "detail": .message})))))
`},
	"sum-row": {when: "", check: `let t = document.total;
concat(
  badRowSum(document)
    ? [{"at": "total.total", "row": "合计", "total": t.total, "sum": t.fiscal + t.special + t.other}] : [],
  map(filter(document.units, badRowSum(#)),
      ({"unit": #, "at": "amounts.total", "row": .name, "total": .amounts.total,
        "sum": .amounts.fiscal + .amounts.special + .amounts.other})),
  flatten(map(document.units,
    map(filter(.projects, badRowSum(#)),
        ({"project": #, "at": "amounts.total", "row": .name, "total": .amounts.total,
          "sum": .amounts.fiscal + .amounts.special + .amounts.other})))))
`},
	"sum-total": {when: `document.total != nil && hasAmounts(document.total) && !hasInvalid(document.total) && none(document.units, hasInvalid(.amounts))`, check: `let t = document.total; let us = document.units;
let total = dsum(map(us, hasAmounts(.amounts) ? .amounts.total : dsum(map(.projects, .amounts.total))));
let fiscal = dsum(map(us, hasAmounts(.amounts) ? .amounts.fiscal : dsum(map(.projects, .amounts.fiscal))));
let special = dsum(map(us, hasAmounts(.amounts) ? .amounts.special : dsum(map(.projects, .amounts.special))));
let other = dsum(map(us, hasAmounts(.amounts) ? .amounts.other : dsum(map(.projects, .amounts.other))));
filter([
  {"at": "total.total", "zh": "总计", "en": "total", "value": t.total, "sum": total, "bad": t.total != total},
  {"at": "total.fiscal", "zh": "财政拨款", "en": "fiscal", "value": t.fiscal, "sum": fiscal, "bad": t.fiscal != fiscal},
  {"at": "total.special", "zh": "财政专户拨款", "en": "special-account", "value": t.special, "sum": special, "bad": t.special != special},
  {"at": "total.other", "zh": "其他资金", "en": "other-funds", "value": t.other, "sum": other, "bad": t.other != other}
], .bad)
`},
	"sum-unit": {when: `hasAmounts(unit) && len(unit.projects) > 0 && !hasInvalid(unit) && none(unit.projects, hasInvalid(#))`, check: `let a = unit.amounts; let s = projectSums(unit);
let total = s.total; let fiscal = s.fiscal; let special = s.special; let other = s.other;
filter([
  {"at": "amounts.total", "zh": "总计", "en": "total", "value": a.total, "sum": total, "bad": a.total != total},
  {"at": "amounts.fiscal", "zh": "财政拨款", "en": "fiscal", "value": a.fiscal, "sum": fiscal, "bad": a.fiscal != fiscal},
  {"at": "amounts.special", "zh": "财政专户拨款", "en": "special-account", "value": a.special, "sum": special,
   "bad": a.special != special},
  {"at": "amounts.other", "zh": "其他资金", "en": "other-funds", "value": a.other, "sum": other, "bad": a.other != other}
], .bad)
`},
	"duplicate-project": {when: "", check: `let earlier = firstSame(map(unit.projects, normalize(.name)));
map(filter(map(unit.projects, ({"project": #, "of": earlier[#index]})), .of >= 0),
    ({"project": .project, "at": "name"}))
`},
	"missing-indicator-category": {when: `!projectFacts.noIndicators && !projectFacts.malformed &&
  any(params.required, level1Canon(#) not in projectFacts.categories)
`, check: `let missing = filter(params.required, level1Canon(#) not in projectFacts.categories);
[{"at": "indicators", "missing": missing}]
`},
	"goal-indicator-mismatch": {when: `!projectFacts.goalEmpty`, check: `let covered = projectFacts.covered;
flatten(map(project.indicators, let ind = #;
  let off = filter(topics(ind.name + "\n" + ind.period + "\n" + ind.annual), # not in covered);
  len(off) == 0 ? [] : [{
    "indicator": ind, "topics": off,
    "at": any(topics(ind.annual), # in off) ? "annual" : any(topics(ind.period), # in off) ? "period" : "name"}]))
`},
	"typo": {when: "", check: `concat(
  map(typos(project.name), ({"at": "name", "range": #, "fix": .fix, "word": .word})),
  map(typos(project.goal), ({"at": "goal", "range": #, "fix": .fix, "word": .word})),
  map(typos(project.periodGoal), ({"at": "periodGoal", "range": #, "fix": .fix, "word": .word})),
  flatten(map(project.indicators, let ind = #; concat(
    map(typos(ind.name), ({"indicator": ind, "at": "name", "range": #, "fix": .fix, "word": .word})),
    map(typos(ind.period), ({"indicator": ind, "at": "period", "range": #, "fix": .fix, "word": .word})),
    map(typos(ind.annual), ({"indicator": ind, "at": "annual", "range": #, "fix": .fix, "word": .word}))))))
`},
	"mixed-punctuation": {when: "", check: `let full = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"};
concat(
  map(filter(project.problems, .kind == "mixed-punctuation" && trim(.text) in keys(full)),
      ({"span": .span, "text": .text, "fix": full[trim(.text)], "word": trim(.text)})),
  map(halfWidthPunct(project.name), ({"at": "name", "range": #, "fix": .fix, "word": .word})),
  map(halfWidthPunct(project.goal), ({"at": "goal", "range": #, "fix": .fix, "word": .word})),
  map(halfWidthPunct(project.periodGoal), ({"at": "periodGoal", "range": #, "fix": .fix, "word": .word})),
  flatten(map(project.indicators, let ind = #; concat(
    map(halfWidthPunct(ind.name), ({"indicator": ind, "at": "name", "range": #, "fix": .fix, "word": .word})),
    map(halfWidthPunct(ind.period), ({"indicator": ind, "at": "period", "range": #, "fix": .fix, "word": .word})),
    map(halfWidthPunct(ind.annual), ({"indicator": ind, "at": "annual", "range": #, "fix": .fix, "word": .word}))))))
`},
}

// TestRulesAsPlain lints the rule examples, the corpus, generated tables with
// every defect kind and a dense table with the built-in rules and with the
// plain forms of the rules above, and requires the same findings, messages
// and places of both.
func TestRulesAsPlain(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	changed := map[string]bool{}
	for i, r := range plain.Rules {
		p, ok := plainRules[r.ID]
		if !ok {
			continue
		}
		c := *r
		c.If, c.IfPos, c.When, c.Check = nil, nil, p.when, p.check
		plain.Rules[i] = &c
		changed[r.ID] = true
	}
	if len(changed) != len(plainRules) {
		t.Fatalf("plain forms of %d rules, of which %d are built in", len(plainRules), len(changed))
	}
	fast, err := engine.New(set, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	slow, err := engine.New(plain, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*table.Document
	files, _ := filepath.Glob("testdata/*.txt")
	csvs, _ := filepath.Glob("testdata/*.csv")
	for _, name := range append(append(files, csvs...), corpus) {
		doc, err := table.ReadFile(name)
		if err != nil {
			continue // the examples of unreadable input
		}
		docs = append(docs, doc)
	}
	for seed := uint64(1); seed <= 4; seed++ {
		var buf bytes.Buffer
		opt := tablegen.Options{Seed: seed, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.05)}
		if _, err := tablegen.GenerateSize(&buf, opt, 64<<10); err != nil {
			t.Fatal(err)
		}
		doc, err := table.Read("generated.txt", buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	example, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	dense, err := benchtest.DenseCorpus(corpus, example, 64<<10)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read(dense.Name, dense.Data)
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc)
	found := map[string]int{}
	for _, doc := range docs {
		got, want := fast.Worker().Lint(doc), slow.Worker().Lint(doc)
		if len(got.RuleErrors)+len(want.RuleErrors) > 0 {
			t.Fatalf("%s: rule errors %v, plain %v", doc.Path, got.RuleErrors, want.RuleErrors)
		}
		if !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Errorf("%s: the built-in rules find\n%s\nthe plain ones\n%s", doc.Path, findingLines(got.Findings), findingLines(want.Findings))
		}
		for _, f := range want.Findings {
			found[f.RuleID]++
		}
	}
	for id := range changed {
		if found[id] == 0 {
			t.Errorf("%s found nothing: nothing compared", id)
		}
	}
}
