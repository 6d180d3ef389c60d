// Package funcs holds the Go helper functions that rule expressions call
// (normalize, typos, topics, percent, …), registered with expr with explicit
// signatures and bound to a rule set's dictionaries.
package funcs

import (
	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/rules"
)

// Options returns the expr options that declare every helper function, bound to
// the dictionaries d. Matchers are built once here, not per call.
func Options(d *rules.Dictionaries) []expr.Option {
	_ = d
	return nil
}
