// Package ruledocs renders the documentation of rules as Markdown pages, one
// per rule (ID.md) and an index (README.md), from the rule data alone: the
// pages that SARIF helpUri and the text output link to.
package ruledocs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// generated heads every page, so that nobody edits one by hand.
const generated = "<!-- Generated from the rule data by `jxlint rules docs`; do not edit. -->\n"

// Page renders the page of rule r, in Chinese and English.
func Page(r *rules.Rule) []byte {
	var b bytes.Buffer
	b.WriteString(generated)
	fmt.Fprintf(&b, "\n# %s\n\n%s\n\n", r.ID, escape(titles(r)))
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| 严重程度 Severity | `%s` |\n", r.Severity)
	fmt.Fprintf(&b, "| 范围 Scope | `%s` |\n", r.Scope)
	if len(r.Tags) > 0 {
		fmt.Fprintf(&b, "| 标签 Tags | %s |\n", codeList(r.Tags))
	}
	for _, k := range slices.Sorted(maps.Keys(r.Params)) {
		fmt.Fprintf(&b, "| 参数 Param `%s` | %s |\n", k, code(jsonValue(r.Params[k])))
	}
	if d := strings.TrimSpace(r.Description.Zh); d != "" {
		fmt.Fprintf(&b, "\n## 说明\n\n%s\n", escape(d))
	}
	if d := strings.TrimSpace(r.Description.En); d != "" {
		fmt.Fprintf(&b, "\n## Description\n\n%s\n", escape(d))
	}
	for i, ex := range r.Examples {
		if i == 0 {
			b.WriteString("\n## 示例 Examples\n")
		}
		if len(r.Examples) > 1 {
			fmt.Fprintf(&b, "\n### %d\n", i+1)
		}
		if ex.Bad != "" {
			fmt.Fprintf(&b, "\n不好 Bad:\n\n> %s\n", escape(ex.Bad))
		}
		if ex.Good != "" {
			fmt.Fprintf(&b, "\n较好 Good:\n\n> %s\n", escape(ex.Good))
		}
		if note := noteText(ex.Note); note != "" {
			fmt.Fprintf(&b, "\n%s\n", escape(note))
		}
	}
	b.WriteString("\n## 检查 Check\n\n```yaml\n")
	if r.When != "" {
		b.WriteString(yamlField("when", r.When))
	}
	b.WriteString(yamlField("check", r.Check))
	b.WriteString("```\n\n## 配置 Configuration\n\n```yaml\n# .jxlint.yaml\nrules:\n")
	fmt.Fprintf(&b, "  %s: {severity: %s}   # error | warning | info | off\n", r.ID, r.Severity)
	if len(r.Params) > 0 {
		k := slices.Sorted(maps.Keys(r.Params))[0]
		fmt.Fprintf(&b, "  # %s: {params: {%s: %s}}\n", r.ID, k, jsonValue(r.Params[k]))
	}
	b.WriteString("```\n")
	return b.Bytes()
}

// titles joins the Chinese and English titles.
func titles(r *rules.Rule) string {
	switch {
	case r.Title.Zh != "" && r.Title.En != "" && r.Title.Zh != r.Title.En:
		return r.Title.Zh + " · " + r.Title.En
	case r.Title.Zh != "":
		return r.Title.Zh
	}
	return r.Title.En
}

// noteText joins the Chinese and English note of an example.
func noteText(t rules.Text) string {
	if t.Zh != "" && t.En != "" && t.Zh != t.En {
		return t.Zh + " / " + t.En
	}
	return t.In("zh")
}

// yamlField writes an expression as a YAML block scalar.
func yamlField(name, expr string) string {
	lines := strings.Split(strings.TrimRight(expr, "\n"), "\n")
	if len(lines) == 1 && !strings.ContainsAny(expr, ":#") {
		return name + ": " + expr + "\n"
	}
	return name + ": |\n  " + strings.Join(lines, "\n  ") + "\n"
}

// jsonValue writes a parameter value as JSON, as it reads in YAML flow style.
func jsonValue(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSpace(b.String())
}

// markdownEscaper backslash-escapes the characters Markdown would interpret.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "&", `\&`, "~", `\~`,
)

// escape makes s appear literally in Markdown.
func escape(s string) string { return markdownEscaper.Replace(s) }

// code renders s as inline code that may sit in a table cell.
func code(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	if strings.Contains(s, "`") {
		return "`` " + s + " ``"
	}
	return "`" + s + "`"
}

// codeList renders each of ss as inline code, separated by commas.
func codeList(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = code(s)
	}
	return strings.Join(out, ", ")
}
