package funcs

// FactSet holds the yes-or-no facts of one indicator or project, one bit
// each, in the order of IndicatorFactNames or ProjectFactNames. A rule's
// `if` list becomes a mask of the same bits, and the rule runs on an object
// only when the two share one.
type FactSet uint64

// IndicatorFactNames are the names of the yes-or-no facts of an indicator,
// by bit: the expr names of the bool fields of IndicatorFacts.
var IndicatorFactNames = []string{
	"nameEmpty", "periodEmpty", "annualEmpty", "unitEmpty", "sameValues",
	"level1Unknown", "level2Unknown", "level1CodeClash", "level2CodeClash", "codePrefixClash", "parentClash",
	"nameIsLevel1", "nameIsLevel2",
	"quantified", "unquantified", "timeLimited", "hasPercent", "percentOutOfRange", "vague",
	"hasUnit", "quantitative", "timeliness", "satisfaction",
}

// setOf returns the set of the facts bs, given in the order of their names.
func setOf(bs ...bool) FactSet {
	var s FactSet
	for i, b := range bs {
		if b {
			s |= 1 << i
		}
	}
	return s
}

// findSet sets f.Set from the other facts of f.
func (f *IndicatorFacts) findSet() {
	f.Set = setOf(f.NameEmpty, f.PeriodEmpty, f.AnnualEmpty, f.UnitEmpty, f.SameValues,
		f.Level1Unknown, f.Level2Unknown, f.Level1CodeClash, f.Level2CodeClash, f.CodePrefixClash, f.ParentClash,
		f.NameIsLevel1, f.NameIsLevel2,
		f.Quantified, f.Unquantified, f.TimeLimited, f.HasPercent, f.PercentOutOfRange, f.Vague,
		f.HasUnit, f.Quantitative, f.Timeliness, f.Satisfaction)
}

// ProjectFactNames are the names of the yes-or-no facts of a project, by
// bit: the expr names of the bool fields of ProjectFacts.
var ProjectFactNames = []string{
	"typos", "halfWidth", "punctuationProblem", "numbered", "misnumbered", "goalEmpty", "noIndicators",
	"malformed", "weighted", "copied", "offTopic",
}

// findSet sets f.Set from the other facts of f.
func (f *ProjectFacts) findSet() {
	f.Set = setOf(f.Typos, f.HalfWidth, f.PunctuationProblem, f.Numbered, f.Misnumbered, f.GoalEmpty,
		f.NoIndicators, f.Malformed, f.Weighted, f.Copied, f.OffTopic)
}
