package patch

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr"
)

// TestParamConstants checks that params.x gives the rule's parameter after
// paramPatch, without the map, and that its type stays unknown until run time:
// a parameter of the wrong type fails when the rule runs, as before.
func TestParamConstants(t *testing.T) {
	params := map[string]any{"min": 3, "list": []any{"a", "b"}, "text": "x"}
	for src, want := range map[string]any{
		`params.min > 2`:        true,
		`params["min"] + 1`:     4,
		`"b" in params.list`:    true,
		`params.missing == nil`: true,
	} {
		p := compile(t, src, params)
		if strings.Contains(p.Disassemble(), "OpFetch") {
			t.Errorf("%s still looks the parameter up:\n%s", src, p.Disassemble())
		}
		got, err := expr.Run(p, newEnv()) // Params is nil: the value is the constant's
		if err != nil || got != want {
			t.Errorf("%s = %v, %v; want %v", src, got, err, want)
		}
	}
	p := compile(t, `len("ab") < params.text`, params)
	if _, err := expr.Run(p, newEnv()); err == nil {
		t.Error("comparing a number with a text parameter did not fail")
	}
}
