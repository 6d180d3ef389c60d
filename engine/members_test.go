package engine

import (
	"testing"

	"github.com/jxlint/jxlint/table"
)

// TestMemberReads checks rules that read fields of values other than the
// environment's objects: list elements by pointer and by value, variables,
// structs inside structs and decimals, and a field of a nil pointer.
func TestMemberReads(t *testing.T) {
	set := setFrom(t, "members.yaml", []byte(`rules:
  - id: nested
    severity: warning
    title: x
    scope: indicator
    message: {zh: "${indicator.level1.name}/${indicator.level2.code}", en: x}
    check: indicator.level1.code + indicator.level2.code == "112"
  - id: element
    severity: warning
    title: x
    scope: project
    message: {zh: "${finding.indicator.name}", en: x}
    check: 'map(filter(project.indicators, .period == .annual), ({"indicator": #}))'
  - id: variable
    severity: warning
    title: x
    scope: project
    message: {zh: "${finding.message}", en: x}
    check: 'map(project.indicators, let i = #; {"indicator": i, "message": i.level2.name + string(i.spans.name.line)})'
  - id: decimal
    severity: error
    title: x
    scope: unit
    message: {zh: "${dsum(map(unit.projects, .amounts.total))}", en: x}
    check: unit.amounts.total != dsum(map(unit.projects, .amounts.total))
  - id: by-value
    severity: info
    title: x
    scope: document
    message: {zh: "${finding.message}", en: x}
    check: 'map(document.problems, ({"message": .kind + ":" + .text + ":" + string(.span.column)}))'
  - id: nil-pointer
    severity: info
    title: x
    scope: document
    message: {zh: x, en: x}
    check: document.total.total > 0
`))
	doc := testDoc("t.txt")
	doc.Problems = []table.Problem{{Kind: "amount", Text: "十万", Span: span(9, 3, 2)}}
	res := mustLinter(t, set, "zh").Worker().Lint(doc)
	want := `4:1-4:3 by-value // total "合计" amount:十万:3
4:1-4:3 nil-pointer // total "合计" x
5:1-5:5 decimal 区科技局// name "区科技局" 150.50
6:60-6:100 nested 区科技局/项目甲/1 item "项目完成情况" 产出指标/12
6:60-6:100 variable 区科技局/项目甲/1 item "项目完成情况" 质量指标6
6:101-6:121 element 区科技局/项目甲/2 item "群众满意" 群众满意
6:101-6:121 variable 区科技局/项目甲/2 item "群众满意" 社会效益6
`
	if got := describe(res.Findings); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	if len(res.RuleErrors) != 0 {
		t.Errorf("rule errors: %v", res.RuleErrors)
	}

	doc.Total = nil
	res = mustLinter(t, set, "zh").Worker().Lint(doc)
	if len(res.RuleErrors) != 1 || res.RuleErrors[0].Err.Error() != `members.yaml:37:27: rule "nil-pointer": check: cannot get total from nil` {
		t.Errorf("rule errors: %v", res.RuleErrors)
	}
}
