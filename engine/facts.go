package engine

import (
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/vm"
)

// readsFacts reports whether any expression of rule c, its message included,
// names facts: only then does the worker find each indicator's facts.
func (c *compiled) readsFacts() bool {
	for _, p := range [...]*vm.Program{c.when, c.check} {
		if p != nil && namesFacts(p.Node()) {
			return true
		}
	}
	for _, part := range c.message.parts {
		if part.prog != nil && namesFacts(part.prog.Node()) {
			return true
		}
	}
	return false
}

// namesFacts reports whether the expression tree reads the facts variable.
func namesFacts(n ast.Node) bool {
	return ast.Find(n, func(n ast.Node) bool {
		id, ok := n.(*ast.IdentifierNode)
		return ok && id.Value == "facts"
	}) != nil
}
