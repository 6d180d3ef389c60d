package defaults_test

import (
	"testing"

	"github.com/jxlint/jxlint/engine/enginetest"
	"github.com/jxlint/jxlint/rules"
)

// TestFixtures runs the built-in rules over the hand-written tables of testdata
// and compares the findings with the .want file beside each: a table named
// after a rule shows it firing, `<rule>.ok` tables show look-alikes that must
// stay quiet, and clean.txt must give nothing at all.
func TestFixtures(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	enginetest.Run(t, "testdata", set)
}
