package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

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
	var b strings.Builder
	label := func(zh, en string) string { return inLang(lang, zh+"：", en+": ") }
	fmt.Fprintf(&b, "%s  %s\n", r.ID, r.Title.In(lang))
	sev := string(r.Severity)
	if !enabled {
		sev = "off"
	}
	if sev != string(r.Default) {
		sev += inLang(lang, "（默认 "+string(r.Default)+"）", " (default "+string(r.Default)+")")
	}
	fmt.Fprintf(&b, "%s%s\n", label("严重程度", "Severity"), sev)
	fmt.Fprintf(&b, "%s%s\n", label("范围", "Scope"), r.Scope)
	if len(r.If) > 0 {
		fmt.Fprintf(&b, "%s%s\n", label("前提", "If"), strings.Join(r.If, ", "))
	}
	if r.When != "" {
		fmt.Fprintf(&b, "%s%s\n", label("条件", "When"), oneLine(r.When))
	}
	fmt.Fprintf(&b, "%s%s\n", label("检查", "Check"), oneLine(r.Check))
	if len(r.Tags) > 0 {
		fmt.Fprintf(&b, "%s%s\n", label("标签", "Tags"), strings.Join(r.Tags, ", "))
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "%s%s\n", label("帮助", "Help"), r.HelpURI)
	}
	if d := r.Description.In(lang); d != "" {
		fmt.Fprintf(&b, "\n%s\n", strings.TrimRight(d, "\n"))
	}
	if len(r.Params) > 0 {
		fmt.Fprintf(&b, "\n%s\n", inLang(lang, "参数：", "Params:"))
		for _, k := range slices.Sorted(maps.Keys(r.Params)) {
			fmt.Fprintf(&b, "  %s = %s\n", k, paramValue(r.Params[k]))
		}
	}
	if len(r.Examples) > 0 {
		fmt.Fprintf(&b, "\n%s\n", inLang(lang, "示例：", "Examples:"))
		for i, ex := range r.Examples {
			if i > 0 {
				b.WriteString("\n")
			}
			if ex.Bad != "" {
				fmt.Fprintf(&b, "  %s%s\n", label("不好", "Bad"), ex.Bad)
			}
			if ex.Good != "" {
				fmt.Fprintf(&b, "  %s%s\n", label("较好", "Good"), ex.Good)
			}
			if n := ex.Note.In(lang); n != "" {
				fmt.Fprintf(&b, "  %s%s\n", label("说明", "Note"), n)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// paramValue writes a param value as JSON, the way it reads in YAML flow style.
func paramValue(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSpace(b.String())
}

// oneLine joins the lines of an expression written as a block scalar.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
