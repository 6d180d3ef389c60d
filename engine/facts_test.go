package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/table"
)

// TestProjectPartsRead checks that the linter finds the parts of the project
// facts that its rules read by name or list under if, and all of them when a
// rule reads projectFacts other than by a fact's name.
func TestProjectPartsRead(t *testing.T) {
	for _, tt := range []struct {
		rule string
		want funcs.ProjectParts
	}{
		{"check: projectFacts.goalEmpty", 0},
		{"check: len(projectFacts.topics) > 0", funcs.PartTexts},
		{"if: [misnumbered]\n    check: \"true\"", funcs.PartNumbering},
		{"if: [goalEmpty]\n    check: \"true\"", 0},
		{`check: projectFacts.copiedFrom != nil && projectFacts["categories"] != nil`, funcs.PartCopied | funcs.PartCategories},
		{"check: projectFacts?.halfWidth ?? false", funcs.PartTexts},
		{"check: \"true\"\n    message: '${projectFacts.copiedFrom.name}'", funcs.PartCopied},
		{"check: projectFacts != nil", funcs.AllParts},
		{"check: let f = projectFacts; f.typos", funcs.AllParts},
	} {
		src := fmt.Sprintf("rules:\n  - id: r\n    title: r\n    severity: info\n    scope: project\n    %s\n", tt.rule)
		if !strings.Contains(tt.rule, "message:") {
			src += "    message: m\n"
		}
		l := mustLinter(t, setFrom(t, "r.yaml", []byte(src)), "zh")
		if l.pfacts == nil {
			t.Errorf("%s: no project facts found", tt.rule)
		}
		if l.pparts != tt.want {
			t.Errorf("%s: parts %04b, want %04b", tt.rule, l.pparts, tt.want)
		}
	}
}

// TestDocumentFactsRead lints a table with a malformed indicator item and one
// without, with a document rule that lists documentFacts.malformed under if
// and a project rule that reads it: the first runs only on the table that
// holds one, the second sees the fact on each table, also when the units are
// linted on two workers.
func TestDocumentFactsRead(t *testing.T) {
	src := `rules:
  - id: doc
    title: doc
    severity: info
    scope: document
    if: [malformed]
    check: "true"
    message: m
  - id: proj
    title: proj
    severity: info
    scope: project
    check: documentFacts.malformed
    message: m
`
	l := mustLinter(t, setFrom(t, "r.yaml", []byte(src)), "zh")
	twoUnits := func(path string) *table.Document { // so that LintSplit cuts it in two runs
		doc := testDoc(path)
		doc.Units = append(doc.Units, &table.Unit{Name: "区水务局", Spans: table.UnitSpans{Name: span(8, 1, 4)},
			Projects: []*table.Project{{Name: "河涌整治", Spans: table.ProjectSpans{Name: span(9, 1, 4)}}}})
		return doc
	}
	clean, bad := twoUnits("clean.txt"), twoUnits("bad.txt")
	bad.Units[0].Projects[1].Problems = []table.Problem{{Kind: "malformed-indicator", Text: "1、？", Span: span(7, 60, 3)}}
	for _, tt := range []struct {
		doc  *table.Document
		want string
	}{{clean, ""}, {bad, "doc proj proj proj "}} {
		for _, res := range []FileResult{l.Worker().Lint(tt.doc), l.Worker().LintSplit(tt.doc, []*Worker{l.Worker()})} {
			got := ""
			for _, f := range res.Findings {
				got += f.RuleID + " "
			}
			if got != tt.want || len(res.RuleErrors) > 0 {
				t.Errorf("%s: findings %q, errors %v; want %q", tt.doc.Path, got, res.RuleErrors, tt.want)
			}
		}
	}
}
