package patch

import (
	"testing"

	"github.com/expr-lang/expr"
)

// TestInTextList checks `x in list` for lists of texts as rules write it,
// after inPatch: found, not found, an empty list and a value that is no text.
func TestInTextList(t *testing.T) {
	for src, want := range map[string]bool{
		`trim(" a ") in split("a,b", ",")`: true,
		`"c" in split("a,b", ",")`:         false,
		`"c" not in split("a,b", ",")`:     true,
		`"" in split("", ",")`:             true,
	} {
		got, err := expr.Run(compile(t, src, nil), newEnv())
		if err != nil || got != want {
			t.Errorf("%s = %v, %v; want %v", src, got, err, want)
		}
	}
	if containsText(1, []string{"1"}) || containsText(nil, []string{""}) || !containsText("b", []string{"a", "b"}) {
		t.Error("containsText finds a value that is no text, or misses a text")
	}
}
