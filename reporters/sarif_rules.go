package reporters

import (
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// sarifRuleOf describes a rule for tool.driver.rules, in lang.
func sarifRuleOf(r *rules.Rule, lang string) sarifRule {
	title := r.Title.In(lang)
	desc := r.Description.In(lang)
	if desc == "" {
		desc = title
	}
	if title == "" {
		title = r.ID
	}
	if desc == "" {
		desc = r.ID
	}
	sr := sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(r.ID),
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: desc},
		Help:                 ruleHelp(desc, r.Examples, lang),
		HelpURI:              r.HelpURI,
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
	}
	if len(r.Tags) > 0 {
		sr.Properties = &sarifProperties{Tags: r.Tags}
	}
	return sr
}

// ruleHelp renders the description and the bad/good examples as plain text
// and as Markdown.
func ruleHelp(desc string, examples []rules.Example, lang string) sarifMarkdown {
	bad, good := "错误示例：", "正确示例："
	if lang == "en" {
		bad, good = "Bad: ", "Good: "
	}
	text := []string{desc}
	md := []string{escapeMarkdown(desc)}
	for _, ex := range examples {
		text = append(text, "")
		md = append(md, "")
		if ex.Bad != "" {
			text = append(text, bad+ex.Bad)
			md = append(md, "- **"+strings.TrimSpace(bad)+"** "+escapeMarkdown(ex.Bad))
		}
		if ex.Good != "" {
			text = append(text, good+ex.Good)
			md = append(md, "- **"+strings.TrimSpace(good)+"** "+escapeMarkdown(ex.Good))
		}
		if note := ex.Note.In(lang); note != "" {
			text = append(text, note)
			md = append(md, "", escapeMarkdown(note))
		}
	}
	return sarifMarkdown{Text: strings.Join(text, "\n"), Markdown: strings.Join(md, "\n")}
}

// markdownEscaper backslash-escapes the characters Markdown would interpret.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

// escapeMarkdown makes s appear literally in Markdown.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// ruleName returns the rule's SARIF name: the PascalCase of its id. SARIF
// requires the name to differ from the id, so a one-word id ("typo", whose
// PascalCase differs only in case) gets "Check" appended ("TypoCheck").
func ruleName(id string) string {
	name := pascalCase(id)
	if strings.EqualFold(name, id) {
		name += "Check"
	}
	return name
}

// pascalCase turns a rule id such as "indicator-value-same" into "IndicatorValueSame".
func pascalCase(id string) string {
	var b strings.Builder
	upper := true
	for _, r := range id {
		if r == '-' || r == '_' || r == '.' || r == ' ' {
			upper = true
			continue
		}
		if upper && 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		upper = false
		b.WriteRune(r)
	}
	return b.String()
}

// isSemVer reports whether v looks like a semantic version (1.2.3, 1.2.3-rc.1).
func isSemVer(v string) bool {
	core, _, _ := strings.Cut(v, "+")
	core, _, _ = strings.Cut(core, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
