package patch

import (
	"reflect"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/conf"
)

// callPatch rewrites each call of a helper declared as an expr function with
// one argument, such as dsum(list) or categories(project), into a direct call
// of a wrapper that is given the environment too. expr gives such a function
// its arguments in a list that it allocates at every run of a rule that calls
// one; the wrapper passes the argument in the environment's Args instead. A function's calls are never nested inside one another's, since
// arguments are found before the call, so one list serves them all.
type callPatch struct {
	env *environment
	fns map[string]func(...any) (any, error) // the expr functions, by name
}

// newCallPatch returns the patch for the functions that c declares, in the
// environment e; it rewrites nothing when e holds no Args.
func newCallPatch(e *environment, c *conf.Config) *callPatch {
	p := &callPatch{env: e, fns: map[string]func(...any) (any, error){}}
	if !e.hasArgs {
		return p
	}
	for name, f := range c.Functions {
		if f.Func != nil && f.Safe == nil && f.Fast == nil {
			p.fns[name] = f.Func
		}
	}
	return p
}

// Visit replaces node when it calls an expr function with one argument.
func (p *callPatch) Visit(node *ast.Node) {
	call, ok := (*node).(*ast.CallNode)
	if !ok || len(call.Arguments) != 1 {
		return
	}
	id, ok := call.Callee.(*ast.IdentifierNode)
	if !ok {
		return
	}
	fn, ok := p.fns[id.Value]
	if !ok {
		return
	}
	w := p.env.withArgs(fn)
	callee := &ast.ConstantNode{Value: w}
	callee.SetType(reflect.TypeOf(w)) // see fieldPatch.Visit
	callee.SetLocation(id.Location())
	call.Callee = callee
	call.Arguments = []ast.Node{&ast.IdentifierNode{Value: "$env"}, call.Arguments[0]}
}

// withArgs returns fn called with its one argument in the Args of the
// environment env. A failure of fn is raised as expr raises it, and becomes
// the rule's error at the place of the call.
func (e *environment) withArgs(fn func(...any) (any, error)) func(env, arg any) any {
	return func(env, arg any) any {
		args := (*Args)(e.field(env, e.args))
		args[0] = arg
		out, err := fn(args[:]...)
		args[0] = nil
		if err != nil {
			panic(err)
		}
		return out
	}
}
