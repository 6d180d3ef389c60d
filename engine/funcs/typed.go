package funcs

import (
	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/rules"
)

// Typed holds the helpers whose signatures expr can call directly. An
// environment struct that embeds Typed offers them as fields, and expr then
// calls each with one type assertion per argument, without reflection and
// without an argument list per call; Options declares the same helpers as
// expr functions for other environments.
type Typed struct {
	Normalize    func(string) string       `expr:"normalize"`
	FixTypos     func(string) string       `expr:"fixTypos"`
	Topics       func(string) []string     `expr:"topics"`
	ProjectText  func(any) string          `expr:"projectText"`
	IsQuantified func(string) bool         `expr:"isQuantified"`
	HasTimeLimit func(string) bool         `expr:"hasTimeLimit"`
	SameUnit     func(string, string) bool `expr:"sameUnit"`
	HasAmounts   func(any) bool            `expr:"hasAmounts"`
	HasFunding   func(any) bool            `expr:"hasFunding"`
	HasInvalid   func(any) bool            `expr:"hasInvalid"`
	BadRowSum    func(any) bool            `expr:"badRowSum"`
	BadUnitSum   func(any) bool            `expr:"badUnitSum"`
	Level1Canon  func(string) string       `expr:"level1Canon"`
	Level2Canon  func(string) string       `expr:"level2Canon"`
	ParentOf     func(string) string       `expr:"parentOf"`
	Level1ByCode func(string) string       `expr:"level1ByCode"`
	Level2ByCode func(string) string       `expr:"level2ByCode"`
	Level1Of     func(any) string          `expr:"level1Of"`
	IndicatorKey func(any) string          `expr:"indicatorKey"`
}

// newTyped binds the typed helpers to the matchers of h.
func newTyped(h *helpers) Typed {
	return Typed{
		Normalize:    normalize,
		FixTypos:     h.typos.replace,
		Topics:       h.topics.topics,
		ProjectText:  projectText,
		IsQuantified: isQuantified,
		HasTimeLimit: hasTimeLimit,
		SameUnit:     sameUnit,
		HasAmounts:   hasAmounts,
		HasFunding:   hasFunding,
		HasInvalid:   hasInvalid,
		BadRowSum:    badRowSum,
		BadUnitSum:   badUnitSum,
		Level1Canon:  h.canon1,
		Level2Canon:  h.canon2,
		ParentOf:     h.parentOf,
		Level1ByCode: func(c string) string { return h.code1[c] },
		Level2ByCode: func(c string) string { return h.code2[c] },
		Level1Of:     func(v any) string { return h.level1Of(indicatorOf(v)) },
		IndicatorKey: func(v any) string { return h.indicatorKey(projectOf(v)) },
	}
}

// Helpers returns the helpers bound to the dictionaries d in three parts:
// typed, for an environment struct that embeds Typed; facts, which finds the
// facts of an indicator; and opts, the expr options that declare every other
// helper. Typed and opts together declare what Options declares.
func Helpers(d *rules.Dictionaries) (typed Typed, facts *Facter, opts []expr.Option) {
	h := newHelpers(d)
	return newTyped(h), &Facter{h: h}, untypedOptions(h)
}
