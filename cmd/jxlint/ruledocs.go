package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/ruledocs"
)

// newRuleDocsCmd builds `jxlint rules docs DIR`.
func newRuleDocsCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "docs DIR",
		Short: "Write a Markdown page per rule and an index into DIR (规则说明页面)",
		Long: `Write DIR/ID.md for every rule of the rule set (custom rules included) and
DIR/README.md listing them, replacing the other .md files in DIR. Publish DIR
and set docs_url in .jxlint.yaml to its address: SARIF helpUri, the text
output and the Markdown report then link to these pages.`,
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			set, err := loadRuleSet(e)
			if err != nil {
				return err
			}
			if err := ruledocs.Write(args[0], set.All); err != nil {
				return &codeError{code: exitError, err: err}
			}
			_, err = fmt.Fprintln(e.stdout, inLang(e.global.lang,
				fmt.Sprintf("已写入 %d 条规则的说明页面到 %s", len(set.All), args[0]),
				fmt.Sprintf("wrote the pages of %d rules to %s", len(set.All), args[0])))
			return err
		},
	}
}
