package engine

import (
	"maps"
	"reflect"
	"slices"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// A guard tells, before a rule's program runs, that the run would give no
// finding: most rules start by testing a fact (!facts.vague ? nil : …,
// facts.sameValues, a when such as projectFacts.typos), and for most objects
// that test fails. A guard evaluates such a test in Go, from the fields that
// fieldPatch rewrote, and the worker then skips the run. Only tests that
// cannot fail are evaluated (reads of fields of objects that are set,
// comparisons with constants, !, &&, ||, ?:, let); for anything else the
// guard does not know, and the program runs. Since the program would give
// nil, false or [] without running anything that could fail, skipping it
// changes nothing the user sees.
type guard func(env *Env) (empty, known bool)

// envRead is a field of an object of Env that fieldPatch rewrote a read of.
type envRead struct {
	rootOff, off uintptr
	typ          reflect.Type
}

// at returns the address of the field in env, or nil when its object is not set.
func (r envRead) at(env *Env) unsafe.Pointer {
	obj := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(env), r.rootOff))
	if obj == nil {
		return nil
	}
	return unsafe.Add(obj, r.off)
}

// boolFn and textFn evaluate a yes-or-no or a text; ok is false when they
// cannot tell without running the program.
type (
	boolFn func(env *Env) (v, ok bool)
	textFn func(env *Env) (v string, ok bool)
)

// guardBuilder turns the tree of a compiled rule into a guard.
type guardBuilder struct {
	reads map[*ast.CallNode]envRead // the field reads fieldPatch wrote
	vars  map[string]ast.Node       // the let variables in scope, by name
}

// guardWith returns the guard of rule c, built by g, or nil. A rule whose
// when runs apart has none.
func (c *compiled) guardWith(g *guardBuilder) guard {
	switch {
	case c.both != nil:
		return g.guardOf(c.both.prog.Node())
	case c.when == nil:
		return g.guardOf(c.check.Node())
	}
	return nil
}

// guardOf returns the guard of the program tree n, or nil when it has none.
func (g *guardBuilder) guardOf(n ast.Node) guard {
	g.vars = map[string]ast.Node{}
	e := g.empty(n)
	if e == nil {
		return nil
	}
	return guard(e)
}

// empty returns whether n gives nil, false or an empty list.
func (g *guardBuilder) empty(n ast.Node) boolFn {
	switch n := n.(type) {
	case *ast.NilNode:
		return func(*Env) (bool, bool) { return true, true }
	case *ast.ConstantNode:
		if l, ok := n.Value.([]any); ok {
			empty := len(l) == 0
			return func(*Env) (bool, bool) { return empty, true }
		}
		return nil
	case *ast.ArrayNode:
		empty := len(n.Nodes) == 0
		return func(*Env) (bool, bool) { return empty, true }
	case *ast.ConditionalNode:
		cond, yes, no := g.boolean(n.Cond), g.empty(n.Exp1), g.empty(n.Exp2)
		if cond == nil {
			return nil
		}
		return func(env *Env) (bool, bool) {
			c, ok := cond(env)
			switch {
			case !ok:
				return false, false
			case c && yes != nil:
				return yes(env)
			case !c && no != nil:
				return no(env)
			}
			return false, false
		}
	case *ast.VariableDeclaratorNode:
		return g.let(n, g.empty)
	}
	if t := n.Type(); t != nil && t.Kind() == reflect.Bool {
		if b := g.boolean(n); b != nil {
			return func(env *Env) (bool, bool) {
				v, ok := b(env)
				return !v && ok, ok
			}
		}
	}
	return nil
}

// let evaluates the body of `let x = value; body` with part, once value is
// known to be found without failing.
func (g *guardBuilder) let(n *ast.VariableDeclaratorNode, part func(ast.Node) boolFn) boolFn {
	value := g.safe(n.Value)
	if value == nil {
		return nil
	}
	outer, shadows := g.vars[n.Name]
	g.vars[n.Name] = n.Value
	body := part(n.Expr)
	if shadows {
		g.vars[n.Name] = outer
	} else {
		delete(g.vars, n.Name)
	}
	if body == nil {
		return nil
	}
	return func(env *Env) (bool, bool) {
		if _, ok := value(env); !ok {
			return false, false
		}
		return body(env)
	}
}

// safe returns a check that n, a let's value, is found without failing.
func (g *guardBuilder) safe(n ast.Node) boolFn {
	if b := g.boolean(n); b != nil {
		return b
	}
	if t := g.text(n); t != nil {
		return func(env *Env) (bool, bool) {
			_, ok := t(env)
			return false, ok
		}
	}
	if c, ok := n.(*ast.CallNode); ok {
		if r, ok := g.reads[c]; ok {
			return func(env *Env) (bool, bool) { return false, r.at(env) != nil }
		}
	}
	return nil
}

// boolean evaluates a yes-or-no.
func (g *guardBuilder) boolean(n ast.Node) boolFn {
	switch n := n.(type) {
	case *ast.BoolNode:
		v := n.Value
		return func(*Env) (bool, bool) { return v, true }
	case *ast.IdentifierNode:
		if v, ok := g.vars[n.Value]; ok {
			return g.boolean(v)
		}
	case *ast.CallNode:
		if r, ok := g.reads[n]; ok && r.typ.Kind() == reflect.Bool {
			return func(env *Env) (bool, bool) {
				p := r.at(env)
				if p == nil {
					return false, false
				}
				return *(*bool)(p), true
			}
		}
	case *ast.UnaryNode:
		if x := g.boolean(n.Node); x != nil && (n.Operator == "!" || n.Operator == "not") {
			return func(env *Env) (bool, bool) {
				v, ok := x(env)
				return !v, ok
			}
		}
	case *ast.BinaryNode:
		return g.binary(n)
	case *ast.ConditionalNode:
		cond, yes, no := g.boolean(n.Cond), g.boolean(n.Exp1), g.boolean(n.Exp2)
		if cond == nil || yes == nil || no == nil {
			return nil
		}
		return func(env *Env) (bool, bool) {
			c, ok := cond(env)
			if !ok {
				return false, false
			}
			if c {
				return yes(env)
			}
			return no(env)
		}
	case *ast.VariableDeclaratorNode:
		return g.let(n, g.boolean)
	}
	return nil
}

// binary evaluates &&, || and comparisons of texts, yes-or-nos, a pointer with
// nil and `text in [constant texts]`.
func (g *guardBuilder) binary(n *ast.BinaryNode) boolFn {
	switch n.Operator {
	case "&&", "and", "||", "or":
		l, r := g.boolean(n.Left), g.boolean(n.Right)
		if l == nil || r == nil {
			if l == nil {
				return nil
			}
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

// equal evaluates a == b.
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
	if _, isNil := b.(*ast.NilNode); isNil {
		if c, ok := a.(*ast.CallNode); ok {
			if r, ok := g.reads[c]; ok && r.typ.Kind() == reflect.Pointer {
				return func(env *Env) (bool, bool) {
					p := r.at(env)
					if p == nil {
						return false, false
					}
					return *(*unsafe.Pointer)(p) == nil, true
				}
			}
		}
	}
	return nil
}

// text evaluates a text: a constant or a field read.
func (g *guardBuilder) text(n ast.Node) textFn {
	switch n := n.(type) {
	case *ast.StringNode:
		v := n.Value
		return func(*Env) (string, bool) { return v, true }
	case *ast.IdentifierNode:
		if v, ok := g.vars[n.Value]; ok {
			return g.text(v)
		}
	case *ast.CallNode:
		if r, ok := g.reads[n]; ok && r.typ.Kind() == reflect.String {
			return func(env *Env) (string, bool) {
				p := r.at(env)
				if p == nil {
					return "", false
				}
				return *(*string)(p), true
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
