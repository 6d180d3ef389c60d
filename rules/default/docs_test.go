package defaults_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

// TestEveryRuleDocumented checks what `jxlint rules explain` shows: a title and
// a description in both languages and at least one bad/good example.
func TestEveryRuleDocumented(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.All) == 0 {
		t.Fatal("no built-in rules")
	}
	for _, r := range set.All {
		if r.Title.Zh == "" || r.Title.En == "" || r.Description.Zh == "" || r.Description.En == "" {
			t.Errorf("%s: rule %q needs a title and a description in zh and en", r.Pos, r.ID)
		}
		if r.Message.Zh == "" || r.Message.En == "" {
			t.Errorf("%s: rule %q needs a message in zh and en", r.Pos, r.ID)
		}
		ok := false
		for _, e := range r.Examples {
			ok = ok || (e.Bad != "" && e.Good != "")
		}
		if !ok {
			t.Errorf("%s: rule %q needs an example with bad and good", r.Pos, r.ID)
		}
	}
}

// TestEveryRuleHasFixture checks that every rule fires in at least one fixture.
func TestEveryRuleHasFixture(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	wants, _ := filepath.Glob("testdata/*.want")
	fired := map[string]bool{}
	line := regexp.MustCompile(`(?m)^\S+\s+([a-z][a-z0-9-]*)`)
	for _, w := range wants {
		data, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range line.FindAllStringSubmatch(string(data), -1) {
			fired[m[1]] = true
		}
	}
	for _, r := range set.All {
		if !fired[r.ID] {
			t.Errorf("rule %q has no fixture in testdata that expects it", r.ID)
		}
	}
}

// TestRuleIDs pins the public contract: the ids of the default rules.
func TestRuleIDs(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"category-code-mismatch", "copied-indicators", "duplicate-project", "empty-indicator-value",
		"goal-indicator-mismatch", "identical-period-annual", "indicator-from-other-project", "indicator-name-is-category", "invalid-amount",
		"malformed-indicator", "missing-goal", "missing-indicator-category", "missing-indicators",
		"mixed-punctuation", "no-projects", "numbering", "percent-out-of-range", "satisfaction-threshold", "sum-row",
		"sum-total", "sum-unit", "too-few-indicators", "typo", "unit-mismatch", "unknown-category",
		"unquantified-value", "vague-timeliness", "vague-wording", "weight-sum"}
	var got []string
	for _, r := range set.All {
		got = append(got, r.ID)
	}
	if len(got) != len(want) {
		t.Fatalf("rule ids = %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("rule ids = %v\nwant %v", got, want)
		}
	}
}
