package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/engine/enginetest"
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
2 when a fixture or a rule cannot be loaded.`,
		Args: minArgs(1),
		RunE: func(_ *cobra.Command, dirs []string) error {
			return testRun(e, dirs)
		},
	}
}

// testRun checks every fixture of dirs and prints the mismatches.
func testRun(e *env, dirs []string) error {
	set, err := loadRuleSet(e)
	if err != nil {
		return err
	}
	failed, broken, total := 0, false, 0
	for _, dir := range dirs {
		cases, err := enginetest.Load(dir)
		if err != nil {
			_, _ = fmt.Fprintln(e.stderr, "jxlint:", err)
			broken = true
			continue
		}
		for i := range cases {
			c := &cases[i]
			total++
			r, err := enginetest.Check(c, set, e.global.lang)
			if err != nil {
				_, _ = fmt.Fprintf(e.stderr, "jxlint: %s: %s\n", c.Path, table.ErrorText(err, e.global.lang))
				broken = true
				continue
			}
			if !r.OK() {
				failed++
				_, _ = fmt.Fprintf(e.stdout, "FAIL %s\n%s", c.Path, r.Diff())
			}
		}
	}
	msg := inLang(e.global.lang, fmt.Sprintf("%d 个用例，%d 个不符", total, failed),
		fmt.Sprintf("%d fixtures, %d failed", total, failed))
	if _, err := fmt.Fprintln(e.stdout, msg); err != nil {
		return &codeError{code: exitError, err: err}
	}
	switch {
	case broken:
		return &codeError{code: exitError}
	case failed > 0:
		return &codeError{code: exitFindings}
	}
	return nil
}
