package patch

import (
	"reflect"
	"slices"

	"github.com/expr-lang/expr/ast"
)

// inPatch rewrites `text in list`, where list is a []string, into a call of
// containsText: expr looks through a list by reflection, boxing each element
// in a new allocation, and project rules look for topics and categories in
// such lists.
type inPatch struct{}

// stringsType and stringType are the types inPatch looks for.
var (
	stringsType = reflect.TypeFor[[]string]()
	stringType  = reflect.TypeFor[string]()
)

// containsText is `text in list` for a list of texts; a value that is not
// a text is in no such list, as for expr.
func containsText(text, list any) bool {
	s, ok := text.(string)
	l, _ := list.([]string)
	return ok && slices.Contains(l, s)
}

// Visit replaces node when it is `text in list` with list a []string.
func (inPatch) Visit(node *ast.Node) {
	b, ok := (*node).(*ast.BinaryNode)
	if !ok || b.Operator != "in" || b.Right.Type() != stringsType || b.Left.Type() != stringType {
		return
	}
	callee := &ast.ConstantNode{Value: containsText}
	callee.SetType(reflect.TypeOf(containsText)) // see fieldPatch.Visit
	ast.Patch(node, &ast.CallNode{Callee: callee, Arguments: []ast.Node{b.Left, b.Right}})
}
