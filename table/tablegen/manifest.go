package tablegen

// Kind names a defect the generator can inject.
type Kind string

// Defect kinds. A missing category and too few indicators are recorded from the
// finished project, so they also appear when options or another defect cause them.
const (
	KindMissingCategory  Kind = "missing-category"       // a required first-level category (满意度, 效益, 产出) is absent
	KindSameValues       Kind = "same-period-annual"     // 实施周期指标值 equals 年度指标值
	KindTypo             Kind = "typo"                   // a dictionary typo in the goal
	KindTopicMismatch    Kind = "topic-mismatch"         // a game-industry indicator on an unrelated goal
	KindCategoryName     Kind = "category-as-name"       // a third-level name that is a category name
	KindVagueTimeliness  Kind = "vague-timeliness"       // a 时效 value with no time limit
	KindHalfWidth        Kind = "half-width-punctuation" // "指标值: " with a half-width colon
	KindRowSum           Kind = "row-sum"                // 总计 ≠ 财政拨款 + 财政专户拨款 + 其他资金 on one row
	KindUnitSum          Kind = "unit-sum"               // a unit row ≠ the sum of its projects
	KindTotalSum         Kind = "total-sum"              // the 合计 row ≠ the sum of the units
	KindMissingGoal      Kind = "missing-goal"           // an empty 绩效目标
	KindTooFewIndicators Kind = "too-few-indicators"     // fewer than three indicators
	KindCopiedIndicators Kind = "copied-indicators"      // the previous project's indicator list, verbatim

	KindVagueWording      Kind = "vague-wording"          // a hedging word (力争) before an annual value
	KindPercentRange      Kind = "percent-out-of-range"   // a rate or satisfaction target above 100%
	KindUnknownCategory   Kind = "unknown-category"       // a second-level name outside the framework (12-效率指标)
	KindCodeMismatch      Kind = "category-code-mismatch" // a second-level code naming another category (21-社会效益)
	KindNumbering         Kind = "numbering-gap"          // item numbers skip one (1、2、4、)
	KindDuplicateProject  Kind = "duplicate-project"      // the name of the unit's previous project again
	KindEmptyValue        Kind = "empty-indicator-value"  // an empty 实施周期指标值 or 年度指标值
	KindInvalidAmount     Kind = "invalid-amount"         // a 总计 cell that is not a number (约425.00)
	KindMalformed         Kind = "malformed-indicator"    // an item without its second level and values
	KindMissingIndicators Kind = "missing-indicators"     // an empty indicator cell
	KindUnquantified      Kind = "unquantified-value"     // a quantity, quality or cost value with nothing to measure
	KindLowSatisfaction   Kind = "satisfaction-threshold" // a satisfaction target below 80% or without a percentage
)

// Kinds lists every defect kind in a fixed order.
var Kinds = []Kind{
	KindMissingCategory, KindSameValues, KindTypo, KindTopicMismatch, KindCategoryName,
	KindVagueTimeliness, KindHalfWidth, KindRowSum, KindUnitSum, KindTotalSum,
	KindMissingGoal, KindTooFewIndicators, KindCopiedIndicators,
	KindVagueWording, KindPercentRange, KindUnknownCategory, KindCodeMismatch, KindNumbering,
	KindDuplicateProject, KindEmptyValue, KindInvalidAmount, KindMalformed, KindMissingIndicators,
	KindUnquantified, KindLowSatisfaction,
}

// Defect is one defect written into the table.
type Defect struct {
	Kind      Kind     `json:"kind"`
	Line      int      `json:"line"`                // 1-based line of the row that holds it
	Continued int      `json:"continued,omitempty"` // line where the row is printed again, cut short, after a page break
	Unit      string   `json:"unit,omitempty"`      // unit name; empty for the 合计 row
	Project   string   `json:"project,omitempty"`   // project name; empty for a unit or 合计 row
	Indicator string   `json:"indicator,omitempty"` // item number as written ("2"), for indicator defects
	Columns   []string `json:"columns,omitempty"`   // amount columns that do not reconcile (总计, 财政拨款, …)
	Detail    string   `json:"detail,omitempty"`    // what exactly: "正产→正常", "满意度", the copied project's name
}

// Manifest describes a generated table and every defect written into it.
type Manifest struct {
	Seed       uint64       `json:"seed"`
	Department string       `json:"department"`
	Bytes      int64        `json:"bytes"`
	Lines      int          `json:"lines"`
	Pages      int          `json:"pages"`
	Units      int          `json:"units"`
	Projects   int          `json:"projects"`   // project rows, continuations after a page break not counted
	Indicators int          `json:"indicators"` // well-formed indicators; malformed items not counted
	Counts     map[Kind]int `json:"counts"`     // defects per kind; kinds with none are absent
	Defects    []Defect     `json:"defects"`
}

// add records d in the manifest.
func (m *Manifest) add(d Defect) {
	if m.Counts == nil {
		m.Counts = map[Kind]int{}
	}
	m.Counts[d.Kind]++
	m.Defects = append(m.Defects, d)
}

// mark is a defect attached to a generated object before its line is known.
type mark struct {
	kind    Kind
	columns []string
	detail  string
}
