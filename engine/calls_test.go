package engine

import (
	"testing"
)

// TestCallsOfExprFunctions checks rules calling helpers declared as expr
// functions: nested calls give the right values, and a failing call is the
// rule's error at the place of the call.
func TestCallsOfExprFunctions(t *testing.T) {
	set := setFrom(t, "calls.yaml", []byte(`rules:
  - id: nested
    severity: warning
    title: x
    scope: unit
    message: {zh: "${dsum([dsum(map(unit.projects, .amounts.total)), dsum([1, 2])])}", en: x}
    check: dsum([dsum(map(unit.projects, .amounts.total)), 1]) == 151.5
  - id: failing
    severity: warning
    title: x
    scope: project
    message: {zh: x, en: x}
    check: |
      project.name != "" &&
        dsum(map(project.indicators, .name)) > 0
`))
	res := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt"))
	if got, want := describe(res.Findings), "5:1-5:5 nested 区科技局// name \"区科技局\" 153.50\n"; got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	if len(res.RuleErrors) != 1 || res.RuleErrors[0].Err.Error() != `calls.yaml:15:9: rule "failing": check: dsum: element 0 is string, not a number` {
		t.Errorf("rule errors: %v", res.RuleErrors)
	}
}
