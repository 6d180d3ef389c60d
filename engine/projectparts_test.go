package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
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
