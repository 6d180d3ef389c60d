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
	Unquantified      bool    `expr:"unquantified"`      // the annual value is written but not quantified: !annualEmpty && !quantified
	TimeLimited       bool    `expr:"timeLimited"`       // hasTimeLimit(value)
	HasPercent        bool    `expr:"hasPercent"`        // percent(value) != nil
	Percent           float64 `expr:"percent"`           // percent(value), 0 without one
	PercentOutOfRange bool    `expr:"percentOutOfRange"` // a percentage of the value or of the period value is below 0 or above 100
	Vague             bool    `expr:"vague"`             // vagueWords finds a word in the period or the annual value

	HasUnit      bool `expr:"hasUnit"`      // a measurement unit is written: !unitEmpty
	Quantitative bool `expr:"quantitative"` // indicator.kind == "定量"
	Timeliness   bool `expr:"timeliness"`   // a timeliness indicator: level2 == "时效"
	Satisfaction bool `expr:"satisfaction"` // a satisfaction indicator: category == "满意度"

	Set FactSet `expr:"-"` // the facts above that are true, as bits, for the rules' `if` lists

	recent *categoryCache // the category facts of recent indicators
}

// categoryFacts are the facts of one pair of first- and second-level categories.
type categoryFacts struct {
	levels                                                 [2]table.Level
	level1, level2, category, code1Name, code2Name, parent string
	level1Unknown, level2Unknown, code1Clash, code2Clash   bool
	prefixClash, parentClash                               bool
}

// categoryCache holds the category facts of the pairs of levels found last:
// a table's indicators use a few pairs (产出/数量, 产出/质量, …), the same from
// one project to the next. A pair has one place in the cache, chosen by the
// lengths of its names and the bytes that tell most second-level names apart,
// and takes it from the pair found there before.
type categoryCache struct {
	entries [32]categoryFacts
	filled  [32]bool
}

// get returns the category facts of in's levels, found again only when they
// are not those of the pair last found at their place.
func (c *categoryCache) get(h *helpers, in *table.Indicator) *categoryFacts {
	name := in.Level2.Name
	k := uint32(len(name)) ^ uint32(len(in.Level1.Name))<<8
	if len(name) >= 3 { // the last two bytes of a Chinese first character differ the most
		k ^= uint32(name[1])<<16 | uint32(name[2])<<24
	}
	i := (k * 0x9E3779B1) >> (32 - 5) // one of 32 places
	e := &c.entries[i]
	if !c.filled[i] || !sameLevels(e, in) {
		h.findCategories(in, e)
		c.filled[i] = true
	}
	return e
}

// sameLevels reports whether the category facts e are those of in's levels.
func sameLevels(e *categoryFacts, in *table.Indicator) bool {
	return e.levels[1].Name == in.Level2.Name && e.levels[0].Name == in.Level1.Name &&
		e.levels[1].Code == in.Level2.Code && e.levels[0].Code == in.Level1.Code
}

// Facter finds the facts of indicators with the dictionaries of a rule set. It
// is safe for concurrent use.
type Facter struct {
	h *helpers
}

// Find fills f with the facts of in. f is reused from one indicator to the
// next: the facts of the categories are found again only when they differ
// from those of the last few indicators. Find allocates only when the indicator
// carries an operator or a measurement unit besides its annual value.
func (fr *Facter) Find(in *table.Indicator, f *IndicatorFacts) {
	h := fr.h
	period, annual := normalize(in.Period), normalize(in.Annual)
	f.NameEmpty = blank(in.Name)
	f.PeriodEmpty, f.AnnualEmpty = period == "", annual == ""
	f.UnitEmpty = blank(in.MeasureUnit)
	f.SameValues = period != "" && period == annual
	if f.recent == nil {
		f.recent = &categoryCache{}
	}
	f.setCategories(f.recent.get(h, in))

	name := h.lookup(in.Name)
	f.NameIsLevel1 = name.level1 != ""
	f.NameIsLevel2 = name.level2 != ""
	f.NameParent = name.level2Parent

	f.Quantified, f.TimeLimited, f.HasPercent, f.Percent, f.PercentOutOfRange = false, false, false, 0, false
	value := in.Annual // the operator, the annual value and the measurement unit together
	if in.Operator != "" || in.MeasureUnit != "" {
		value = in.Operator + in.Annual + in.MeasureUnit
	}
	f.findValue(value)
	if strings.Contains(in.Period, "%") || strings.Contains(in.Period, "％") {
		scanQuantities(in.Period, func(q Quantity, neg bool) {
			if v, ok := percentOf(q, neg); ok && (v > 100 || v < 0) {
				f.PercentOutOfRange = true
			}
		})
	}
	f.Vague = h.vague.contains(in.Period) || h.vague.contains(in.Annual)
	f.Unquantified = !f.AnnualEmpty && !f.Quantified
	f.HasUnit, f.Quantitative = !f.UnitEmpty, in.Kind == "定量"
	f.Timeliness, f.Satisfaction = f.Level2 == "时效", f.Category == "满意度"
	f.findSet()
}

// findCategories finds the facts of the indicator's first and second levels.
func (h *helpers) findCategories(in *table.Indicator, c *categoryFacts) {
	l1, l2 := h.lookup(in.Level1.Name), h.lookup(in.Level2.Name)
	c.levels = [2]table.Level{in.Level1, in.Level2}
	c.level1, c.level2 = l1.level1, l2.level2
	c.category = h.level1Of(in)
	c.level1Unknown = c.level1 == "" && normalize(in.Level1.Name) != ""
	c.level2Unknown = c.level2 == "" && normalize(in.Level2.Name) != ""
	c.code1Name, c.code2Name = h.code1[in.Level1.Code], h.code2[in.Level2.Code]
	c.code1Clash = c.code1Name != "" && c.level1 != "" && c.code1Name != c.level1
	c.code2Clash = c.code2Name != "" && c.level2 != "" && c.code2Name != c.level2
	c1, c2 := in.Level1.Code, in.Level2.Code
	c.prefixClash = c1 != "" && c2 != "" && !strings.HasPrefix(c2, c1)
	c.parent = l2.level2Parent
	c.parentClash = c.level1 != "" && c.level2 != "" && c.parent != c.level1
}

// setCategories copies the category facts c into f.
func (f *IndicatorFacts) setCategories(c *categoryFacts) {
	f.Level1, f.Level2, f.Category = c.level1, c.level2, c.category
	f.Level1Unknown, f.Level2Unknown = c.level1Unknown, c.level2Unknown
	f.Code1Name, f.Code2Name = c.code1Name, c.code2Name
	f.Level1CodeClash, f.Level2CodeClash = c.code1Clash, c.code2Clash
	f.CodePrefixClash = c.prefixClash
	f.Level2Parent, f.ParentClash = c.parent, c.parentClash
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
