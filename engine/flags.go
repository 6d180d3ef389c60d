package engine

import (
	"fmt"
	"reflect"

	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/engine/funcs"
)

// factsType is the type of Env.Facts.
var factsType = reflect.TypeFor[*funcs.IndicatorFacts]()

// flagReaders holds, for each yes-or-no fact as funcs.FlagIndex numbers them,
// the function that reads it from the environment: the fact of the current
// indicator, or the error expr gives for facts.x when there is none.
var flagReaders = func() []func(any) bool {
	var out []func(any) bool
	for i := 0; ; i++ {
		name := funcs.FlagName(i)
		if name == "" {
			return out
		}
		out = append(out, func(env any) bool {
			f := env.(*Env).Facts
			if f == nil {
				panic(fmt.Sprintf("cannot get %s from facts", name))
			}
			return f.Flag(i)
		})
	}
}()

// flagPatch rewrites each read of a yes-or-no fact, facts.x, into a call of
// x's reader with the environment ($env). expr reads a field through
// reflection and boxes a bool in a new allocation, and most indicator rules
// read several such facts; the call is a constant function of a signature expr
// calls directly, so it costs neither.
type flagPatch struct{}

// Visit replaces node when it reads a yes-or-no fact.
func (flagPatch) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok || m.Optional || m.Node.Type() != factsType {
		return
	}
	id, ok := m.Node.(*ast.IdentifierNode)
	p, isName := m.Property.(*ast.StringNode)
	if !ok || id.Value != "facts" || !isName {
		return
	}
	i, ok := funcs.FlagIndex(p.Value)
	if !ok {
		return
	}
	call := &ast.CallNode{
		Callee:    &ast.ConstantNode{Value: flagReaders[i]},
		Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}},
	}
	ast.Patch(node, call)
	call.SetLocation(id.Location()) // where expr places a failed read of facts.x
}

// readsFlag reports whether n is a call flagPatch wrote.
func readsFlag(n ast.Node) bool {
	c, ok := n.(*ast.CallNode)
	if !ok {
		return false
	}
	k, ok := c.Callee.(*ast.ConstantNode)
	if !ok {
		return false
	}
	_, ok = k.Value.(func(any) bool)
	return ok
}
