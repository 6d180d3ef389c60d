package engine

import (
	"strings"
	"testing"
)

// TestWhenCheck checks that a rule's if and when filter the objects its
// check runs on (if: the indicator whose values are the same, the project
// without indicators), and that a run-time error names the part that failed with the
// place of the mistake in the rule file.
func TestWhenCheck(t *testing.T) {
	l := mustLinter(t, loadSet(t, "whencheck.yaml"), "zh")
	res := l.Worker().Lint(testDoc("t.txt"))
	if got, want := describe(res.Findings), "6:101-6:121 if-same-values 区科技局/项目甲/2 item \"群众满意\" same\n"+
		"6:101-6:121 when-scope 区科技局/项目甲/2 item \"群众满意\" 项目甲/群众满意\n"+
		"7:1-7:4 if-copied-or-empty 区科技局/项目乙/ name \"项目乙\" empty\n"; got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	var got []string
	for _, re := range res.RuleErrors {
		got = append(got, re.Err.Error())
	}
	want := []string{
		`testdata/whencheck.yaml:32:11: rule "when-not-bool": when: gave string, not true or false`,
		`testdata/whencheck.yaml:9:27: rule "when-fails": when: index out of range: 5 (array length is 2)`,
		`testdata/whencheck.yaml:19:27: rule "check-fails": check: index out of range: 0 (array length is 0)`,
		`testdata/whencheck.yaml:47:29: rule "when-fails-first-line": when: index out of range: 1 (array length is 0)`,
		`testdata/whencheck.yaml:55:30: rule "check-fails-first-line": check: index out of range: 1 (array length is 0)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rule errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
