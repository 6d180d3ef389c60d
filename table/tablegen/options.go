// Package tablegen writes realistic performance-goal tables (项目支出绩效目标表) in
// the published text layout, of any size, deterministically from a seed, with
// defects injected at chosen rates and a manifest of what was injected. It feeds
// benchmarks, throughput measurements and tests of the linter.
package tablegen

import "fmt"

// Range is an inclusive range of counts.
type Range struct {
	Min, Max int
}

// Options say what table to generate. The zero value of a field takes its
// default; the same Options always give the same bytes.
type Options struct {
	Seed       uint64 // seed of the PCG source; every unit and project draws from its own stream
	Department string // 部门名称; empty picks one from the seed
	Year       int    // budget year used in dates; 0 means 2026

	Units                int   // number of 资金使用单位 (Generate; GenerateSize adds units until the size is reached)
	ProjectsPerUnit      Range // projects under each unit; zero means 3–12
	IndicatorsPerProject Range // indicators of a clean project, 1–8; zero means 3–6
	PageBreakEvery       int   // rows per page before a page break; 0 means no page breaks

	Rates Rates // defect probabilities; the zero value gives a clean table
}

// Rates are the probabilities of each injected defect. Project-level and
// indicator-level rates apply once per project (an indicator-level defect hits
// one indicator of the project); UnitSum once per unit; TotalSum once per table.
type Rates struct {
	MissingSatisfaction float64 // drop the 3-满意度指标 indicators
	SameValues          float64 // 实施周期指标值 identical to 年度指标值 (or differing only by a final 。)
	Typo                float64 // a dictionary typo (正产 for 正常) in the goal
	TopicMismatch       float64 // a game-industry indicator on a goal that is not about games
	CategoryName        float64 // an indicator named after a category (社会效益 under 21-经济效益)
	VagueTimeliness     float64 // a 时效 indicator valued 及时拨付 with no time limit
	HalfWidth           float64 // half-width "：" in an indicator ("实施周期指标值: ")
	RowSum              float64 // a project's 总计 differs from the sum of its funding columns
	UnitSum             float64 // a unit row differs from the sum of its projects
	TotalSum            float64 // the 合计 row differs from the sum of the units
	MissingGoal         float64 // an empty 绩效目标
	TooFewIndicators    float64 // fewer than three indicators
	CopiedIndicators    float64 // the indicator list of the previous project, copied verbatim

	VagueWording      float64 // a hedging word (力争, 争取) before an annual value
	PercentRange      float64 // a rate or satisfaction target above 100% (≥120%)
	UnknownCategory   float64 // a second-level name outside the framework (12-效率指标)
	CodeMismatch      float64 // a second-level code of a sibling category (21-社会效益)
	Numbering         float64 // item numbers that skip one from some item on
	DuplicateProject  float64 // a project named as the unit's previous project
	EmptyValue        float64 // an empty 实施周期指标值 or 年度指标值
	InvalidAmount     float64 // a 总计 cell written 约425.00; such a project and its unit get no sum defect
	Malformed         float64 // an item written without its second level and values
	MissingIndicators float64 // no indicators at all; such a project gets no missing goal
	Unquantified      float64 // a quantity, quality or cost value with nothing to measure (圆满完成)
	LowSatisfaction   float64 // a satisfaction target below 80% (≥70%) or without a percentage (基本满意)
}

// UniformRates returns Rates with every defect at probability p.
func UniformRates(p float64) Rates {
	var r Rates
	for _, k := range Kinds {
		*r.field(k) = p
	}
	return r
}

// Set sets the rate of defect kind k to p.
func (r *Rates) Set(k Kind, p float64) error {
	f := r.field(k)
	if f == nil {
		return fmt.Errorf("tablegen: unknown defect kind %q", k)
	}
	*f = p
	return nil
}

// field returns the rate of kind k, or nil for an unknown kind.
func (r *Rates) field(k Kind) *float64 {
	switch k {
	case KindMissingCategory:
		return &r.MissingSatisfaction
	case KindSameValues:
		return &r.SameValues
	case KindTypo:
		return &r.Typo
	case KindTopicMismatch:
		return &r.TopicMismatch
	case KindCategoryName:
		return &r.CategoryName
	case KindVagueTimeliness:
		return &r.VagueTimeliness
	case KindHalfWidth:
		return &r.HalfWidth
	case KindRowSum:
		return &r.RowSum
	case KindUnitSum:
		return &r.UnitSum
	case KindTotalSum:
		return &r.TotalSum
	case KindMissingGoal:
		return &r.MissingGoal
	case KindTooFewIndicators:
		return &r.TooFewIndicators
	case KindCopiedIndicators:
		return &r.CopiedIndicators
	case KindVagueWording:
		return &r.VagueWording
	case KindPercentRange:
		return &r.PercentRange
	case KindUnknownCategory:
		return &r.UnknownCategory
	case KindCodeMismatch:
		return &r.CodeMismatch
	case KindNumbering:
		return &r.Numbering
	case KindDuplicateProject:
		return &r.DuplicateProject
	case KindEmptyValue:
		return &r.EmptyValue
	case KindInvalidAmount:
		return &r.InvalidAmount
	case KindMalformed:
		return &r.Malformed
	case KindMissingIndicators:
		return &r.MissingIndicators
	case KindUnquantified:
		return &r.Unquantified
	case KindLowSatisfaction:
		return &r.LowSatisfaction
	}
	return nil
}

// maxProjectsPerUnit bounds ProjectsPerUnit so that project streams stay distinct.
const maxProjectsPerUnit = 1 << 20

// withDefaults returns o with zero fields replaced by their defaults, or an error
// naming the first invalid field.
func (o Options) withDefaults() (Options, error) {
	if o.Year == 0 {
		o.Year = 2026
	}
	if o.ProjectsPerUnit == (Range{}) {
		o.ProjectsPerUnit = Range{3, 12}
	}
	if o.IndicatorsPerProject == (Range{}) {
		o.IndicatorsPerProject = Range{3, 6}
	}
	switch {
	case o.Units < 0:
		return o, fmt.Errorf("tablegen: Units is %d; want 0 or more", o.Units)
	case o.ProjectsPerUnit.Min < 1 || o.ProjectsPerUnit.Max < o.ProjectsPerUnit.Min || o.ProjectsPerUnit.Max >= maxProjectsPerUnit:
		return o, fmt.Errorf("tablegen: ProjectsPerUnit is %d–%d; want 1 ≤ min ≤ max < %d",
			o.ProjectsPerUnit.Min, o.ProjectsPerUnit.Max, maxProjectsPerUnit)
	case o.IndicatorsPerProject.Min < 1 || o.IndicatorsPerProject.Max < o.IndicatorsPerProject.Min || o.IndicatorsPerProject.Max > 8:
		return o, fmt.Errorf("tablegen: IndicatorsPerProject is %d–%d; want 1 ≤ min ≤ max ≤ 8",
			o.IndicatorsPerProject.Min, o.IndicatorsPerProject.Max)
	case o.PageBreakEvery < 0:
		return o, fmt.Errorf("tablegen: PageBreakEvery is %d; want 0 (none) or more", o.PageBreakEvery)
	case o.Year < 1900 || o.Year > 9000:
		return o, fmt.Errorf("tablegen: Year is %d; want a year such as 2026", o.Year)
	}
	for _, r := range o.Rates.list() {
		if r.p < 0 || r.p > 1 || r.p != r.p {
			return o, fmt.Errorf("tablegen: rate %s is %v; want a probability from 0 to 1", r.kind, r.p)
		}
	}
	return o, nil
}

// rate is one defect probability with the kind it injects.
type rate struct {
	kind Kind
	p    float64
}

// list returns the rates with their kinds, in the order of Kinds.
func (r Rates) list() []rate {
	out := make([]rate, len(Kinds))
	for i, k := range Kinds {
		out[i] = rate{k, *r.field(k)}
	}
	return out
}
