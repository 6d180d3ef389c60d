package engine

import (
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine/funcs"
)

// TestCompileErrors checks that every compile error names the rule file, the
// line and column of the mistake itself, and the rule.
func TestCompileErrors(t *testing.T) {
	_, err := New(loadSet(t, "compile-errors.yaml"), Options{})
	if err == nil {
		t.Fatal("New succeeded; want compile errors")
	}
	got := strings.Split(err.Error(), "\n")
	want := []string{
		`testdata/compile-errors.yaml:9:44: rule "block-typo": check: type table.Project has no field amout`,
		`testdata/compile-errors.yaml:15:48: rule "plain-typo": check: type table.Indicator has no field label`,
		`testdata/compile-errors.yaml:21:12: rule "number-result": check: must give true, false, nil or a list of findings, not int`,
		`testdata/compile-errors.yaml:29:24: rule "bad-template": message: type table.Project has no field label`,
		`testdata/compile-errors.yaml: rule "bad-template": message.en: ${ is not closed by }`,
		`testdata/compile-errors.yaml:31:5: rule "bad-at": at: "annaul" is not a field of indicator; expected one of annual, direction, item, kind, level1, level2, measureUnit, name, number, operator, period, weight`,
		`testdata/compile-errors.yaml:42:22: rule "bad-fact": if: "sameValue" is not a fact of indicator; expected one of ` +
			strings.Join(funcs.IndicatorFactNames, ", "),
		`testdata/compile-errors.yaml:49:10: rule "fact-of-unit": if: a rule of scope unit has no facts to test; only document, project and indicator rules have`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
