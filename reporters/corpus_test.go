package reporters

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// corpusPath is the real published table, inside the repository.
const corpusPath = "../testdata/corpus/pazhou-project-goals.txt"

// builtinLinter returns a linter of the built-in rules in lang, and the rules.
func builtinLinter(t *testing.T, lang string) (*engine.Linter, *rules.Set) {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := engine.New(set, engine.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return l, set
}

// TestSARIFRealFindings lints the corpus with the built-in rules and checks
// that the SARIF log is valid and every result points where it should.
func TestSARIFRealFindings(t *testing.T) {
	l, set := builtinLinter(t, "zh")
	doc, err := table.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	res := l.Worker().Lint(doc)
	res.Path = corpusPath
	if len(res.Findings) == 0 {
		t.Fatal("the corpus gave no findings")
	}
	run := testRun("zh")
	run.Rules = set.Rules
	run.WorkDir = ".."
	sum := Summary{Files: 1}
	out := render(t, "sarif", run, []*engine.FileResult{&res}, sum)
	log, results := decodeSARIF(t, out)
	if len(results) != len(res.Findings) {
		t.Fatalf("%d results for %d findings", len(results), len(res.Findings))
	}
	rulesOut := log.Runs[0].Tool.Driver.Rules
	fixes, wantFixes := 0, 0
	for _, f := range res.Findings {
		if f.Fix != nil && f.Fix.Span.HasText() {
			wantFixes++
		}
	}
	for i, r := range results {
		if r.RuleIndex == nil || rulesOut[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d (%s): ruleIndex %v does not name its rule", i, r.RuleID, r.RuleIndex)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != "testdata/corpus/pazhou-project-goals.txt" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: artifact %+v", i, loc.ArtifactLocation)
		}
		if loc.Region == nil || loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 {
			t.Errorf("result %d (%s): region %+v", i, r.RuleID, loc.Region)
		}
		fixes += len(r.Fixes)
	}
	if fixes != wantFixes {
		t.Errorf("%d results carry a fix, want %d", fixes, wantFixes)
	}
	// The JSON output of the same findings is one document.
	var doc2 map[string]any
	if err := json.Unmarshal(render(t, "json", run, []*engine.FileResult{&res}, sum), &doc2); err != nil {
		t.Fatal(err)
	}
	text := string(render(t, "text", run, []*engine.FileResult{&res}, sum))
	if !strings.Contains(text, filepath.ToSlash(corpusPath)+":") {
		t.Errorf("text output does not name the file:\n%s", text)
	}
}
