package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/engine/enginetest"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// newTestCmd builds `jxlint test`.
func newTestCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "test DIR...",
		Short: "Check rules against fixture tables and their expected findings (测试规则)",
		Long: `Lint each fixture table in DIR with the active rule set and compare the
findings with the expectations beside it.

A fixture is a table (any supported file) with a sibling <name>.want file of
lines "line:col rule-id" (or "Sheet!A1 rule-id" for a workbook), each
optionally followed by "# message", the finding's message in the run's
language, which must then match; a line that starts with # is a comment.
A *.txtar bundle holds a table, a "want" section and an optional
"rules.yaml" of its own. Rules in *.rules.yaml files of DIR are added to the
active set for every fixture of DIR.

Missing findings print as "- place rule", unexpected ones as "+ place rule:
message". Exit status: 0 when every fixture matches, 1 when one does not,
2 when a fixture or a rule cannot be loaded, a table has no .want file, an
expectation names a rule that is not active, or DIR holds no fixture.`,
		Args: minArgs(1),
		RunE: func(_ *cobra.Command, dirs []string) error {
			return testRun(e, dirs)
		},
	}
}

// testRun checks every fixture of dirs and prints the mismatches. A folder
// without fixtures, a fixture or rule file that cannot be loaded, a table
// without its .want file and an expectation naming an unknown rule are each
// said on stderr and fail the run.
func testRun(e *env, dirs []string) error {
	set, err := loadRuleSet(e)
	if err != nil {
		return err
	}
	lang := e.global.lang
	failed, broken, total := 0, 0, 0
	report := func(err error) {
		broken++
		_, _ = fmt.Fprintln(e.stderr, "jxlint:", rules.ErrorText(err, lang))
	}
	for _, dir := range dirs {
		cases, err := enginetest.Load(dir)
		if err != nil {
			for _, one := range splitErrors(err) {
				report(one)
			}
		}
		for i := range cases {
			c := &cases[i]
			total++
			r, err := enginetest.Check(c, set, lang)
			if err != nil {
				for _, one := range splitErrors(err) {
					report(withPath(c.Path, one))
				}
				continue
			}
			if !r.OK() {
				failed++
				_, _ = fmt.Fprintf(e.stdout, "FAIL %s\n%s", c.Path, r.Diff())
			}
		}
	}
	msg := inLang(lang, fmt.Sprintf("%d 个用例，%d 个不符", total, failed),
		fmt.Sprintf("%d fixtures, %d failed", total, failed))
	if broken > 0 {
		msg += inLang(lang, fmt.Sprintf("，%d 个错误（见上）", broken), fmt.Sprintf(", %d %s (see above)", broken, pluralWord(broken, "error", "errors")))
	}
	if _, err := fmt.Fprintln(e.stdout, msg); err != nil {
		return &codeError{code: exitError, err: err}
	}
	switch {
	case broken > 0:
		return &codeError{code: exitError}
	case failed > 0:
		return &codeError{code: exitFindings}
	}
	return nil
}

// splitErrors returns the errors joined in err, or err alone.
func splitErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// withPath prefixes an error that does not name a file (a table error names
// its own) with the fixture's path.
func withPath(path string, err error) error {
	var te *table.Error
	var pe *rules.PosError
	if errors.As(err, &te) || errors.As(err, &pe) {
		return err
	}
	return &rules.PosError{Pos: rules.Pos{File: path}, Err: err}
}
