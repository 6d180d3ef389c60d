package engine

import (
	"strings"
	"testing"
)

// TestMergedWhenCheck checks that a rule's when and check, run as one
// program, filter and find as two would, and that a run-time error names the
// part that failed with the place of the mistake in the rule file.
func TestMergedWhenCheck(t *testing.T) {
	l := mustLinter(t, loadSet(t, "merge.yaml"), "zh")
	for _, c := range l.rules {
		if merged := c.both != nil; merged != (c.rule.ID != "when-not-bool" && c.rule.ID != "when-nil") {
			t.Errorf("rule %s: merged = %v", c.rule.ID, merged)
		}
	}
	res := l.Worker().Lint(testDoc("t.txt"))
	if got, want := describe(res.Findings), "6:101-6:121 when-scope 区科技局/项目甲/2 item \"群众满意\" 项目甲/群众满意\n"; got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	var got []string
	for _, re := range res.RuleErrors {
		got = append(got, re.Err.Error())
	}
	want := []string{
		`testdata/merge.yaml:32:11: rule "when-not-bool": when: gave string, not true or false`,
		`testdata/merge.yaml:9:27: rule "when-fails": when: index out of range: 5 (array length is 2)`,
		`testdata/merge.yaml:19:27: rule "check-fails": check: index out of range: 0 (array length is 0)`,
		`testdata/merge.yaml:47:29: rule "when-fails-first-line": when: index out of range: 1 (array length is 0)`,
		`testdata/merge.yaml:55:30: rule "check-fails-first-line": check: index out of range: 1 (array length is 0)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rule errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
