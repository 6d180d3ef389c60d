package defaults_test

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table"
)

// The evaluation set of goal-indicator-mismatch: a district table of projects
// from many fields of government work, some of which carry one indicator from
// another field, and the list of those indicators.
const (
	evalTable  = "../../testdata/relevance/district-projects.csv"
	evalLabels = "../../testdata/relevance/district-projects.labels"
)

// TestRelevanceEvaluation lints the evaluation table with the built-in rules
// and scores each rule that reports indicators unrelated to their project
// against the labels: recall is the share of labelled indicators it reports,
// precision the share of its reports that are labelled. Both must reach 95%.
func TestRelevanceEvaluation(t *testing.T) {
	labels := readLabels(t, evalLabels)
	doc, err := table.ReadFile(evalTable)
	if err != nil {
		t.Fatal(err)
	}
	checkEvalSet(t, doc, labels)
	res := linter(t, "zh").Worker().Lint(doc)
	for _, re := range res.RuleErrors {
		t.Errorf("rule error at %d:%d: %v", re.Span.Line, re.Span.Column, re.Err)
	}
	for _, rule := range []string{"goal-indicator-mismatch"} {
		found := map[string]bool{}
		for _, f := range res.Findings {
			if f.RuleID == rule {
				found[f.Project+"\t"+quoted(f.Message)] = true
			}
		}
		tp, missed, wrong := score(labels, found)
		recall := float64(tp) / float64(len(labels))
		precision := 1.0
		if len(found) > 0 {
			precision = float64(tp) / float64(len(found))
		}
		t.Logf("%s: recall %.1f%% (%d of %d labelled), precision %.1f%% (%d of %d reported)",
			rule, 100*recall, tp, len(labels), 100*precision, tp, len(found))
		for _, m := range missed {
			t.Logf("  missed: %s", m)
		}
		for _, w := range wrong {
			t.Logf("  reported on a clean indicator: %s", w)
		}
		if recall < 0.95 || precision < 0.95 {
			t.Errorf("%s: recall %.1f%%, precision %.1f%%; both must be at least 95%%", rule, 100*recall, 100*precision)
		}
	}
}

// score compares the reported indicators with the labelled ones.
func score(labels, found map[string]bool) (tp int, missed, wrong []string) {
	for k := range labels {
		if found[k] {
			tp++
		} else {
			missed = append(missed, k)
		}
	}
	for k := range found {
		if !labels[k] {
			wrong = append(wrong, k)
		}
	}
	sort.Strings(missed)
	sort.Strings(wrong)
	return tp, missed, wrong
}

// checkEvalSet makes sure the set is what it claims to be: at least 60
// projects, at least 30 with one labelled indicator each, the others clean,
// and every label naming an indicator of the table.
func checkEvalSet(t *testing.T, doc *table.Document, labels map[string]bool) {
	t.Helper()
	perProject := map[string]int{}
	projects := 0
	known := map[string]bool{}
	for _, u := range doc.Units {
		projects += len(u.Projects)
		for _, p := range u.Projects {
			for _, in := range p.Indicators {
				known[p.Name+"\t"+in.Name] = true
			}
		}
	}
	for k := range labels {
		if !known[k] {
			t.Errorf("label %q names no indicator of the table", k)
		}
		perProject[k[:strings.IndexByte(k, '\t')]]++
	}
	for p, n := range perProject {
		if n != 1 {
			t.Errorf("project %q has %d labelled indicators, want one", p, n)
		}
	}
	if projects < 60 || len(perProject) < 30 || projects-len(perProject) < 20 {
		t.Errorf("the set has %d projects, %d with an off-topic indicator; want at least 60 and 30", projects, len(perProject))
	}
}

// quoted returns the first text in 「」 of a message: the indicator's name.
func quoted(msg string) string {
	_, rest, _ := strings.Cut(msg, "「")
	name, _, _ := strings.Cut(rest, "」")
	return name
}

// readLabels reads project<TAB>indicator lines; # starts a comment line.
func readLabels(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.Count(s, "\t") != 1 {
			t.Fatalf("%s:%d: want project<TAB>indicator, got %q", path, line, s)
		}
		out[s] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
