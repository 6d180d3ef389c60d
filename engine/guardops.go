package engine

import (
	"maps"
	"reflect"
	"slices"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// boolCall evaluates a call that gives a yes-or-no: a field read, a typed
// helper of a text, or `text in list` as inPatch wrote it.
func (g *guardBuilder) boolCall(n *ast.CallNode) boolFn {
	if a, t := g.field(n); a != nil {
		if t.Kind() != reflect.Bool {
			return nil
		}
		return fieldValue[bool](a)
	}
	c, ok := n.Callee.(*ast.ConstantNode)
	if !ok {
		return nil
	}
	if f, ok := g.info.helpers[c].(func(string) bool); ok && len(n.Arguments) == 1 {
		if arg := g.text(n.Arguments[0]); arg != nil {
			return func(env *Env) (bool, bool) {
				s, ok := arg(env)
				return ok && f(s), ok
			}
		}
		return nil
	}
	if isFunc(c.Value, containsText) && len(n.Arguments) == 2 {
		return g.textIn(n.Arguments[0], n.Arguments[1])
	}
	return nil
}

// textIn evaluates `text in list` for a field's list of texts.
func (g *guardBuilder) textIn(text, list ast.Node) boolFn {
	s := g.text(text)
	a, t := g.field(list)
	if s == nil || a == nil || t != stringsType {
		return nil
	}
	return func(env *Env) (bool, bool) {
		v, ok := s(env)
		p := a(env)
		if !ok || p == nil {
			return false, false
		}
		return slices.Contains(*(*[]string)(p), v), true
	}
}

// isFunc reports whether v is the function f.
func isFunc(v, f any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Func && rv.Pointer() == reflect.ValueOf(f).Pointer()
}

// binary evaluates &&, ||, comparisons and `text in list`, for a field's
// list of texts or constant texts.
func (g *guardBuilder) binary(n *ast.BinaryNode) boolFn {
	switch n.Operator {
	case "&&", "and", "||", "or":
		l, r := g.boolean(n.Left), g.boolean(n.Right)
		if l == nil {
			return nil
		}
		if r == nil {
			r = func(*Env) (bool, bool) { return false, false }
		}
		stop := n.Operator == "||" || n.Operator == "or" // the left value that decides
		return func(env *Env) (bool, bool) {
			v, ok := l(env)
			if !ok || v == stop {
				return v, ok
			}
			return r(env)
		}
	case "==", "!=":
		eq := g.equal(n.Left, n.Right)
		if eq == nil {
			return nil
		}
		if n.Operator == "==" {
			return eq
		}
		return func(env *Env) (bool, bool) {
			v, ok := eq(env)
			return !v, ok
		}
	case "<", ">", "<=", ">=":
		return g.order(n.Operator, n.Left, n.Right)
	case "in":
		if in := g.textIn(n.Left, n.Right); in != nil {
			return in
		}
		l := g.text(n.Left)
		set, ok := constantTexts(n.Right)
		if l == nil || !ok {
			return nil
		}
		list := slices.Sorted(maps.Keys(set)) // a few texts: faster to compare than to hash
		return func(env *Env) (bool, bool) {
			s, ok := l(env)
			return ok && slices.Contains(list, s), ok
		}
	}
	return nil
}

// order evaluates a comparison of numbers.
func (g *guardBuilder) order(op string, a, b ast.Node) boolFn {
	l, r := g.number(a), g.number(b)
	if l == nil || r == nil {
		return nil
	}
	return func(env *Env) (bool, bool) {
		x, ok := l(env)
		y, ok2 := r(env)
		if !ok || !ok2 {
			return false, false
		}
		switch op {
		case "<":
			return x < y, true
		case ">":
			return x > y, true
		case "<=":
			return x <= y, true
		}
		return x >= y, true
	}
}

// equal evaluates a == b for texts, yes-or-nos, numbers and a pointer
// field and nil.
func (g *guardBuilder) equal(a, b ast.Node) boolFn {
	if l, r := g.text(a), g.text(b); l != nil && r != nil {
		return same(l, r)
	}
	if l, r := g.boolean(a), g.boolean(b); l != nil && r != nil {
		return same(l, r)
	}
	if l, r := g.number(a), g.number(b); l != nil && r != nil {
		return same(l, r)
	}
	if _, isNil := a.(*ast.NilNode); isNil {
		a, b = b, a
	}
	if _, isNil := b.(*ast.NilNode); isNil {
		if p, t := g.field(a); p != nil && t.Kind() == reflect.Pointer {
			return func(env *Env) (bool, bool) {
				if q := p(env); q != nil {
					return *(*unsafe.Pointer)(q) == nil, true
				}
				return false, false
			}
		}
	}
	return nil
}

// same evaluates l == r.
func same[T comparable, F ~func(*Env) (T, bool)](l, r F) boolFn {
	return func(env *Env) (bool, bool) {
		x, ok := l(env)
		y, ok2 := r(env)
		return x == y, ok && ok2
	}
}

// constantTexts returns the texts of a list of constant texts, which expr's
// optimizer turns into a set.
func constantTexts(n ast.Node) (map[string]struct{}, bool) {
	switch n := n.(type) {
	case *ast.ConstantNode:
		set, ok := n.Value.(map[string]struct{})
		return set, ok
	case *ast.ArrayNode:
		set := map[string]struct{}{}
		for _, e := range n.Nodes {
			s, ok := e.(*ast.StringNode)
			if !ok {
				return nil, false
			}
			set[s.Value] = struct{}{}
		}
		return set, true
	}
	return nil, false
}
