package patch_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// testDocs reads the tables of the default rules' fixtures and the published
// example, and generates tables full of defects.
func testDocs(t testing.TB) []*table.Document {
	t.Helper()
	var docs []*table.Document
	fixtures, _ := filepath.Glob("../../rules/default/testdata/*.txt")
	fixtures = append(fixtures, "../../testdata/corpus/pazhou-project-goals.txt")
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
	for seed := range uint64(2) {
		var buf bytes.Buffer
		opt := tablegen.Options{Seed: seed, Units: 8, PageBreakEvery: 20, Rates: tablegen.UniformRates(0.3)}
		if _, err := tablegen.Generate(&buf, opt); err != nil {
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
	return docs
}

// linters compiles set with and without the patches (and the plain reads of
// message parts), for messages in lang; both fail alike or neither does.
func linters(t testing.TB, set *rules.Set, lang string) (patched, plain *engine.Linter, err error) {
	t.Helper()
	patched, err = engine.New(set, engine.Options{Lang: lang})
	plain, perr := engine.New(set, engine.Options{Lang: lang, Plain: true})
	if fmt.Sprint(err) != fmt.Sprint(perr) {
		t.Fatalf("compile errors differ:\npatched: %v\nplain:   %v", err, perr)
	}
	return patched, plain, err
}

// compare lints doc with both linters and reports what differs: findings,
// counts and rule errors, with their messages.
func compare(patched, plain *engine.Linter, doc *table.Document) string {
	a, b := patched.Worker().Lint(doc), plain.Worker().Lint(doc)
	if !reflect.DeepEqual(a.Findings, b.Findings) {
		return fmt.Sprintf("findings differ:\npatched %s\nplain   %s", findings(a.Findings), findings(b.Findings))
	}
	if !sameErrors(a.RuleErrors, b.RuleErrors) || a.Ignored != b.Ignored ||
		a.Projects != b.Projects || a.Indicators != b.Indicators {
		return fmt.Sprintf("rule errors differ:\npatched %s\nplain   %s", errorsText(a.RuleErrors), errorsText(b.RuleErrors))
	}
	return ""
}

func findings(fs []engine.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%v %s %s %q %s\n", f.Span, f.RuleID, f.Field, f.Text, f.Message)
	}
	return b.String()
}

// Reading a field of a nil pointer is the one error that the patched
// programs say otherwise than expr (see the package's doc): nilReadPatched
// is theirs, nilReadPlain expr's, which names the field before it or gives
// reflect's words, and both are placed on the same line of the rule.
var (
	nilReadPatched = regexp.MustCompile(`^(.*:\d+):\d+: (rule "[^"]+": \w+: )cannot get \w+ from nil$`)
	nilReadPlain   = regexp.MustCompile(`^(.*:\d+):\d+: (rule "[^"]+": \w+: )(?:cannot get \w+ from \S+|reflect: call of reflect\.Value\.Field on zero Value)$`)
)

// sameErrors reports whether the rule errors of the patched and the plain
// linters, a and b, are the same, in both languages, a read of nil aside.
func sameErrors(a, b []engine.RuleError) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if errorsText(a[i:i+1]) == errorsText(b[i:i+1]) {
			continue
		}
		pa := nilReadPatched.FindStringSubmatch(rules.ErrorText(a[i].Err, "en"))
		pb := nilReadPlain.FindStringSubmatch(rules.ErrorText(b[i].Err, "en"))
		if pa == nil || pb == nil || pa[1] != pb[1] || pa[2] != pb[2] || a[i].RuleID != b[i].RuleID || !a[i].Span.Equal(b[i].Span) {
			return false
		}
	}
	return true
}

func errorsText(es []engine.RuleError) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%v %s: %s | %s\n", e.Span, e.RuleID, rules.ErrorText(e.Err, "en"), rules.ErrorText(e.Err, "zh"))
	}
	return b.String()
}

// TestBuiltinRulesPatchedAsPlain lints the rule fixtures, the published
// example and generated tables with the default rules patched and plain, with
// messages in Chinese and in English: the results are the same.
func TestBuiltinRulesPatchedAsPlain(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	docs := testDocs(t)
	for _, lang := range []string{"zh", "en"} {
		patched, plain, err := linters(t, set, lang)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, doc := range docs {
			if diff := compare(patched, plain, doc); diff != "" {
				t.Errorf("%s, %s: %s", lang, doc.Path, diff)
			}
			n += len(patched.Worker().Lint(doc).Findings)
		}
		if n < 100 {
			t.Errorf("%s: only %d findings: the tables do not exercise the rules", lang, n)
		}
	}
}

// TestGeneratedRulesPatchedAsPlain lints the same tables with rules written
// by ruleGen, patched and plain: the results are the same, findings, messages
// and the errors of rules that fail alike.
func TestGeneratedRulesPatchedAsPlain(t *testing.T) {
	docs := testDocs(t)
	r := rand.New(rand.NewPCG(1, 2))
	compiled, found, failed := 0, 0, 0
	for i := range 120 {
		g := &ruleGen{c: randChooser{r}}
		rule := g.rule(fmt.Sprintf("gen-%d", i))
		set := &rules.Set{Rules: []*rules.Rule{rule}, All: []*rules.Rule{rule}}
		patched, plain, err := linters(t, set, "zh")
		if err != nil {
			continue
		}
		compiled++
		for _, doc := range docs {
			if diff := compare(patched, plain, doc); diff != "" {
				t.Fatalf("%s on %s: %s", describeRule(rule), doc.Path, diff)
			}
			res := patched.Worker().Lint(doc)
			found += len(res.Findings)
			failed += len(res.RuleErrors)
		}
	}
	t.Logf("%d rules compiled, %d findings, %d rule errors", compiled, found, failed)
	if compiled < 100 || found < 1000 || failed == 0 {
		t.Errorf("%d rules compiled, %d findings, %d rule errors: too few to compare", compiled, found, failed)
	}
}

// FuzzRulesPatchedAsPlain lints the rule fixtures with a rule that ruleGen
// writes from the fuzzer's bytes, patched and plain: the results are the same.
func FuzzRulesPatchedAsPlain(f *testing.F) {
	for _, seed := range []string{"", "\x01\x02\x03", "\x02\x05\x01\x07\x03\x00\x04", "\x03\x06\x02\x09\x01\x01\x08\x02",
		"\x04\x05\x0b\x02\x03\x01\x06"} {
		f.Add([]byte(seed))
	}
	docs := testDocs(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &ruleGen{c: &bytesChooser{data: data}}
		rule := g.rule("fuzzed")
		set := &rules.Set{Rules: []*rules.Rule{rule}, All: []*rules.Rule{rule}}
		patched, plain, err := linters(t, set, "zh")
		if err != nil {
			return
		}
		for _, doc := range docs {
			if diff := compare(patched, plain, doc); diff != "" {
				t.Fatalf("%s on %s: %s", describeRule(rule), doc.Path, diff)
			}
		}
	})
}

// randChooser picks at random.
type randChooser struct{ r *rand.Rand }

func (c randChooser) pick(n int) int { return c.r.IntN(n) }

// TestNilReadsPatchedAsPlain reads fields of a nil pointer (the 合计 row of a
// table that has none) in the ways a rule can: the patched and the plain rule
// both fail on the same line, the patched one saying which field it could
// not read, at that field.
func TestNilReadsPatchedAsPlain(t *testing.T) {
	doc, err := table.Read("empty.txt", []byte("项目支出绩效目标表\n项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"))
	if err != nil || doc.Total != nil {
		t.Fatalf("read: %v, total %v", err, doc.Total)
	}
	for _, tt := range []struct{ check, want string }{
		{"document.total.total > 0", `r.yaml:7:28: rule "r": check: cannot get total from nil`},
		{"let t = document.total; t.cells[0].raw == \"\"", `r.yaml:7:39: rule "r": check: cannot get cells from nil`},
		{"map([document.total], .total)[0] > 0", `r.yaml:7:36: rule "r": check: cannot get total from nil`},
	} {
		rs, err := rules.LoadFile("r.yaml", []byte("rules:\n  - id: r\n    severity: info\n    title: x\n    scope: document\n"+
			"    message: {zh: x, en: x}\n    check: '"+tt.check+"'\n"))
		if err != nil {
			t.Fatal(err)
		}
		patched, plain, err := linters(t, &rules.Set{Rules: rs, All: rs}, "en")
		if err != nil {
			t.Fatal(err)
		}
		a, b := patched.Worker().Lint(doc), plain.Worker().Lint(doc)
		if len(a.RuleErrors) != 1 || a.RuleErrors[0].Err.Error() != tt.want {
			t.Errorf("%s: patched %v, want %s", tt.check, a.RuleErrors, tt.want)
		}
		if len(b.RuleErrors) != 1 || !sameErrors(a.RuleErrors, b.RuleErrors) {
			t.Errorf("%s: plain %v", tt.check, b.RuleErrors)
		}
	}
}

// TestCombinedPredicatesPatchedAsPlain compiles rules whose any, all or none
// calls over the same list expr's optimizer combines into one, comparing the
// lists by printing them, which a rewritten read cannot be: the rule compiles
// and gives what it gives as written.
func TestCombinedPredicatesPatchedAsPlain(t *testing.T) {
	docs := testDocs(t)
	for _, check := range []string{
		`any(unit.projects, .name == "数量") || any(unit.projects, len(.indicators) > 3)`,
		`all(unit.projects, .amounts.total > 0) && all(unit.projects, len(.name) > 2)`,
		`none(unit.projects, .goal == "") && none(unit.projects, len(.indicators) == 0)`,
	} {
		rs, err := rules.LoadFile("r.yaml", []byte("rules:\n  - id: r\n    severity: info\n    title: x\n    scope: unit\n"+
			"    message: {zh: '${any(unit.projects, .name == \"a\") || any(unit.projects, .name == \"b\")}', en: x}\n    check: '"+check+"'\n"))
		if err != nil {
			t.Fatal(err)
		}
		patched, plain, err := linters(t, &rules.Set{Rules: rs, All: rs}, "zh")
		if err != nil {
			t.Fatalf("%s: %v", check, err)
		}
		found := 0
		for _, doc := range docs {
			if diff := compare(patched, plain, doc); diff != "" {
				t.Fatalf("%s on %s: %s", check, doc.Path, diff)
			}
			found += len(patched.Worker().Lint(doc).Findings)
		}
		if found == 0 {
			t.Errorf("%s: no findings on any table", check)
		}
	}
}
