package defaults_test

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// The evaluation set of goal-indicator-mismatch: two tables of projects from
// many fields of government work, a district's and a county's, some of which
// carry one indicator taken from another field, each with the list of those
// indicators in a .labels file beside it. The county table was written after
// the dictionary was tuned on the district table, and was not tuned on.
var evalTables = []string{
	"../../testdata/relevance/district-projects",
	"../../testdata/relevance/county-projects",
}

// evalRules are the rules scored, with the recall and precision each must reach.
var evalRules = []struct {
	id                string
	recall, precision float64
}{
	{"goal-indicator-mismatch", 0.95, 0.95},
	{"indicator-from-other-project", 0, 0.95},
}

// TestRelevanceEvaluation lints the evaluation tables with the built-in rules
// and scores each rule that reports indicators unrelated to their project
// against the labels: recall is the share of labelled indicators it reports,
// precision the share of its reports that are labelled.
func TestRelevanceEvaluation(t *testing.T) {
	labels := map[string]bool{}
	found := map[string]map[string]bool{}
	projects, marked := 0, 0
	l := linter(t, "zh")
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	_, facter, _ := funcs.Helpers(&set.Dicts)
	fields := map[string]bool{} // the fields the projects are about, by the dictionary
	for _, base := range evalTables {
		name := base[strings.LastIndexByte(base, '/')+1:]
		ls := readLabels(t, base+".labels")
		doc, err := table.ReadFile(base + ".csv")
		if err != nil {
			t.Fatal(err)
		}
		n := checkEvalSet(t, doc, ls)
		var pf funcs.ProjectFacts
		pf.Forget()
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				facter.FindProject(u, p, &pf)
				for _, f := range pf.Fields {
					fields[f] = true
				}
			}
		}
		projects, marked = projects+n, marked+len(ls)
		for k := range ls {
			labels[name+"\t"+k] = true
		}
		res := l.Worker().Lint(doc)
		for _, re := range res.RuleErrors {
			t.Errorf("%s: rule error at %d:%d: %v", name, re.Span.Line, re.Span.Column, re.Err)
		}
		for _, f := range res.Findings {
			if found[f.RuleID] == nil {
				found[f.RuleID] = map[string]bool{}
			}
			found[f.RuleID][name+"\t"+f.Project+"\t"+quoted(f.Message)] = true
		}
	}
	t.Logf("%d projects about %d fields, %d with an off-topic indicator", projects, len(fields), marked)
	if projects < 60 || marked < 30 || len(fields) < 20 {
		t.Errorf("the set has %d projects about %d fields, %d with an off-topic indicator; want at least 60, 20 and 30",
			projects, len(fields), marked)
	}
	for _, r := range evalRules {
		tp, missed, wrong := score(labels, found[r.id])
		recall := float64(tp) / float64(len(labels))
		precision := 1.0
		if len(found[r.id]) > 0 {
			precision = float64(tp) / float64(len(found[r.id]))
		}
		t.Logf("%s: recall %.1f%% (%d of %d labelled), precision %.1f%% (%d of %d reported)",
			r.id, 100*recall, tp, len(labels), 100*precision, tp, len(found[r.id]))
		for _, m := range missed {
			t.Logf("  missed: %s", m)
		}
		for _, w := range wrong {
			t.Logf("  reported on a clean indicator: %s", w)
		}
		if recall < r.recall || precision < r.precision {
			t.Errorf("%s: recall %.1f%%, precision %.1f%%; want at least %.0f%% and %.0f%%",
				r.id, 100*recall, 100*precision, 100*r.recall, 100*r.precision)
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

// checkEvalSet makes sure a table of the set is what it claims to be: every
// label names an indicator of the table, and no project has two. It returns
// the number of projects.
func checkEvalSet(t *testing.T, doc *table.Document, labels map[string]bool) int {
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
	return projects
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
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for i, l := range strings.Split(string(data), "\n") {
		s := strings.TrimSpace(l)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.Count(s, "\t") != 1 {
			t.Fatalf("%s:%d: want project<TAB>indicator, got %q", path, i+1, s)
		}
		out[s] = true
	}
	return out
}
