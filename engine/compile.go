package engine

import (
	"encoding/json"
	"errors"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
)

// programs compiles the expressions of rules with the options of New.
type programs struct {
	opts  []expr.Option // with the rewrites of engine/patch, unless Options.Plain
	plain []expr.Option // without them
}

// compile compiles src. A program that expr's optimizer cannot take once
// rewritten is compiled as written: to combine any(x, p) || any(x, q) into
// one call, the optimizer prints both lists to compare them, and a rewritten
// read (a call of a Go function held as a constant) cannot be printed. Such a
// program runs as expr runs it, with the same results, a little slower.
func (ps programs) compile(src string) (*vm.Program, error) {
	p, err, unprintable := tryCompile(src, ps.opts)
	if unprintable {
		p, err, _ = tryCompile(src, ps.plain)
	}
	return p, err
}

// tryCompile compiles src with opts; unprintable reports that expr's
// optimizer could not print a node (see programs.compile). Any other panic
// goes on.
func tryCompile(src string, opts []expr.Option) (p *vm.Program, err error, unprintable bool) {
	defer func() {
		if r := recover(); r != nil {
			var ue *json.UnsupportedTypeError
			if e, ok := r.(error); !ok || !errors.As(e, &ue) {
				panic(r)
			}
			p, err, unprintable = nil, nil, true
		}
	}()
	p, err = expr.Compile(src, opts...)
	return p, err, false
}
