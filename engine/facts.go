package engine

import (
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/vm"
)

// readsFacts reports whether any expression of rule c, its message included,
// names the variable name (facts, projectFacts): only then does the worker
// find those facts for each object. Reads that fieldPatch rewrote are not
// seen here: New counts them apart.
func (c *compiled) readsFacts(name string) bool {
	for _, p := range [...]*vm.Program{c.when, c.check} {
		if p != nil && namesVar(p.Node(), name) {
			return true
		}
	}
	for _, part := range c.message.parts {
		if part.prog != nil && namesVar(part.prog.Node(), name) {
			return true
		}
	}
	return false
}

// namesVar reports whether the expression tree reads the variable name.
func namesVar(n ast.Node, name string) bool {
	return ast.Find(n, func(n ast.Node) bool {
		id, ok := n.(*ast.IdentifierNode)
		return ok && id.Value == name
	}) != nil
}
