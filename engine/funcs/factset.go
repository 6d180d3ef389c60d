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

// ProjectParts are parts of ProjectFacts that FindProject finds in passes of
// their own, as bits; the facts outside them cost little and are always found.
type ProjectParts uint8

// The parts of ProjectFacts.
const (
	PartTexts      ProjectParts = 1 << iota // topics, fields, covered, typos, halfWidth, offTopic: one scan of every text
	PartNumbering                           // numbered, misnumbered
	PartCategories                          // categories
	PartCopied                              // copiedFrom, copied: the indicator key of every project, compared with those before
	AllParts       = PartTexts | PartNumbering | PartCategories | PartCopied
)

// projectParts are the parts that find each fact of ProjectFacts by its expr
// name; a fact not listed is in none.
var projectParts = map[string]ProjectParts{
	"topics": PartTexts, "fields": PartTexts, "covered": PartTexts, "typos": PartTexts, "halfWidth": PartTexts,
	"offTopic": PartTexts, "offTopicIndicators": PartTexts, "typoIndicators": PartTexts,
	"numbered": PartNumbering, "misnumbered": PartNumbering, "categories": PartCategories,
	"copiedFrom": PartCopied, "copied": PartCopied,
}

// ProjectPartsOf returns the parts of ProjectFacts that finding the facts of
// the given expr names takes.
func ProjectPartsOf(names ...string) ProjectParts {
	var parts ProjectParts
	for _, n := range names {
		parts |= projectParts[n]
	}
	return parts
}
