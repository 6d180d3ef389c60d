package patch

import (
	"reflect"

	"github.com/expr-lang/expr/ast"
)

// flattenPatch rewrites `flatten(list)`, where every element of list is
// known to be a slice of pointers to structs, such as
// flatten(map(document.units, .projects)), into a call of flattenPointers.
// expr's flatten copies each struct a pointer points to into a new
// allocation; flattenPointers keeps the pointers. Other calls of flatten are
// left to expr.
type flattenPatch struct{}

// flattenPointers is flatten for a list of slices of pointers: the pointers
// of each slice in order, as expr's flatten gives the structs. A nil element
// of list stays nil, as for expr.
func flattenPointers(list any) []any {
	v := reflect.ValueOf(list)
	n := 0
	for i := range v.Len() {
		if e := slot(v, i); e.IsValid() {
			n += e.Len()
		} else {
			n++ // a nil element
		}
	}
	out := make([]any, 0, n)
	for i := range v.Len() {
		e := slot(v, i)
		if !e.IsValid() {
			out = append(out, nil)
			continue
		}
		for j := range e.Len() {
			out = append(out, e.Index(j).Interface())
		}
	}
	return out
}

// slot is the slice at index i of list, unwrapped from its interface; the
// zero Value when the element is nil.
func slot(list reflect.Value, i int) reflect.Value {
	e := list.Index(i)
	if e.Kind() == reflect.Interface {
		return e.Elem()
	}
	return e
}

// Visit replaces node when it is flatten of a list of slices of pointers to structs.
func (flattenPatch) Visit(node *ast.Node) {
	b, ok := (*node).(*ast.BuiltinNode)
	if !ok || b.Name != "flatten" || len(b.Arguments) != 1 || !pointerSlices(b.Arguments[0]) {
		return
	}
	callee := &ast.ConstantNode{Value: flattenPointers}
	callee.SetType(reflect.TypeOf(flattenPointers)) // see fieldPatch.Visit
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{b.Arguments[0]}}
	call.SetNature(*b.Nature()) // []any, as expr's flatten: the rule is checked as before
	ast.Patch(node, call)
	call.SetLocation(b.Location())
}

// pointerSlices reports whether list is statically a list whose elements are
// slices of pointers to structs: a [][]*T, or the []any that map gives when
// its predicate gives a []*T.
func pointerSlices(list ast.Node) bool {
	n := list.Nature()
	if n == nil || n.Type == nil || n.Type.Kind() != reflect.Slice {
		return false
	}
	elem := n.Type.Elem()
	if n.Ref != nil {
		elem = n.Ref.Type
	}
	return elem != nil && elem.Kind() == reflect.Slice &&
		elem.Elem().Kind() == reflect.Pointer && elem.Elem().Elem().Kind() == reflect.Struct
}
