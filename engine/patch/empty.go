package patch

import (
	"reflect"

	"github.com/expr-lang/expr/ast"
)

// emptyPatch rewrites each empty list literal, [], into a constant. expr
// builds a literal list at every run, and boxing even an empty one allocates;
// rules give [] for every object without findings (cond ? [...] : []). An
// empty list cannot be changed, so one value serves every run.
type emptyPatch struct{}

// emptyList is the value of every [] of a rule.
var emptyList = []any{}

// Visit replaces node when it is an empty list literal.
func (emptyPatch) Visit(node *ast.Node) {
	a, ok := (*node).(*ast.ArrayNode)
	if !ok || len(a.Nodes) != 0 {
		return
	}
	c := &ast.ConstantNode{Value: emptyList}
	c.SetType(reflect.TypeOf(emptyList))
	ast.Patch(node, c)
	c.SetLocation(a.Location())
}
