package patch

import (
	"reflect"

	"github.com/expr-lang/expr/ast"
)

// paramPatch rewrites each read of a rule's parameter, params.x, into a call
// of a constant function that gives the parameter's value: a rule's params
// are fixed once its set is loaded, and expr would otherwise look each one up
// in the map by reflection on every run. The call gives any, as the map read
// does, so the rule is checked with the same types as before.
type paramPatch struct {
	params map[string]any // of the rule being compiled
}

// paramsType is the type of Env.Params.
var paramsType = reflect.TypeFor[map[string]any]()

// Visit replaces node when it reads a parameter of the rule: params.x or params["x"].
func (pp *paramPatch) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok || m.Optional || m.Method {
		return
	}
	id, ok := m.Node.(*ast.IdentifierNode)
	p, isName := m.Property.(*ast.StringNode)
	if !ok || !isName || id.Value != "params" || id.Type() != paramsType {
		return // not the environment's params, or a variable of the same name
	}
	v := pp.params[p.Value]
	get := func() any { return v }
	callee := &ast.ConstantNode{Value: get}
	callee.SetType(reflect.TypeOf(get)) // see fieldPatch.Visit
	call := &ast.CallNode{Callee: callee}
	call.SetNature(*m.Nature())
	ast.Patch(node, call)
	call.SetLocation(m.Location())
}
