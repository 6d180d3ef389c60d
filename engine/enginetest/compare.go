package enginetest

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Result is the outcome of one case: the findings that were not expected and
// the expectations that found nothing.
type Result struct {
	Case       *Case
	Unexpected []engine.Finding
	Missing    []Expect
}

// OK reports whether the findings were exactly those expected.
func (r *Result) OK() bool { return len(r.Unexpected) == 0 && len(r.Missing) == 0 }

// Diff writes the mismatch: `- place rule` for a missing finding, `+ place
// rule: message` for an unexpected one.
func (r *Result) Diff() string {
	var b strings.Builder
	for _, e := range r.Missing {
		fmt.Fprintf(&b, "- %s  (%s:%d)\n", e, r.Case.WantFile, e.Line)
		if e.Message != "" {
			fmt.Fprintf(&b, "    # %s\n", e.Message)
		}
	}
	for _, f := range r.Unexpected {
		fmt.Fprintf(&b, "+ %s %s: %s\n", place(f.Span), f.RuleID, f.Message)
	}
	return b.String()
}

// place writes a span as a want file does.
func place(s table.Span) string {
	if s.Cell() != "" && !s.HasText() {
		return s.Sheet() + "!" + s.Cell()
	}
	return fmt.Sprintf("%d:%d", s.Line, s.Column)
}

// Check lints the case with set plus the case's own rules, in lang, and
// compares. Errors are a table that cannot be read, rules that do not compile
// and rules that fail while running.
func Check(c *Case, set *rules.Set, lang string) (*Result, error) {
	s := *set
	if len(c.Rules) > 0 {
		s.Rules = append(slices.Clip(set.Rules), c.Rules...)
		seen := map[string]bool{}
		for _, r := range s.Rules {
			if seen[r.ID] {
				return nil, &rules.PosError{Pos: r.Pos, Rule: r.ID, Msg: "defined twice", Zh: "定义了两次"}
			}
			seen[r.ID] = true
		}
	}
	if err := checkWantRules(c, s.Rules); err != nil {
		return nil, err
	}
	l, err := engine.New(&s, engine.Options{Lang: lang})
	if err != nil {
		return nil, err
	}
	doc, err := table.Read(c.Path, c.Data)
	if err != nil {
		return nil, err
	}
	res := l.Worker().Lint(doc)
	var errs []error
	for _, re := range res.RuleErrors {
		errs = append(errs, &rules.PosError{Pos: rules.Pos{File: c.Path}, Msg: "at " + place(re.Span), Zh: "在 " + place(re.Span), Err: re.Err})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return compare(c, res.Findings), nil
}

// compare matches findings with expectations by place and rule, and by
// message where the expectation gives one, each used once.
func compare(c *Case, fs []engine.Finding) *Result {
	r := &Result{Case: c}
	left := map[string][]int{} // the expectations not yet met, by place and rule
	for i, e := range c.Want {
		left[e.String()] = append(left[e.String()], i)
	}
	for _, f := range fs {
		k := place(f.Span) + " " + f.RuleID
		j := slices.IndexFunc(left[k], func(i int) bool { m := c.Want[i].Message; return m == "" || m == f.Message })
		if j < 0 {
			r.Unexpected = append(r.Unexpected, f)
			continue
		}
		left[k] = slices.Delete(left[k], j, j+1)
	}
	for i, e := range c.Want {
		if slices.Contains(left[e.String()], i) {
			r.Missing = append(r.Missing, e)
		}
	}
	return r
}

// Run checks every fixture of dir against set in a subtest named after it,
// failing with the diff of unexpected and missing findings.
func Run(t *testing.T, dir string, set *rules.Set) {
	t.Helper()
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("no fixtures in %s: expected tables with .want files or .txtar bundles", dir)
	}
	for i := range cases {
		c := &cases[i]
		t.Run(filepath.ToSlash(c.Name), func(t *testing.T) {
			r, err := Check(c, set, "zh")
			if err != nil {
				t.Fatal(err)
			}
			if !r.OK() {
				t.Errorf("%s: findings differ from %s (- missing, + unexpected):\n%s", c.Path, c.WantFile, r.Diff())
			}
		})
	}
}

// checkWantRules refuses expectations that name a rule the active set does
// not have (a typo, or a rule turned off): they could only ever be missing.
func checkWantRules(c *Case, active []*rules.Rule) error {
	known := make(map[string]bool, len(active))
	for _, r := range active {
		known[r.ID] = true
	}
	var errs []error
	for _, e := range c.Want {
		if !known[e.Rule] {
			errs = append(errs, &rules.PosError{Pos: rules.Pos{File: c.WantFile, Line: e.Line},
				Msg: fmt.Sprintf("unknown rule %q: no active rule has this id (jxlint rules lists them)", e.Rule),
				Zh:  fmt.Sprintf("未知的规则「%s」：启用的规则中没有这个 ID（jxlint rules 列出全部规则）", e.Rule)})
		}
	}
	return errors.Join(errs...)
}
