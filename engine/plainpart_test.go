package engine

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// TestParsePlainPart checks which ${…} parts are plain member paths.
func TestParsePlainPart(t *testing.T) {
	for code, want := range map[string][]string{
		"indicator.name":           {"indicator", "name"},
		" finding.word ":           {"finding", "word"},
		"finding.project.name":     {"finding", "project", "name"},
		"params.total":             {"params", "total"},
		"finding.level_2":          {"finding", "level_2"},
		"finding":                  nil,
		"document.title":           nil,
		"projectFacts.copiedFrom":  {"projectFacts", "copiedFrom"},
		"facts.copied.name":        nil,
		"finding.2x":               nil,
		"finding..word":            nil,
		"finding.word ?? 1":        nil,
		"finding?.word":            nil,
		"finding[\"word\"]":        nil,
		"len(finding.list)":        nil,
		"finding.word.":            nil,
		"finding. word":            nil,
		"unit.name + project.name": nil,
	} {
		p := parsePlainPart(code)
		var got []string
		if p != nil {
			got = append([]string{p.root}, p.keys...)
		}
		if !slices.Equal(got, want) {
			t.Errorf("parsePlainPart(%q) = %q; want %q", code, got, want)
		}
	}
}

// TestPlainPartsAsVM renders a message of plain parts with and without their
// plain reads, in both languages, over findings and objects of every kind the
// reads know and some they decline: the messages and errors are the same.
func TestPlainPartsAsVM(t *testing.T) {
	msg := "${finding.word}|${finding.value}|${finding.list}|${finding.none}|${finding.missing}|" +
		"${finding.project.name}|${finding.indicator.name}|${finding.indicator.number}|${finding.unit.name}|" +
		"${finding.nested.word}|${finding.project.code}|${params.total}|${params.missing}|" +
		"${unit.name}|${project.name}|${indicator.name}|${indicator.number}|" +
		"${projectFacts.copiedFrom.name}|${projectFacts.copiedFrom.spans.name.line}|${projectFacts.copied}"
	set := setFrom(t, "plain.yaml", []byte(fmt.Sprintf(`rules:
  - id: plain
    title: plain
    severity: warning
    scope: indicator
    params: {total: 100}
    check: "true"
    message:
      zh: %[1]q
      en: %[1]q
`, msg)))
	unit := &table.Unit{Name: "单位甲"}
	project := &table.Project{Name: "项目乙"}
	ind := &table.Indicator{Number: "3", Name: "指标丙"}
	findings := []any{
		nil, "text", 3,
		map[string]any{},
		map[string]any{"word": "正产", "value": dec("90.50"), "list": []any{"a", 2, dec("1.0")}, "none": nil,
			"project": project, "indicator": ind, "unit": unit, "nested": map[string]any{"word": "内"}},
		map[string]any{"project": (*table.Project)(nil), "indicator": (*table.Indicator)(nil), "unit": (*table.Unit)(nil),
			"nested": nil, "word": []string{"x", "y"}, "value": 1.5},
		map[string]any{"project": "名", "indicator": 7, "nested": map[string]any{}, "word": true},
	}
	plainParts, written := 0, 0
	for _, lang := range []string{"zh", "en"} {
		l := mustLinter(t, set, lang)
		fast := l.rules[0].message
		slow := template{parts: slices.Clone(fast.parts)}
		for i := range slow.parts {
			if fast.parts[i].plain != nil {
				plainParts++
			}
			slow.parts[i].plain = nil
		}
		w := l.Worker()
		for _, objects := range [][4]bool{{true, true, true, true}, {false, false, false, false}, {true, false, true, false}, {true, true, false, true}} {
			for _, f := range findings {
				env := Env{Typed: l.typed, Params: l.rules[0].rule.Params, Finding: f}
				if objects[0] {
					env.Unit = unit
				}
				if objects[1] {
					env.Project = project
				}
				if objects[2] {
					env.Indicator = ind
				}
				if objects[3] {
					env.PFacts = &funcs.ProjectFacts{CopiedFrom: project, Copied: true}
				} else if objects[0] {
					env.PFacts = &funcs.ProjectFacts{}
				}
				for i := range fast.parts { // a part at a time, so that one's error does not hide the next
					var a, b bytes.Buffer
					one, oneVM := template{parts: fast.parts[i : i+1]}, template{parts: slow.parts[i : i+1]}
					errA := one.render(&a, &w.vm, &env, lang)
					errB := oneVM.render(&b, &w.vm, &env, lang)
					if fast.parts[i].plain != nil && errA == nil && a.Len() > 0 {
						written++
					}
					if a.String() != b.String() || fmt.Sprint(errA) != fmt.Sprint(errB) {
						t.Errorf("%s, part %d, finding %#v, objects %v:\nplain %q (%v)\nVM    %q (%v)", lang, i, f, objects, a.String(), errA, b.String(), errB)
					}
				}
			}
		}
	}
	if plainParts != 2*20 {
		t.Errorf("%d plain parts; want %d", plainParts, 2*20)
	}
	if written < 200 {
		t.Errorf("only %d plain parts written", written)
	}
}

// TestBuiltinMessagesHavePlainParts checks that the built-in messages' plain
// member paths are read as such, in both languages, so that the tests that
// lint with and without the plain reads (package patch) exercise them.
func TestBuiltinMessagesHavePlainParts(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		n := 0
		for _, c := range mustLinter(t, set, lang).rules {
			for _, p := range c.message.parts {
				if p.plain != nil {
					n++
				}
			}
		}
		if n < 40 {
			t.Errorf("%s: %d plain parts in the built-in messages; want at least 40", lang, n)
		}
	}
}
