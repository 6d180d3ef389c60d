package engine

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// FuzzGuards lints tables made from the rule fixtures by the fuzzer with the
// default rules, with and without guards: the results are the same.
func FuzzGuards(f *testing.F) {
	fixtures, _ := filepath.Glob("../rules/default/testdata/*.txt")
	for _, path := range fixtures {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	set, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	guarded, err := New(set, Options{})
	if err != nil {
		f.Fatal(err)
	}
	plain, err := New(set, Options{})
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range plain.rules {
		c.guard = nil
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := table.Read("f.txt", data)
		if err != nil {
			return
		}
		a, b := guarded.Worker().Lint(doc), plain.Worker().Lint(doc)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("guarded and plain results differ:\n%s\nvs\n%s", describe(a.Findings), describe(b.Findings))
		}
	})
}
