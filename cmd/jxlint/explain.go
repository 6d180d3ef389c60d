package main

import (
	"fmt"
	"io"

	"github.com/jxlint/jxlint/rules"
	"github.com/spf13/cobra"
)

// newExplainCmd builds `jxlint rules explain ID`.
func newExplainCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "explain ID",
		Short: "Explain a rule: what it checks, its params and examples (规则说明)",
		Args:  exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			set, err := loadRuleSet(e)
			if err != nil {
				return err
			}
			lang := e.global.lang
			r := set.Rule(args[0])
			if r == nil {
				msg := inLang(lang, fmt.Sprintf("未知规则「%s」", args[0]), fmt.Sprintf("unknown rule %q", args[0]))
				if s := set.Suggest(args[0]); s != "" {
					msg += inLang(lang, fmt.Sprintf("，是否要找「%s」？", s), fmt.Sprintf("; did you mean %q?", s))
				}
				msg += inLang(lang, "（用 jxlint rules 列出全部规则）", " (jxlint rules lists them all)")
				return &codeError{code: exitError, err: fmt.Errorf("%s", msg)}
			}
			return explainRun(e.stdout, r, set.Enabled(r.ID), lang)
		},
	}
}

// explainRun writes what a user needs to know about rule r, in lang.
func explainRun(w io.Writer, r *rules.Rule, enabled bool, lang string) error {
	_, err := io.WriteString(w, r.Explain(enabled, lang))
	return err
}
