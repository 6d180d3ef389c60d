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
var factNames = [numScopes][]string{scopeIndicator: funcs.IndicatorFactNames, scopeProject: funcs.ProjectFactNames}

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
			fail(pos, "if: a rule of scope %s has no facts to test; only indicator and project rules have",
				"if：范围为 %s 的规则没有可检验的事实；只有 indicator 和 project 规则有", r.Scope)
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

// namesRead records the names a rule's expressions read, and the string
// constants they hold, quoted (a field read by name, projectFacts.copiedFrom,
// holds "copiedFrom"): the linter finds facts (facts, projectFacts) for each
// object only when a rule reads them. It is the first patch, so that it sees
// each name before others rewrite it.
type namesRead map[string]bool

// Visit notes node when it is a name or a string constant.
func (n namesRead) Visit(node *ast.Node) {
	switch x := (*node).(type) {
	case *ast.IdentifierNode:
		n[x.Value] = true
	case *ast.StringNode:
		n[strconv.Quote(x.Value)] = true
	}
}
