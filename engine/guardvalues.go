package engine

import (
	"maps"
	"reflect"
	"slices"
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
		return func(env *Env) (string, bool) {
			if p := a(env); p != nil {
				return *(*string)(p), true
			}
			return "", false
		}
	}
	return nil
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
		return func(env *Env) (float64, bool) {
			if p := a(env); p != nil {
				return *(*float64)(p), true
			}
			return 0, false
		}
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

// boolCall evaluates a call that gives a yes-or-no: a field read, a typed
// helper of a text, or `text in list` as inPatch wrote it.
func (g *guardBuilder) boolCall(n *ast.CallNode) boolFn {
	if a, t := g.field(n); a != nil {
		if t.Kind() != reflect.Bool {
			return nil
		}
		return func(env *Env) (bool, bool) {
			if p := a(env); p != nil {
				return *(*bool)(p), true
			}
			return false, false
		}
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
		s := g.text(n.Arguments[0])
		a, t := g.field(n.Arguments[1])
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
	return nil
}

// isFunc reports whether v is the function f.
func isFunc(v, f any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Func && rv.Pointer() == reflect.ValueOf(f).Pointer()
}

// binary evaluates &&, ||, comparisons and `text in [constant texts]`.
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
		return func(env *Env) (bool, bool) {
			x, ok := l(env)
			y, ok2 := r(env)
			return x == y, ok && ok2
		}
	}
	if l, r := g.boolean(a), g.boolean(b); l != nil && r != nil {
		return func(env *Env) (bool, bool) {
			x, ok := l(env)
			y, ok2 := r(env)
			return x == y, ok && ok2
		}
	}
	if l, r := g.number(a), g.number(b); l != nil && r != nil {
		return func(env *Env) (bool, bool) {
			x, ok := l(env)
			y, ok2 := r(env)
			return x == y, ok && ok2
		}
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
