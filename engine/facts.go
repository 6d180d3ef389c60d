package engine

import (
	"slices"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
)

// factNames are the names a rule of each scope may list under if: the
// yes-or-no facts of its object.
var factNames = [numScopes][]string{scopeDocument: funcs.DocumentFactNames, scopeIndicator: funcs.IndicatorFactNames,
	scopeProject: funcs.ProjectFactNames}

// factMask returns the facts that rule r of scope sc lists under if, as a
// set; fail reports a name that is no fact of the scope.
func factMask(r *rules.Rule, sc scope, fail func(pos rules.Pos, en, zh string, args ...any)) funcs.FactSet {
	var mask funcs.FactSet
	for i, name := range r.If {
		pos := r.Pos
		if i < len(r.IfPos) {
			pos = r.IfPos[i]
		}
		known := factNames[sc]
		bit := slices.Index(known, name)
		switch {
		case len(known) == 0:
			fail(pos, "if: a rule of scope %s has no facts to test; only document, project and indicator rules have",
				"if：范围为 %s 的规则没有可检验的事实；只有 document、project 和 indicator 规则有", r.Scope)
			return 0
		case bit < 0:
			list := strings.Join(known, ", ")
			fail(pos, "if: %q is not a fact of %s; expected one of %s", "if：「%s」不是 %s 的事实；应为以下之一：%s", name, r.Scope, list)
		default:
			mask |= 1 << bit
		}
	}
	return mask
}

// namesRead records the names a rule's expressions read: the linter finds
// facts (facts, projectFacts) for each object only when a rule reads them,
// and of the project facts only the parts that the facts read by name need.
// String constants are noted too, quoted (a field read by name,
// projectFacts.copiedFrom, holds "copiedFrom"). It is the first patch, so
// that it sees each name before others rewrite it.
type namesRead struct {
	names        map[string]bool // every identifier read, and every string constant quoted
	projectFacts map[string]bool // the facts read as projectFacts.x (or projectFacts["x"])
	bare         int             // the reads of projectFacts that name no fact
}

// reset forgets the names read so far.
func (n *namesRead) reset() {
	if n.names == nil {
		n.names, n.projectFacts = map[string]bool{}, map[string]bool{}
	}
	clear(n.names)
	clear(n.projectFacts)
	n.bare = 0
}

// Visit notes node when it is a name, a string constant, or a fact of
// projectFacts read by name.
// Nodes come after their children: the projectFacts of projectFacts.x is
// counted as a read that names no fact, and then taken back.
func (n *namesRead) Visit(node *ast.Node) {
	switch x := (*node).(type) {
	case *ast.IdentifierNode:
		n.names[x.Value] = true
		if x.Value == "projectFacts" {
			n.bare++
		}
	case *ast.StringNode:
		n.names[strconv.Quote(x.Value)] = true
	case *ast.MemberNode:
		id, isID := x.Node.(*ast.IdentifierNode)
		prop, isName := x.Property.(*ast.StringNode)
		if isID && isName && id.Value == "projectFacts" {
			n.projectFacts[prop.Value] = true
			n.bare--
		}
	}
}

// projectParts returns the parts of the project facts that the names read
// need: all of them when projectFacts is read other than by a fact's name.
func (n *namesRead) projectParts() funcs.ProjectParts {
	if n.bare > 0 {
		return funcs.AllParts
	}
	var parts funcs.ProjectParts
	for name := range n.projectFacts {
		parts |= funcs.ProjectPartsOf(name)
	}
	return parts
}

// maskParts returns the parts of the project facts that the facts of mask need.
func maskParts(mask funcs.FactSet) funcs.ProjectParts {
	var parts funcs.ProjectParts
	for i, name := range funcs.ProjectFactNames {
		if mask&(1<<i) != 0 {
			parts |= funcs.ProjectPartsOf(name)
		}
	}
	return parts
}
