package engine

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders findings one per line as a user would check them: place,
// rule, logical place, field, flagged text, message and fix.
func describe(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d-%d:%d %s %s/%s/%s %s %q %s", f.Span.Line, f.Span.Column, f.Span.EndLine, f.Span.EndColumn,
			f.RuleID, f.Unit, f.Project, f.Indicator, f.Field, f.Text, f.Message)
		if f.Fix != nil {
			fmt.Fprintf(&b, " fix %d:%d-%d:%d %q (%s)", f.Fix.Span.Line, f.Fix.Span.Column, f.Fix.Span.EndLine, f.Fix.Span.EndColumn,
				f.Fix.Replacement, f.Fix.Description)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestLint runs rules of every result kind over the test table.
func TestLint(t *testing.T) {
	l := mustLinter(t, loadSet(t, "lint.yaml"), "zh")
	res := l.Worker().Lint(testDoc("t.txt"))
	want := `1:1-1:10 title-span //  "" 标题为「项目支出绩效目标表」
4:20-4:25 total-cell // total.fiscal "90.50" 财政拨款合计 90.50 超过 90
5:10-5:16 unit-span-text 区科技局//  "151.50" 单位「区科技局」 fix 5:10-5:16 "0" (将「151.50」改为「0」)
5:10-5:16 unit-sum 区科技局// amounts.total "151.50" 单位合计 151.50 与项目之和 150.50 不符
6:1-6:4 goal-strings 区科技局/项目甲/ name "项目甲" 目标：完成项目建设
6:50-6:56 no-satisfaction 区科技局/项目甲/ goal "完成项目建设" 项目「项目甲」缺少满意度指标
6:90-6:92 typo-range 区科技局/项目甲/1 annual "正产" 「正产」应为「正常」 fix 6:90-6:92 "正常" (将「正产」改为「正常」)
6:115-6:118 same-values 区科技局/项目甲/2 period "95%" 指标「群众满意」两值相同
7:1-7:4 goal-strings 区科技局/项目乙/ name "项目乙" 目标：保障运转
7:50-7:54 no-satisfaction 区科技局/项目乙/ goal "保障运转" 项目「项目乙」缺少满意度指标
`
	if got := describe(res.Findings); got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	if res.Projects != 2 || res.Indicators != 2 {
		t.Errorf("counted %d projects, %d indicators; want 2, 2", res.Projects, res.Indicators)
	}
	if len(res.RuleErrors) != 1 {
		t.Fatalf("rule errors = %v; want one, from first-indicator", res.RuleErrors)
	}
	re := res.RuleErrors[0]
	if got, want := re.Err.Error(), `testdata/lint.yaml:54:30: rule "first-indicator": check: index out of range: 0 (array length is 0)`; got != want {
		t.Errorf("rule error = %s\nwant %s", got, want)
	}
	if re.Span != span(7, 1, 3) {
		t.Errorf("rule error span = %+v; want project 乙's name", re.Span)
	}
}

// TestFixDescriptionQuotes compares the English fix descriptions with Go's %q
// quoting, which they are written with, and the Chinese ones with their plain
// form; each is appended after what the buffer already holds.
func TestFixDescriptionQuotes(t *testing.T) {
	desc := func(old, repl, lang string) string {
		return strings.TrimPrefix(string(appendFixDescription([]byte("前"), old, repl, lang)), "前")
	}
	for _, s := range []string{"正产", `a"b\c`, "tab\there", "\x00\xff", "🙂"} {
		if got, want := desc(s, "", "en"), fmt.Sprintf("Delete %q", s); got != want {
			t.Errorf("appendFixDescription(%q, \"\") = %s; want %s", s, got, want)
		}
		if got, want := desc(s, s+"x", "en"), fmt.Sprintf("Replace %q with %q", s, s+"x"); got != want {
			t.Errorf("appendFixDescription(%q, …) = %s; want %s", s, got, want)
		}
		if got, want := desc(s, "", "zh"), "删除「"+s+"」"; got != want {
			t.Errorf("appendFixDescription(%q, \"\", zh) = %s; want %s", s, got, want)
		}
		if got, want := desc(s, s+"x", "zh"), "将「"+s+"」改为「"+s+"x」"; got != want {
			t.Errorf("appendFixDescription(%q, …, zh) = %s; want %s", s, got, want)
		}
	}
}
