package funcs

import (
	"testing"

	"github.com/jxlint/jxlint/table"
)

// TestProjectText checks that every text of a project stands on a line of its
// own, so that a word found in the joined text is in one of them.
func TestProjectText(t *testing.T) {
	p := &table.Project{Name: "项目甲", Goal: "完成建设", Indicators: []*table.Indicator{
		{Name: "完成率", Period: "100%", Annual: "正产运转"},
		{Name: "满意度", Annual: "≥90%"},
	}}
	want := "项目甲\n完成建设\n\n完成率\n100%\n正产运转\n满意度\n\n≥90%\n"
	if got := projectText(p); got != want {
		t.Errorf("projectText(p) = %q, want %q", got, want)
	}
	if got := projectText(*p); got != want {
		t.Errorf("projectText(*p) = %q, want %q", got, want)
	}
	if got := projectText(nil); got != "" {
		t.Errorf("projectText(nil) = %q, want empty", got)
	}
	env := map[string]any{"p": p}
	if got := eval(t, `len(typos(projectText(p)))`, env); got != 1 {
		t.Errorf("typos in the joined text = %v, want 1", got)
	}
}
