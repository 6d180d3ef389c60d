// Package funcs holds the Go helper functions that rule expressions call
// (normalize, typos, topics, percent, …), registered with expr with explicit
// signatures and bound to a rule set's dictionaries.
package funcs

import (
	"hash/maphash"

	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// helpers holds the matchers built once from the dictionaries.
type helpers struct {
	*framework
	typos  *wordMatcher
	vague  *wordMatcher
	topics *topicMatcher
	seed   maphash.Seed // hashes indicator keys

	projectStop runeSet // the runes that start a typo or a topic keyword, and , : ; ( ): where ProjectFacts.scan stops

	// projectPairs holds the first two runes of every typo and topic keyword,
	// folded by pairKey, and projectSingle the runes that are such a word
	// alone: where the scan stops at a rune that neither starts, no word starts.
	projectPairs, projectSingle runeSet
}

// newHelpers builds the matchers of d.
func newHelpers(d *rules.Dictionaries) *helpers {
	if d == nil {
		d = &rules.Dictionaries{}
	}
	vague := make(map[string]string, len(d.Vague))
	for _, w := range d.Vague {
		vague[w] = ""
	}
	h := &helpers{framework: newFramework(d.Framework), typos: newMatcher(d.Typos),
		vague: newMatcher(vague), topics: newTopicMatcher(d.Topics), seed: maphash.MakeSeed()}
	h.vague.nounSkip = true
	h.projectStop = h.typos.first
	h.projectStop.union(&h.topics.words.first)
	for _, r := range ",:;()" {
		h.projectStop.add(r)
	}
	addWordStarts(&h.projectSingle, &h.projectPairs, h.typos, h.topics.words)
	return h
}

// untypedOptions declares the helpers that Typed does not hold: those whose
// signatures expr has no direct call for.
func untypedOptions(h *helpers) []expr.Option {
	return []expr.Option{
		// Text.
		str("typos", h.typos.find, new(func(string) []Match)),
		str("vagueWords", h.vague.find, new(func(string) []Match)),
		str("halfWidthPunct", halfWidthPunct, new(func(string) []Match)),
		anyArg("halfWidthProblems", halfWidthProblems, new(func(any) []*MarkProblem)),
		expr.Function("topicNames", func(p ...any) (any, error) {
			return h.topics.names(p[0], p[1].(string)), nil
		}, new(func(any, string) string)),
		expr.Function("clip", func(p ...any) (any, error) {
			return clip(p[0].(string), p[1].(int)), nil
		}, new(func(string, int) string)),
		// Numbers and values.
		str("numbers", numbers, new(func(string) []float64)),
		str("quantities", quantities, new(func(string) []Quantity)),
		str("percents", percents, new(func(string) []float64)),
		str("percent", percent, new(func(string) any)),
		// Amounts.
		anyArg("negativeCells", negativeCells, new(func(any) []table.AmountCell)),
		anyArg("projectSums", projectSums, new(func(any) *table.Amounts)),
		// Relevance.
		anyArg("borrowedIndicators", h.borrowedIndicators, new(func(any) []Borrowed)),
		// The indicator framework.
		expr.Function("categories", func(p ...any) (any, error) {
			return h.categoriesOf(projectOf(p[0])), nil
		}, new(func(any) []string)),
		// Lists.
		expr.Function("firstSame", func(p ...any) (any, error) {
			return firstSame(p[0].([]any)), nil
		}, new(func([]any) []int)),
		expr.Function("numberingBreaks", func(p ...any) (any, error) {
			return numberingBreaks(p[0].([]any)), nil
		}, new(func([]any) []Break)),
	}
}

// str declares a helper of one string argument.
func str[R any](name string, fn func(string) R, sig any) expr.Option {
	return expr.Function(name, func(p ...any) (any, error) { return fn(p[0].(string)), nil }, sig)
}

// anyArg declares a helper of one argument of any type.
func anyArg[R any](name string, fn func(any) R, sig any) expr.Option {
	return expr.Function(name, func(p ...any) (any, error) { return fn(p[0]), nil }, sig)
}

// projectOf accepts a project by pointer or, as flatten hands it out, by value.
func projectOf(v any) *table.Project {
	switch p := v.(type) {
	case *table.Project:
		return p
	case table.Project:
		return &p
	}
	return nil
}

// indicatorOf accepts an indicator by pointer or by value.
func indicatorOf(v any) *table.Indicator {
	switch i := v.(type) {
	case *table.Indicator:
		return i
	case table.Indicator:
		return &i
	}
	return &table.Indicator{}
}
