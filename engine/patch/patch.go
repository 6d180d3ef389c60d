// Package patch rewrites compiled expr programs so that they read fields,
// parameters and helpers directly instead of through expr's reflection: a
// read of indicator.name becomes a call of a reader of the field at its
// offset, params.min the parameter's value, normalize(x) a call of the
// helper itself. The rewritten program gives the same results, and the same
// errors, as expr gives for the program as written; it allocates less and
// runs faster. The engine compiles every rule with these rewrites unless it
// is asked for plain programs, which the tests compare them with. One error
// is said better: a read of a field of a nil pointer (document.total.total
// in a table without a 合计 row) fails as "cannot get total from nil" at
// that field, where expr names the field before it ("from total") at the
// start of the chain, or, through a variable, gives reflect's own words.
//
// Reads of Go's runtime layouts (the two words of an interface value) are
// confined to layout.go, whose test fails when a Go release changes them.
package patch

import (
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/conf"
)

// Args is the argument list that a rewritten call of an expr function
// passes its argument in. The environment struct holds one, in a field of
// this type, so that each worker's calls share its own list.
type Args [1]any

// Patches are the rewrites for programs compiled against one environment.
type Patches struct {
	env    *environment
	params *paramPatch
	opts   []expr.Option
}

// New returns the rewrites for programs compiled against env, a struct whose
// pointer is given to each run (vm.Run(p, &env)), with the expr options opts
// that declare its functions. typed is a struct of helpers of expr names
// (funcs.Typed): a call of one becomes a call of the helper itself.
func New(env reflect.Type, typed any, opts []expr.Option) *Patches {
	c := conf.CreateNew()
	for _, o := range opts {
		o(c)
	}
	var results []reflect.Type // of the helpers, whose fields rules read too
	for _, f := range c.Functions {
		for _, t := range f.Types {
			if t.NumOut() > 0 {
				results = append(results, t.Out(0))
			}
		}
	}
	tt := reflect.TypeOf(typed)
	for i := range tt.NumField() {
		if f := tt.Field(i).Type; f.Kind() == reflect.Func && f.NumOut() > 0 {
			results = append(results, f.Out(0))
		}
	}
	e := newEnvironment(env, results...)
	p := &Patches{env: e, params: &paramPatch{}}
	p.opts = []expr.Option{expr.Patch(p.params), expr.Patch(&fieldPatch{env: e}), expr.Patch(newEnvPatch(e, typed)),
		expr.Patch(inPatch{}), expr.Patch(emptyPatch{}), expr.Patch(newCallPatch(e, c))}
	return p
}

// Options returns the expr options that apply the rewrites; they come after
// the options that declare the environment and its functions.
func (p *Patches) Options() []expr.Option { return p.opts }

// SetParams sets the parameters of the rule that is compiled next, which
// its reads of params.x are rewritten into.
func (p *Patches) SetParams(params map[string]any) { p.params.params = params }
