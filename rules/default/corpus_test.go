package defaults_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

var update = flag.Bool("update", false, "rewrite golden files")

// corpus is the real published table the default rules are measured on.
const corpus = "../../testdata/corpus/pazhou-project-goals.txt"

// linter compiles the built-in rule set in lang.
func linter(t testing.TB, lang string) *engine.Linter {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatalf("rules.Builtin: %v", err)
	}
	l, err := engine.New(set, engine.Options{Lang: lang})
	if err != nil {
		t.Fatalf("engine.New: %v", err)
	}
	return l
}

// lint reads path and lints it with l, failing on read and rule errors.
func lint(t testing.TB, l *engine.Linter, path string) engine.FileResult {
	t.Helper()
	doc, err := table.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	res := l.Worker().Lint(doc)
	for _, re := range res.RuleErrors {
		t.Errorf("%s: rule error at %d:%d: %v", path, re.Span.Line, re.Span.Column, re.Err)
	}
	return res
}

// findingLines renders findings as `line:col rule-id message`, one a line.
func findingLines(fs []engine.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d %s %s\n", f.Span.Line, f.Span.Column, f.RuleID, f.Message)
	}
	return b.String()
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("findings differ from %s (run go test -update and read the diff):\n%s", filepath.Base(path), diff(string(want), got))
	}
}

// diff lists the lines only in want (-) and only in got (+).
func diff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// TestCorpusGolden lints the real table and compares every finding with the
// reviewed golden list.
func TestCorpusGolden(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			res := lint(t, linter(t, lang), corpus)
			name := strings.TrimSuffix(corpus, ".txt") + ".findings.golden"
			if lang == "en" {
				name = strings.TrimSuffix(corpus, ".txt") + ".findings.en.golden"
			}
			golden(t, name, findingLines(res.Findings))
		})
	}
}

// BenchmarkCorpus lints the real table with every default rule.
func BenchmarkCorpus(b *testing.B) {
	l := linter(b, "zh")
	doc, err := table.ReadFile(corpus)
	if err != nil {
		b.Fatal(err)
	}
	w := l.Worker()
	b.ReportAllocs()
	for b.Loop() {
		w.Lint(doc)
	}
}
