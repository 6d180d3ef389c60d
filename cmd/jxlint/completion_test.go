package main

import (
	"strings"
	"testing"

	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
)

// ruleCompletions is what completing a rule id that starts with prefix
// gives: each built-in rule's id and title in lang, then the directive.
func ruleCompletions(t *testing.T, prefix, lang string) string {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range set.All {
		if strings.HasPrefix(r.ID, prefix) {
			b.WriteString(r.ID + "\t" + r.Title.In(lang) + "\n")
		}
	}
	if b.Len() == 0 {
		t.Fatalf("no rule starts with %q", prefix)
	}
	return b.String() + ":4\n"
}

// TestCompletion asks for completions as a shell does (`jxlint __complete
// ARGS…`) and checks the candidates and the directive a shell obeys.
func TestCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // the lines printed, candidates then ":directive"
	}{
		{[]string{"rules", "explain", "ty"}, "typo\t错别字\n:4\n"},
		{[]string{"--lang", "en", "rules", "explain", "missing-ind"}, ruleCompletions(t, "missing-ind", "en")},
		{[]string{"rules", "explain", "typo", ""}, ":4\n"},
		{[]string{"lint", "--color", ""}, "auto\nalways\nnever\n:4\n"},
		{[]string{"lint", "--fail-on", "w"}, "warning\n:4\n"},
		{[]string{"lint", "--format", ""}, strings.Join(reporters.Formats(), "\n") + "\n:4\n"},
		{[]string{"lint", "--output-format", "s"}, "sarif=\n:6\n"},
		{[]string{"lint", "--cache-dir", ""}, ":16\n"},
		{[]string{"cache", "clean", "--cache-dir", ""}, ":16\n"},
		{[]string{"lint", ""}, "txt\ntsv\ncsv\nxlsx\nxlsm\njson\nyaml\nyml\n:8\n"},
		{[]string{"--lang", ""}, "zh\nen\n:4\n"},
		{[]string{"parse", "--format", ""}, "json\nyaml\n:4\n"},
	} {
		out, _, code := runCmd(t, append([]string{"__complete"}, tc.args...)...)
		if code != 0 || out != tc.want {
			t.Errorf("jxlint __complete %q: exit %d\n%q\nwant\n%q", tc.args, code, out, tc.want)
		}
	}
	script, _, code := runCmd(t, "completion", "bash")
	if code != 0 || !strings.Contains(script, "__start_jxlint") {
		t.Errorf("jxlint completion bash: exit %d, no completion function", code)
	}
}
