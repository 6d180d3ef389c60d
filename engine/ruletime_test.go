package engine

import (
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// TestRuleTimes: a worker that measures rules finds exactly what one that
// does not finds, and gives a time for every rule, some of them not zero.
func TestRuleTimes(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.ReadFile("../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	l := mustLinter(t, set, "zh")
	plain := l.Worker()
	if plain.RuleTimes() != nil {
		t.Error("a worker measures without TimeRules")
	}
	timed := l.Worker()
	timed.TimeRules()
	want, got := plain.Lint(doc), timed.Lint(doc)
	if !reflect.DeepEqual(got.Findings, want.Findings) {
		t.Fatal("measuring rules changed the findings")
	}
	times := timed.RuleTimes()
	if len(times) != len(set.Rules) {
		t.Fatalf("%d rule times for %d rules", len(times), len(set.Rules))
	}
	var total int64
	for i, rt := range times {
		if rt.RuleID != set.Rules[i].ID {
			t.Errorf("time %d is of %s, want %s", i, rt.RuleID, set.Rules[i].ID)
		}
		total += int64(rt.Time)
	}
	if total <= 0 {
		t.Error("no time measured")
	}
}
