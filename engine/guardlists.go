package engine

import (
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// quantifier evaluates any, all and none over the list of a field, whose
// elements are texts, structs or pointers to structs, or over a parameter that
// is a list of texts, with a predicate that
// the guard can evaluate; the predicate is tested on the elements in order, as
// expr does, so an element it cannot tell about ends the evaluation unknown.
// Predicates are not nested.
func (g *guardBuilder) quantifier(n *ast.BuiltinNode) boolFn {
	if n.Name != "any" && n.Name != "all" && n.Name != "none" || len(n.Arguments) != 2 || g.elem != nil {
		return nil
	}
	pred, ok := n.Arguments[1].(*ast.PredicateNode)
	if !ok {
		return nil
	}
	list, t := g.field(n.Arguments[0])
	if list == nil {
		list, t = g.constantList(n.Arguments[0])
	}
	if list == nil || t.Kind() != reflect.Slice {
		return nil
	}
	elem := t.Elem()
	switch {
	case elem.Kind() == reflect.String, elem.Kind() == reflect.Struct,
		elem.Kind() == reflect.Pointer && elem.Elem().Kind() == reflect.Struct:
	default:
		return nil
	}
	g.elem = elem
	test := g.boolean(pred.Node)
	g.elem = nil
	if test == nil {
		return nil
	}
	byPointer, size := elem.Kind() == reflect.Pointer, elem.Size()
	// stop is the predicate's value at which the quantifier is decided, and
	// decided the quantifier's value then.
	stop, decided := true, true
	switch n.Name {
	case "all":
		stop, decided = false, false
	case "none":
		decided = false
	}
	return func(env *Env) (bool, bool) {
		p := list(env)
		if p == nil {
			return false, false
		}
		base, count := *(*unsafe.Pointer)(p), *(*int)(unsafe.Add(p, unsafe.Sizeof(uintptr(0))))
		value, known := !decided, true
		for i := range count {
			e := unsafe.Add(base, uintptr(i)*size)
			if byPointer {
				if e = *(*unsafe.Pointer)(e); e == nil {
					value, known = false, false
					break
				}
			}
			env.elem = e
			v, ok := test(env)
			if !ok || v == stop {
				value, known = decided && ok, ok
				break
			}
		}
		env.elem = nil
		return value, known
	}
}

// constantList returns a parameter that is a list of texts as a field holding
// a []string, so that quantifiers go through it as through a field's list.
func (g *guardBuilder) constantList(n ast.Node) (addrFn, reflect.Type) {
	c, ok := n.(*ast.CallNode)
	if !ok {
		return nil, nil
	}
	var texts []string
	switch v := g.info.params[c].(type) {
	case []string:
		texts = v
	case []any:
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, nil
			}
			texts = append(texts, s)
		}
	default:
		return nil, nil
	}
	holder := &texts
	return func(*Env) unsafe.Pointer { return unsafe.Pointer(holder) }, stringsType
}
