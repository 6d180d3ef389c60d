package rules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Explain returns what a user needs to know about the rule, in lang (zh or en):
// the text `jxlint rules explain` prints. enabled is false for a rule turned off.
func (r *Rule) Explain(enabled bool, lang string) string {
	var b strings.Builder
	label := func(zh, en string) string { return explainLang(lang, zh+"：", en+": ") }
	fmt.Fprintf(&b, "%s  %s\n", r.ID, r.Title.In(lang))
	sev := string(r.Severity)
	if !enabled {
		sev = "off"
	}
	if sev != string(r.Default) {
		sev += explainLang(lang, "（默认 "+string(r.Default)+"）", " (default "+string(r.Default)+")")
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
		fmt.Fprintf(&b, "\n%s\n", explainLang(lang, "参数：", "Params:"))
		for _, k := range slices.Sorted(maps.Keys(r.Params)) {
			fmt.Fprintf(&b, "  %s = %s\n", k, paramValue(r.Params[k]))
		}
	}
	if len(r.Examples) > 0 {
		fmt.Fprintf(&b, "\n%s\n", explainLang(lang, "示例：", "Examples:"))
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
	return b.String()
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

// explainLang picks the text of lang.
func explainLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}
