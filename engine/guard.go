package engine

import (
	"reflect"

	"github.com/expr-lang/expr/ast"
)

// A guard tells, before a rule's program runs, that the run would give no
// finding: most rules start by testing a fact or a field (!facts.vague ?
// nil : …, facts.sameValues, a when such as projectFacts.typos or
// none(project.problems, …)), and for most objects that test fails. A guard
// evaluates such a test in Go, from what the patches wrote (field reads,
// parameters, typed helpers), and the worker then skips the run. Only tests
// that cannot fail are evaluated (reads of fields of objects that are set,
// constants, len, comparisons, in, !, &&, ||, ?:, let, any/all/none over a
// field's list); for anything else the guard does not know, and the program
// runs. Since the program would give nil, false or [] without running
// anything that could fail, skipping it changes nothing the user sees.
type guard func(env *Env) (empty, known bool)

// boolFn, textFn and numFn evaluate a yes-or-no, a text and a number;
// ok is false when they cannot tell without running the program.
type (
	boolFn func(env *Env) (v, ok bool)
	textFn func(env *Env) (v string, ok bool)
	numFn  func(env *Env) (v float64, ok bool)
)

// guardBuilder turns the tree of a compiled rule into a guard.
type guardBuilder struct {
	info *guardInfo
	vars map[string]ast.Node // the let variables in scope, by name
	elem reflect.Type        // the type of # inside a predicate; nil outside
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
	g.vars, g.elem = map[string]ast.Node{}, nil
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
	if a := g.addr(n); a != nil {
		return func(env *Env) (bool, bool) { return false, a(env) != nil }
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
		return g.boolCall(n)
	case *ast.UnaryNode:
		if x := g.boolean(n.Node); x != nil && (n.Operator == "!" || n.Operator == "not") {
			return func(env *Env) (bool, bool) {
				v, ok := x(env)
				return !v, ok
			}
		}
	case *ast.BinaryNode:
		return g.binary(n)
	case *ast.BuiltinNode:
		return g.quantifier(n)
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
