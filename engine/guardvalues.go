package engine

import (
	"reflect"
	"unicode/utf8"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// addrFn gives the address of a field, or nil when its object is not set.
type addrFn func(env *Env) unsafe.Pointer

// field returns where the field that n reads lies and its type: a read of a
// field of an object of Env, or of a struct that is itself such a field or the
// element of a predicate.
func (g *guardBuilder) field(n ast.Node) (addrFn, reflect.Type) {
	switch n := n.(type) {
	case *ast.IdentifierNode:
		if v, ok := g.vars[n.Value]; ok {
			return g.field(v)
		}
	case *ast.CallNode:
		if r, ok := g.info.roots[n]; ok {
			return r.at, r.typ
		}
		m, ok := g.info.members[n]
		if !ok || len(n.Arguments) != 1 {
			return nil, nil
		}
		base := g.structAt(n.Arguments[0], m.of)
		if base == nil {
			return nil, nil
		}
		off := m.off
		return func(env *Env) unsafe.Pointer {
			if b := base(env); b != nil {
				return unsafe.Add(b, off)
			}
			return nil
		}, m.typ
	}
	return nil, nil
}

// addr returns where the field that n reads lies, or nil.
func (g *guardBuilder) addr(n ast.Node) addrFn {
	a, _ := g.field(n)
	return a
}

// structAt returns the address of the struct that n gives, whose type is of:
// a struct or a pointer to one.
func (g *guardBuilder) structAt(n ast.Node, of reflect.Type) addrFn {
	if p, ok := n.(*ast.PointerNode); ok {
		if p.Name != "" || g.elem == nil || g.elem != of {
			return nil
		}
		return func(env *Env) unsafe.Pointer { return env.elem }
	}
	a, t := g.field(n)
	if a == nil || t != of {
		return nil
	}
	if of.Kind() != reflect.Pointer {
		return a
	}
	return func(env *Env) unsafe.Pointer {
		if p := a(env); p != nil {
			return *(*unsafe.Pointer)(p)
		}
		return nil
	}
}

// text evaluates a text: a constant, a field, a text element of a predicate
// or a typed helper's text of a text.
func (g *guardBuilder) text(n ast.Node) textFn {
	switch n := n.(type) {
	case *ast.StringNode:
		v := n.Value
		return func(*Env) (string, bool) { return v, true }
	case *ast.PointerNode:
		if n.Name == "" && g.elem != nil && g.elem.Kind() == reflect.String {
			return func(env *Env) (string, bool) { return *(*string)(env.elem), true }
		}
		return nil
	case *ast.CallNode:
		if c, ok := n.Callee.(*ast.ConstantNode); ok && len(n.Arguments) == 1 {
			if f, ok := g.info.helpers[c].(func(string) string); ok {
				if arg := g.text(n.Arguments[0]); arg != nil {
					return func(env *Env) (string, bool) {
						s, ok := arg(env)
						if !ok {
							return "", false
						}
						return f(s), true
					}
				}
				return nil
			}
		}
	}
	if a, t := g.field(n); a != nil && t.Kind() == reflect.String {
		return fieldValue[string](a)
	}
	return nil
}

// fieldValue returns the reader of the field of type T at a.
func fieldValue[T any](a addrFn) func(env *Env) (T, bool) {
	return func(env *Env) (T, bool) {
		if p := a(env); p != nil {
			return *(*T)(p), true
		}
		var zero T
		return zero, false
	}
}

// number evaluates a number: a constant, a parameter that is one, a number
// field, or the length of a field's list or text. Numbers are compared as
// float64, as expr compares an int with a float64.
func (g *guardBuilder) number(n ast.Node) numFn {
	switch n := n.(type) {
	case *ast.IntegerNode:
		v := float64(n.Value)
		return func(*Env) (float64, bool) { return v, true }
	case *ast.FloatNode:
		v := n.Value
		return func(*Env) (float64, bool) { return v, true }
	case *ast.CallNode:
		switch v := g.info.params[n].(type) {
		case int:
			f := float64(v)
			return func(*Env) (float64, bool) { return f, true }
		case float64:
			return func(*Env) (float64, bool) { return v, true }
		}
	case *ast.BuiltinNode:
		if n.Name != "len" || len(n.Arguments) != 1 {
			return nil
		}
		a, t := g.field(n.Arguments[0])
		switch {
		case a != nil && t.Kind() == reflect.Slice:
			return func(env *Env) (float64, bool) {
				if p := a(env); p != nil {
					return float64(*(*int)(unsafe.Add(p, unsafe.Sizeof(uintptr(0))))), true // the length word of a slice
				}
				return 0, false
			}
		case a != nil && t.Kind() == reflect.String:
			return func(env *Env) (float64, bool) { // the length of a text is its count of characters, as for expr
				if p := a(env); p != nil {
					return float64(utf8.RuneCountInString(*(*string)(p))), true
				}
				return 0, false
			}
		}
		return nil
	}
	a, t := g.field(n)
	switch {
	case a != nil && t.Kind() == reflect.Float64:
		return fieldValue[float64](a)
	case a != nil && t.Kind() == reflect.Int:
		return func(env *Env) (float64, bool) {
			if p := a(env); p != nil {
				return float64(*(*int)(p)), true
			}
			return 0, false
		}
	}
	return nil
}
