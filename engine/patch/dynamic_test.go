package patch

import (
	"testing"

	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/table"
)

// other is a struct that no rule meets: its fields are read by expr.
type other struct {
	Name string `expr:"name"`
}

// TestDynamicReads checks reads of fields of values whose type is known only
// when the rule runs: list elements given as maps, model objects by pointer
// and by value, a helper's match, a struct of no model type, a missing key
// and a nil pointer; and that reads of maps and model objects allocate nothing.
func TestDynamicReads(t *testing.T) {
	in := testProject().Indicators[0]
	p := compile(t, `[finding.name, finding.level1.name, finding.word]`, nil)
	for _, c := range []struct {
		finding any
		want    []any
	}{
		{map[string]any{"name": "甲", "level1": map[string]any{"name": "产出指标"}, "word": "x"}, []any{"甲", "产出指标", "x"}},
		{map[string]any{"level1": in.Level1}, []any{nil, "产出指标", nil}},
		{map[string]any{"level1": &in.Level1, "name": 3, "word": nil}, []any{3, "产出指标", nil}},
		{funcs.Match{Word: "正产", Fix: "正常"}, nil}, // a match has no name
	} {
		out, err := vm.Run(p, &testEnv{Finding: c.finding})
		if c.want == nil {
			if err == nil {
				t.Errorf("%v: no error", c.finding)
			}
			continue
		}
		if err != nil || !equalAny(out.([]any), c.want) {
			t.Errorf("%v: got %v, %v; want %v", c.finding, out, err, c.want)
		}
	}

	name := compile(t, `finding.name`, nil)
	var nilIndicator *table.Indicator
	for _, c := range []struct {
		finding any
		want    any
		err     string
	}{
		{in, "项目完成情况", ""},
		{*in, "项目完成情况", ""},
		{other{Name: "乙"}, "乙", ""},
		{nilIndicator, nil, "cannot fetch name from *table.Indicator (1:9)\n | finding.name\n | ........^"},
		{nil, nil, "cannot fetch name from <nil> (1:9)\n | finding.name\n | ........^"},
	} {
		out, err := vm.Run(name, &testEnv{Finding: c.finding})
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%#v: error %v, want %q", c.finding, err, c.err)
			}
		} else if err != nil || out != c.want {
			t.Errorf("%#v: got %v, %v; want %v", c.finding, out, err, c.want)
		}
	}

	var machine vm.VM
	for _, f := range []any{in, map[string]any{"name": "甲"}} {
		env := &testEnv{Finding: f}
		if n := testing.AllocsPerRun(100, func() { _, _ = machine.Run(name, env) }); n != 0 {
			t.Errorf("%T: %v allocations per run, want 0", f, n)
		}
	}
}
