package funcs

import (
	"strings"

	"github.com/jxlint/jxlint/table"
)

// IndicatorFacts are values derived from one indicator that several rules
// need: found once per indicator, before the indicator's rules run, and read
// by them as facts.x. The value of an indicator is its operator, annual value
// and measurement unit together (≥ 95 %).
type IndicatorFacts struct {
	NameEmpty   bool `expr:"nameEmpty"`   // normalize(indicator.name) == ""
	PeriodEmpty bool `expr:"periodEmpty"` // normalize(indicator.period) == ""
	AnnualEmpty bool `expr:"annualEmpty"` // normalize(indicator.annual) == ""
	UnitEmpty   bool `expr:"unitEmpty"`   // normalize(indicator.measureUnit) == ""
	SameValues  bool `expr:"sameValues"`  // the period value is not empty and normalizes to the annual value

	Level1          string `expr:"level1"`          // level1Canon(indicator.level1.name)
	Level2          string `expr:"level2"`          // level2Canon(indicator.level2.name)
	Category        string `expr:"category"`        // level1Of(indicator)
	Level1Unknown   bool   `expr:"level1Unknown"`   // a first-level name is written that the framework does not know
	Level2Unknown   bool   `expr:"level2Unknown"`   // the same for the second level
	Code1Name       string `expr:"code1Name"`       // level1ByCode(indicator.level1.code)
	Code2Name       string `expr:"code2Name"`       // level2ByCode(indicator.level2.code)
	Level1CodeClash bool   `expr:"level1CodeClash"` // code1Name and level1 are both known and differ
	Level2CodeClash bool   `expr:"level2CodeClash"` // code2Name and level2 are both known and differ
	CodePrefixClash bool   `expr:"codePrefixClash"` // both codes are written and the second does not start with the first
	Level2Parent    string `expr:"level2Parent"`    // parentOf(level2)
	ParentClash     bool   `expr:"parentClash"`     // level1 and level2 are both known and level2Parent is not level1

	NameIsLevel1 bool   `expr:"nameIsLevel1"` // the indicator's name is a first-level category: level1Canon(indicator.name) != ""
	NameIsLevel2 bool   `expr:"nameIsLevel2"` // the name is a second-level category
	NameParent   string `expr:"nameParent"`   // parentOf(indicator.name)

	Quantified        bool    `expr:"quantified"`        // isQuantified(value)
	TimeLimited       bool    `expr:"timeLimited"`       // hasTimeLimit(value)
	HasPercent        bool    `expr:"hasPercent"`        // percent(value) != nil
	Percent           float64 `expr:"percent"`           // percent(value), 0 without one
	PercentOutOfRange bool    `expr:"percentOutOfRange"` // a percentage of the value or of the period value is below 0 or above 100
	Vague             bool    `expr:"vague"`             // vagueWords finds a word in the period or the annual value

	levels [2]table.Level // the categories the category facts were found for
	found  bool           // the category facts hold those of levels
}

// Facter finds the facts of indicators with the dictionaries of a rule set. It
// is safe for concurrent use.
type Facter struct {
	h *helpers
}

// Find fills f with the facts of in. f is reused from one indicator to the
// next: the facts of the categories are found again only when they differ
// from the previous indicator's. Find allocates only when the indicator
// carries an operator or a measurement unit besides its annual value.
func (fr *Facter) Find(in *table.Indicator, f *IndicatorFacts) {
	h := fr.h
	period, annual := normalize(in.Period), normalize(in.Annual)
	f.NameEmpty = normalize(in.Name) == ""
	f.PeriodEmpty, f.AnnualEmpty = period == "", annual == ""
	f.UnitEmpty = normalize(in.MeasureUnit) == ""
	f.SameValues = period != "" && period == annual
	if !f.found || f.levels != [2]table.Level{in.Level1, in.Level2} {
		// Indicators in a row mostly share their categories: found once for them.
		fr.findCategories(in, f)
	}

	f.NameIsLevel1 = h.canon1(in.Name) != ""
	n2 := h.canon2(in.Name)
	f.NameIsLevel2 = n2 != ""
	f.NameParent = h.parentOf(n2)

	f.Quantified, f.TimeLimited, f.HasPercent, f.Percent, f.PercentOutOfRange = false, false, false, 0, false
	f.findValue(in.Operator + in.Annual + in.MeasureUnit)
	if strings.Contains(in.Period, "%") || strings.Contains(in.Period, "％") {
		scanQuantities(in.Period, func(q Quantity, neg bool) {
			if v, ok := percentOf(q, neg); ok && (v > 100 || v < 0) {
				f.PercentOutOfRange = true
			}
		})
	}
	f.Vague = h.vague.contains(in.Period) || h.vague.contains(in.Annual)
}

// findCategories sets the facts of the indicator's first and second levels.
func (fr *Facter) findCategories(in *table.Indicator, f *IndicatorFacts) {
	h := fr.h
	f.levels, f.found = [2]table.Level{in.Level1, in.Level2}, true
	f.Level1, f.Level2 = h.canon1(in.Level1.Name), h.canon2(in.Level2.Name)
	f.Category = h.level1Of(in)
	f.Level1Unknown = f.Level1 == "" && normalize(in.Level1.Name) != ""
	f.Level2Unknown = f.Level2 == "" && normalize(in.Level2.Name) != ""
	f.Code1Name, f.Code2Name = h.code1[in.Level1.Code], h.code2[in.Level2.Code]
	f.Level1CodeClash = f.Code1Name != "" && f.Level1 != "" && f.Code1Name != f.Level1
	f.Level2CodeClash = f.Code2Name != "" && f.Level2 != "" && f.Code2Name != f.Level2
	c1, c2 := in.Level1.Code, in.Level2.Code
	f.CodePrefixClash = c1 != "" && c2 != "" && !strings.HasPrefix(c2, c1)
	f.Level2Parent = h.parentOf(f.Level2)
	f.ParentClash = f.Level1 != "" && f.Level2 != "" && f.Level2Parent != f.Level1
}

// findValue sets the facts of an indicator's value in one scan of its
// numbers: quantified, time-limited and its percentages.
func (f *IndicatorFacts) findValue(value string) {
	found, timed := false, false
	scanQuantities(value, func(q Quantity, neg bool) {
		found = true
		timed = timed || timeUnits[q.Unit]
		v, ok := percentOf(q, neg)
		if !ok {
			return
		}
		if !f.HasPercent {
			f.HasPercent, f.Percent = true, v
		}
		if v > 100 || v < 0 {
			f.PercentOutOfRange = true
		}
	})
	f.Quantified = found || hasComparison(value) || grades[normalize(value)]
	f.TimeLimited = timed || hasTimeWord(value)
}

// percentOf returns the value of q when it is a percentage.
func percentOf(q Quantity, neg bool) (float64, bool) {
	if q.Unit != "%" && q.Unit != "％" {
		return 0, false
	}
	if neg {
		return -q.Value, true
	}
	return q.Value, true
}
