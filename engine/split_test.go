package engine

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// splitRules fail on some objects (an index past the end, in every project with
// fewer than four indicators; a nil map read on the units of copy 25, late in the table) and
// find others, at every scope, and read the copied indicators of earlier
// projects.
const splitRules = `rules:
  - id: doc-units
    title: t
    message: m
    severity: info
    scope: document
    check: |
      map(document.units, ({"unit": #, "message": #.name}))
  - id: unit-fails
    title: t
    severity: error
    scope: unit
    check: |
      unit.name startsWith "二五" && {"a": 1}.b.c == 1
    message: x
  - id: fourth-indicator
    title: t
    severity: warning
    scope: project
    check: project.indicators[3].name != ""
    message: 四
  - id: copied
    title: t
    severity: info
    scope: project
    check: projectFacts.copiedFrom != nil
    message: ${projectFacts.copiedFrom.name}
  - id: same
    title: t
    severity: info
    scope: indicator
    check: facts.sameValues
    message: same
`

// TestLintSplitAsLint lints 30 copies of the published example with the
// units cut into one to five runs: findings, counts and the first error of
// each failing rule are those of Lint, with an ignore entry in force.
func TestLintSplitAsLint(t *testing.T) {
	example, err := os.ReadFile("../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tablegen.Repeat(&buf, "example.txt", example, 30); err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("dense.txt", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	set := setFrom(t, "split.yaml", []byte(splitRules))
	set.Ignores = []rules.Ignore{{Rule: "same", Project: "两新*"}}
	l := mustLinter(t, set, "zh")
	want := l.Worker().Lint(doc)
	if len(want.RuleErrors) != 2 || want.Ignored == 0 || len(want.Findings) < 100 {
		t.Fatalf("the rules give %d rule errors, %d ignored and %d findings: the test needs more", len(want.RuleErrors), want.Ignored, len(want.Findings))
	}
	for n := 1; n <= 5; n++ {
		ws := make([]*Worker, n-1)
		for i := range ws {
			ws[i] = l.Worker()
		}
		if got := l.Worker().LintSplit(doc, ws); !reflect.DeepEqual(got, want) {
			t.Errorf("%d runs:\n%s\nwant\n%s\nerrors %v, want %v", n, describe(got.Findings), describe(want.Findings), got.RuleErrors, want.RuleErrors)
		}
	}
}

// TestSplitUnits cuts units into runs of about equal weight, in order, none empty.
func TestSplitUnits(t *testing.T) {
	unit := func(projects, indicators int) *table.Unit {
		u := &table.Unit{}
		for range projects {
			u.Projects = append(u.Projects, &table.Project{Indicators: make([]*table.Indicator, indicators)})
		}
		return u
	}
	us := []*table.Unit{unit(10, 4), unit(1, 1), unit(10, 4), unit(10, 4), unit(0, 0), unit(10, 4)}
	for n, want := range map[int][]int{1: {6}, 2: {3, 3}, 3: {2, 2, 2}, 4: {1, 2, 1, 2}, 9: {1, 1, 1, 1, 1, 1}} {
		runs := splitUnits(us, n)
		var got []int
		i := 0
		for _, r := range runs {
			got = append(got, len(r))
			for _, u := range r {
				if u != us[i] {
					t.Fatalf("%d runs: unit %d out of order", n, i)
				}
				i++
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d runs: sizes %v; want %v", n, got, want)
		}
	}
	if runs := splitUnits(nil, 3); len(runs) != 0 {
		t.Errorf("no units: %d runs", len(runs))
	}
}
