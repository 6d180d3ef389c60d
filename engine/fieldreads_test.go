package engine

import (
	"strings"
	"testing"
)

// TestFactsAboveIndicators checks that a project rule reading facts, which
// only indicators have, fails with the same error for a yes-or-no fact as for
// any other, at the place of the read, and that an indicator rule reads the
// yes-or-no facts of each indicator.
func TestFactsAboveIndicators(t *testing.T) {
	set := setFrom(t, "facts.yaml", []byte(`rules:
  - id: project-flag
    severity: warning
    title: x
    scope: project
    message: {zh: x, en: x}
    check: project.name != "" && facts.quantified
  - id: project-category
    severity: warning
    title: x
    scope: project
    message: {zh: x, en: x}
    check: project.name != "" && facts.category == ""
  - id: same-values
    severity: warning
    title: x
    scope: indicator
    at: period
    message: {zh: "${indicator.name}", en: x}
    check: facts.sameValues && !facts.annualEmpty
`))
	res := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt"))
	var got []string
	for _, e := range res.RuleErrors {
		got = append(got, e.Err.Error())
	}
	want := []string{
		`facts.yaml:7:34: rule "project-flag": check: cannot get quantified from facts`,
		`facts.yaml:13:34: rule "project-category": check: cannot get category from facts`,
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("rule errors:\n%q\nwant:\n%q", got, want)
	}
	if got, want := describe(res.Findings), "6:115-6:118 same-values 区科技局/项目甲/2 period \"95%\" 群众满意\n"; got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
}

// TestFieldReadsKeepTypes checks that rules reading fields are checked with the
// fields' types: a text minus a number is an error, and so is a field that the
// elements of a list do not have.
func TestFieldReadsKeepTypes(t *testing.T) {
	set := setFrom(t, "types.yaml", []byte(`rules:
  - id: text-minus-number
    severity: warning
    title: x
    scope: indicator
    message: {zh: x, en: x}
    check: indicator.name - 1 > 0
  - id: flag-plus-number
    severity: warning
    title: x
    scope: indicator
    message: {zh: x, en: x}
    check: facts.quantified + 1 > 0
  - id: list-element-field
    severity: warning
    title: x
    scope: project
    message: {zh: x, en: x}
    check: any(project.indicators, .title == "")
`))
	_, err := New(set, Options{})
	if err == nil {
		t.Fatal("New accepted text minus number and yes-or-no plus number")
	}
	for _, want := range []string{`rule "text-minus-number": check: invalid operation: - (mismatched types string and int)`,
		`rule "flag-plus-number": check: invalid operation: + (mismatched types bool and int)`,
		`rule "list-element-field": check: type table.Indicator has no field title`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
