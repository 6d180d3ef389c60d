package engine

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/engine/patch"
	"github.com/jxlint/jxlint/rules"
)

// DefaultMemoryBudget bounds the memory one expression run may allocate, in
// expr's units (elements of collections built during the run).
const DefaultMemoryBudget = 1_000_000

// Options configure a Linter.
type Options struct {
	Lang         string // zh or en: the language of messages; empty for zh
	MemoryBudget uint   // per-run limit of a worker's VM; 0 for DefaultMemoryBudget
	Plain        bool   // compile the programs as written, without the rewrites of package patch, and run every ${…} part of a message
}

// Linter is a rule set compiled once. Its programs are shared by every worker;
// it is safe for concurrent use through Worker.
type Linter struct {
	opts    Options
	typed   funcs.Typed            // the helpers every worker's Env carries
	facts   *funcs.Facter          // finds indicator facts; nil when no rule reads them
	pfacts  *funcs.Facter          // finds project facts; nil when no rule reads them
	pparts  funcs.ProjectParts     // the parts of the project facts that some rule reads
	dfacts  bool                   // a rule reads document facts, or a document rule lists them
	dwide   bool                   // a rule below document scope reads them: they are found before any rule runs
	rules   []*compiled            // enabled rules, in set order
	byScope [numScopes][]*compiled // the same rules grouped by scope
	ignores []ignore
	inUnit  bool // every rule above the document places its findings in its unit (see placesInUnit)
}

// compiled is one rule ready to run.
type compiled struct {
	index   int // position in Linter.rules
	rule    *rules.Rule
	scope   scope
	needs   funcs.FactSet // the facts of its if list: it runs only where one holds; 0 for always
	when    *vm.Program   // nil when the rule has no filter
	check   *vm.Program
	message template  // in the run's language
	at      *fieldRef // where findings point by default
}

// New validates and compiles every enabled rule of set: the facts of its if
// list, its when and check and each ${…} part of its message in both
// languages. Every error is returned, joined, as `file:line:col: rule "id":
// check: message`, with the position of the mistake inside the rule file.
func New(set *rules.Set, opts Options) (*Linter, error) {
	if opts.Lang == "" {
		opts.Lang = "zh"
	}
	if opts.MemoryBudget == 0 {
		opts.MemoryBudget = DefaultMemoryBudget
	}
	typed, facter, helperOpts := funcs.Helpers(&set.Dicts)
	names := &namesRead{}
	names.reset()
	exprOpts := append([]expr.Option{expr.Env(Env{}), expr.Patch(names), flattenOption()}, decimalOptions()...)
	exprOpts = append(exprOpts, helperOpts...)
	ps := programs{opts: exprOpts, plain: exprOpts}
	var patches *patch.Patches
	if !opts.Plain {
		patches = patch.New(reflect.TypeFor[Env](), typed, exprOpts)
		ps.opts = append(exprOpts[:len(exprOpts):len(exprOpts)], patches.Options()...)
	}
	l := &Linter{opts: opts, typed: typed, inUnit: true}
	var errs []error
	for _, r := range set.Rules {
		names.reset()
		if patches != nil {
			patches.SetParams(r.Params)
		}
		c, rerrs := compileRule(r, opts, ps)
		errs = append(errs, rerrs...)
		if c == nil {
			continue
		}
		if c.scope != scopeDocument && !placesInUnit(c, names) {
			l.inUnit = false
		}
		c.index = len(l.rules)
		l.rules = append(l.rules, c)
		l.byScope[c.scope] = append(l.byScope[c.scope], c)
		if c.scope == scopeIndicator && (names.names["facts"] || c.needs != 0) {
			l.facts = facter
		}
		if c.scope == scopeProject && c.needs != 0 {
			l.pfacts = facter
			l.pparts |= maskParts(c.needs)
		}
		if c.scope == scopeDocument && c.needs != 0 || names.names["documentFacts"] {
			l.dfacts = true
			l.dwide = l.dwide || c.scope != scopeDocument && names.names["documentFacts"]
		}
		if c.scope >= scopeProject && names.names["projectFacts"] {
			l.pfacts = facter
			l.pparts |= names.projectParts()
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

// compileRule compiles one rule with the options of New; it returns nil and
// the errors when any part fails.
func compileRule(r *rules.Rule, opts Options, ps programs) (*compiled, []error) {
	lang := opts.Lang
	var errs []error
	fail := func(pos rules.Pos, en, zh string, args ...any) {
		errs = append(errs, &rules.PosError{Pos: pos, Rule: r.ID, Msg: fmt.Sprintf(en, args...), Zh: fmt.Sprintf(zh, args...)})
	}
	c := &compiled{rule: r}
	sc, ok := scopeOf(r.Scope)
	if !ok {
		fail(r.Pos, "scope %q is not one of document, unit, project, indicator", "scope「%s」应为 document、unit、project 或 indicator", r.Scope)
		return nil, errs
	}
	c.scope = sc
	c.needs = factMask(r, sc, fail)
	program := func(what, src string, pos rules.Pos, wantEn, wantZh string, kinds ...reflect.Kind) *vm.Program {
		p, err := ps.compile(src)
		switch {
		case err != nil:
			errs = append(errs, exprError(r, what, src, pos, err))
		case !isKind(p, kinds...):
			fail(pos, "%[1]s: must give %[2]s, not %[4]s", "%[1]s：应给出 %[3]s，而不是 %[4]s", what, wantEn, wantZh, p.Node().Type())
		default:
			return p
		}
		return nil
	}
	if r.When != "" {
		c.when = program("when", r.When, r.WhenPos, "true or false", "true 或 false", reflect.Bool)
	}
	c.check = program("check", r.Check, r.CheckPos, "true, false, nil or a list of findings", "true、false、nil 或发现列表",
		reflect.Bool, reflect.Slice, reflect.Array)
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
		t, terrs := compileTemplate(r, what, text, pos, ps, !opts.Plain)
		errs = append(errs, terrs...)
		if l == lang || (l == "zh" && r.Message.En == "") || (l == "en" && r.Message.Zh == "") {
			c.message = t
		}
	}
	if r.At != "" {
		ref, ok := lookupField(sc, r.At)
		if !ok {
			fail(r.Pos, "at: %q is not a field of %s; expected one of %s", "at：「%s」不是 %s 的字段；应为以下之一：%s",
				r.At, r.Scope, fieldNames(sc))
		}
		c.at = ref
	}
	if len(errs) > 0 {
		return nil, errs
	}
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
