package engine

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/rules"
)

// DefaultMemoryBudget bounds the memory one expression run may allocate, in
// expr's units (elements of collections built during the run).
const DefaultMemoryBudget = 1_000_000

// Options configure a Linter.
type Options struct {
	Lang         string // zh or en: the language of messages; empty for zh
	MemoryBudget uint   // per-run limit of a worker's VM; 0 for DefaultMemoryBudget
}

// Linter is a rule set compiled once. Its programs are shared by every worker;
// it is safe for concurrent use through Worker.
type Linter struct {
	opts    Options
	typed   funcs.Typed            // the helpers every worker's Env carries
	facts   *funcs.Facter          // finds indicator facts; nil when no rule reads them
	pfacts  *funcs.Facter          // finds project facts; nil when no rule reads them
	rules   []*compiled            // enabled rules, in set order
	byScope [numScopes][]*compiled // the same rules grouped by scope
	ignores []ignore
}

// compiled is one rule ready to run.
type compiled struct {
	index   int // position in Linter.rules
	rule    *rules.Rule
	scope   scope
	when    *vm.Program // nil when the rule has no filter
	check   *vm.Program
	both    *merged   // when and check in one program; nil when run apart
	guard   guard     // tells that a run would find nothing; nil when it cannot
	message template  // in the run's language
	at      *fieldRef // where findings point by default
}

// New validates and compiles every enabled rule of set: its when and check
// expressions and each ${…} part of its message in both languages. Every error
// is returned, joined, as `file:line:col: rule "id": check: message`, with the
// position of the mistake inside the rule file.
func New(set *rules.Set, opts Options) (*Linter, error) {
	if opts.Lang == "" {
		opts.Lang = "zh"
	}
	if opts.MemoryBudget == 0 {
		opts.MemoryBudget = DefaultMemoryBudget
	}
	typed, facter, helperOpts := funcs.Helpers(&set.Dicts)
	info := newGuardInfo()
	patch, params := &fieldPatch{info: info}, &paramPatch{info: info}
	exprOpts := append([]expr.Option{expr.Env(Env{}), expr.Patch(params), expr.Patch(patch), expr.Patch(newEnvPatch(typed, info)),
		expr.Patch(inPatch{}), expr.Patch(flattenPatch{}), expr.Patch(emptyPatch{})}, decimalOptions()...)
	exprOpts = append(exprOpts, helperOpts...)
	exprOpts = append(exprOpts, expr.Patch(newCallPatch(exprOpts)))
	l := &Linter{opts: opts, typed: typed}
	var errs []error
	for _, r := range set.Rules {
		clear(patch.read)
		params.params = r.Params
		c, rerrs := compileRule(r, opts.Lang, exprOpts)
		errs = append(errs, rerrs...)
		if c == nil {
			continue
		}
		c.guard = c.guardWith(&guardBuilder{info: info})
		c.index = len(l.rules)
		l.rules = append(l.rules, c)
		l.byScope[c.scope] = append(l.byScope[c.scope], c)
		if c.scope == scopeIndicator && (patch.read["facts"] || c.readsFacts("facts")) {
			l.facts = facter
		}
		if c.scope >= scopeProject && (patch.read["projectFacts"] || c.readsFacts("projectFacts")) {
			l.pfacts = facter
		}
	}
	ignores, ierrs := compileIgnores(set.Ignores, set.Dir())
	errs = append(errs, ierrs...)
	l.ignores = ignores
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return l, nil
}

// compileRule compiles one rule; it returns nil and the errors when any part fails.
func compileRule(r *rules.Rule, lang string, exprOpts []expr.Option) (*compiled, []error) {
	var errs []error
	fail := func(pos rules.Pos, format string, args ...any) {
		text := fmt.Sprintf(format, args...)
		errs = append(errs, &rules.PosError{Pos: pos, Rule: r.ID, Msg: text, Zh: zhText(text)})
	}
	c := &compiled{rule: r}
	sc, ok := scopeOf(r.Scope)
	if !ok {
		fail(r.Pos, "scope %q is not one of document, unit, project, indicator", r.Scope)
		return nil, errs
	}
	c.scope = sc
	if r.When != "" {
		p, err := expr.Compile(r.When, exprOpts...)
		switch {
		case err != nil:
			errs = append(errs, exprError(r, "when", r.When, r.WhenPos, err))
		case !isKind(p, reflect.Bool):
			fail(r.WhenPos, "when: must give true or false, not %s", p.Node().Type())
		default:
			c.when = p
		}
	}
	p, err := expr.Compile(r.Check, exprOpts...)
	switch {
	case err != nil:
		errs = append(errs, exprError(r, "check", r.Check, r.CheckPos, err))
	case !isKind(p, reflect.Bool, reflect.Slice, reflect.Array):
		fail(r.CheckPos, "check: must give true, false, nil or a list of findings, not %s", p.Node().Type())
	default:
		c.check = p
	}
	for _, l := range []string{"zh", "en"} {
		text, what := r.Message.Zh, "message"
		if l == "en" {
			text, what = r.Message.En, "message.en"
		}
		if text == "" {
			continue
		}
		pos := r.MessagePos
		if l == "en" && r.Message.Zh != "" {
			pos = rules.Pos{File: r.MessagePos.File} // the loader keeps only the zh position
		}
		t, terrs := compileTemplate(r, what, text, pos, exprOpts)
		errs = append(errs, terrs...)
		if l == lang || (l == "zh" && r.Message.En == "") || (l == "en" && r.Message.Zh == "") {
			c.message = t
		}
	}
	if r.At != "" {
		ref, ok := lookupField(sc, r.At)
		if !ok {
			fail(r.Pos, "at: %q is not a field of %s; expected one of %s", r.At, r.Scope, fieldNames(sc))
		}
		c.at = ref
	}
	if len(errs) > 0 {
		return nil, errs
	}
	c.both = mergeRule(r, c.when, exprOpts)
	return c, nil
}

// isKind reports whether the program's result type is one of kinds, or unknown
// until run time (any).
func isKind(p *vm.Program, kinds ...reflect.Kind) bool {
	t := p.Node().Type()
	if t == nil || t.Kind() == reflect.Interface {
		return true
	}
	for _, k := range kinds {
		if t.Kind() == k {
			return true
		}
	}
	return false
}
