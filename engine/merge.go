package engine

import (
	"errors"
	"reflect"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/rules"
)

// A rule with a filter runs as one program, (when) == true ? (check) : nil, so
// that each object costs one run of the VM instead of two. The parts are glued
// with line breaks, so that a run-time error's line tells which part failed.
const (
	mergeOpen  = "("
	mergeThen  = "\n) == true ? ("
	mergeClose = "\n) : nil"
)

// mergeThenCol is the width in runes of the glue before the check on its first line.
var mergeThenCol = len(") == true ? (")

// merged is a rule's when and check compiled into one program.
type merged struct {
	prog      *vm.Program
	whenLines int // lines of the when expression
}

// mergeRule compiles the when and check of r into one program. It returns nil,
// and the rule keeps its two programs, when the when is not known to give a
// bool before it runs (its run-time type is then checked apart) or when the
// glued source does not compile.
func mergeRule(r *rules.Rule, when *vm.Program, exprOpts []expr.Option) *merged {
	if when == nil {
		return nil
	}
	if t := when.Node().Type(); t == nil || t.Kind() != reflect.Bool {
		return nil
	}
	p, err := expr.Compile(mergeOpen+r.When+mergeThen+r.Check+mergeClose, exprOpts...)
	if err != nil {
		return nil
	}
	return &merged{prog: p, whenLines: strings.Count(r.When, "\n") + 1}
}

// split tells which part of the merged program a run-time error came from and
// returns the error with its line and column inside that part.
func (m *merged) split(r *rules.Rule, err error) (what, src string, start rules.Pos, out error) {
	var fe *file.Error
	if !errors.As(err, &fe) {
		return "check", r.Check, r.CheckPos, err
	}
	e := *fe
	if e.Line <= m.whenLines {
		if e.Line == 1 {
			e.Column = max(e.Column-len(mergeOpen), 0)
		}
		return "when", r.When, r.WhenPos, &e
	}
	e.Line -= m.whenLines
	if e.Line == 1 {
		e.Column = max(e.Column-mergeThenCol, 0)
	}
	return "check", r.Check, r.CheckPos, &e
}
