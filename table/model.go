package table

import "github.com/shopspring/decimal"

// Document is one table file: its header facts, the 合计 row and the units in order.
type Document struct {
	Path       string    `json:"path" yaml:"path" expr:"path"`
	Format     string    `json:"format" yaml:"format" expr:"format"`                     // text, csv, xlsx, json, yaml
	Layout     string    `json:"layout,omitempty" yaml:"layout,omitempty" expr:"layout"` // packed or rows
	Encoding   string    `json:"encoding,omitempty" yaml:"encoding,omitempty" expr:"encoding"`
	Title      string    `json:"title,omitempty" yaml:"title,omitempty" expr:"title"`
	Department string    `json:"department,omitempty" yaml:"department,omitempty" expr:"department"`
	MoneyUnit  string    `json:"moneyUnit,omitempty" yaml:"moneyUnit,omitempty" expr:"moneyUnit"` // 万元 or 元
	Total      *Amounts  `json:"total,omitempty" yaml:"total,omitempty" expr:"total"`             // the 合计 row; nil when the table has none
	Units      []*Unit   `json:"units" yaml:"units" expr:"units"`
	Problems   []Problem `json:"problems,omitempty" yaml:"problems,omitempty" expr:"problems"` // document-level reading problems
	Spans      DocSpans  `json:"spans,omitzero" yaml:"spans,omitempty" expr:"spans"`
}

// DocSpans locates the document's header values.
type DocSpans struct {
	Title      Span `json:"title,omitzero" yaml:"title,omitempty" expr:"title"`
	Department Span `json:"department,omitzero" yaml:"department,omitempty" expr:"department"`
	MoneyUnit  Span `json:"moneyUnit,omitzero" yaml:"moneyUnit,omitempty" expr:"moneyUnit"`
	TotalRow   Span `json:"totalRow,omitzero" yaml:"totalRow,omitempty" expr:"totalRow"` // the label cell of the 合计 row
}

// Unit is a 资金使用单位 row and the projects that follow it.
type Unit struct {
	Name     string     `json:"name" yaml:"name" expr:"name"`
	Amounts  Amounts    `json:"amounts" yaml:"amounts" expr:"amounts"`
	Projects []*Project `json:"projects" yaml:"projects" expr:"projects"`
	Spans    UnitSpans  `json:"spans,omitzero" yaml:"spans,omitempty" expr:"spans"`
}

// UnitSpans locates a unit row's values.
type UnitSpans struct {
	Name Span `json:"name,omitzero" yaml:"name,omitempty" expr:"name"`
}

// Project is one project row with its goal and indicators.
type Project struct {
	Name       string       `json:"name" yaml:"name" expr:"name"`
	Amounts    Amounts      `json:"amounts" yaml:"amounts" expr:"amounts"`
	Goal       string       `json:"goal" yaml:"goal" expr:"goal"`                                       // 绩效目标 (年度目标 in the rows layout)
	PeriodGoal string       `json:"periodGoal,omitempty" yaml:"periodGoal,omitempty" expr:"periodGoal"` // 实施期目标/长期目标 where the form has one
	Indicators []*Indicator `json:"indicators" yaml:"indicators" expr:"indicators"`
	Problems   []Problem    `json:"problems,omitempty" yaml:"problems,omitempty" expr:"problems"` // items the reader could not split
	Spans      ProjectSpans `json:"spans,omitzero" yaml:"spans,omitempty" expr:"spans"`
}

// ProjectSpans locates a project row's values.
type ProjectSpans struct {
	Name       Span `json:"name,omitzero" yaml:"name,omitempty" expr:"name"`
	Goal       Span `json:"goal,omitzero" yaml:"goal,omitempty" expr:"goal"`
	PeriodGoal Span `json:"periodGoal,omitzero" yaml:"periodGoal,omitempty" expr:"periodGoal"`
	Indicators Span `json:"indicators,omitzero" yaml:"indicators,omitempty" expr:"indicators"` // the packed indicator cell
}

// Level is a first- or second-level indicator category: a code such as "21" (may
// be empty) and a name such as "经济效益".
type Level struct {
	Code string `json:"code" yaml:"code" expr:"code"`
	Name string `json:"name" yaml:"name" expr:"name"`
}

// Indicator is one third-level performance indicator.
type Indicator struct {
	Number string `json:"number" yaml:"number" expr:"number"` // as written, "3" for "3、"
	Level1 Level  `json:"level1" yaml:"level1" expr:"level1"`
	Level2 Level  `json:"level2" yaml:"level2" expr:"level2"`
	Name   string `json:"name" yaml:"name" expr:"name"`
	Period string `json:"period" yaml:"period" expr:"period"` // 实施周期指标值; empty where the layout has none
	Annual string `json:"annual" yaml:"annual" expr:"annual"` // 年度指标值 (指标值 in the rows layout)

	// Fields of the one-row-per-indicator layout; empty in the packed layout.
	Operator    string           `json:"operator,omitempty" yaml:"operator,omitempty" expr:"operator"`          // ≥ = ≤ > <
	Value       *decimal.Decimal `json:"value,omitempty" yaml:"value,omitempty" expr:"value"`                   // numeric value when the 指标值 is a number
	MeasureUnit string           `json:"measureUnit,omitempty" yaml:"measureUnit,omitempty" expr:"measureUnit"` // 度量单位/计量单位
	Weight      *decimal.Decimal `json:"weight,omitempty" yaml:"weight,omitempty" expr:"weight"`                // 权重
	Direction   string           `json:"direction,omitempty" yaml:"direction,omitempty" expr:"direction"`       // 指标方向性
	Kind        string           `json:"kind,omitempty" yaml:"kind,omitempty" expr:"kind"`                      // 定量 or 定性

	Spans IndicatorSpans `json:"spans,omitzero" yaml:"spans,omitempty" expr:"spans"`
}

// IndicatorSpans locates an indicator's values. Item covers the whole item (or row).
type IndicatorSpans struct {
	Item        Span `json:"item,omitzero" yaml:"item,omitempty" expr:"item"`
	Number      Span `json:"number,omitzero" yaml:"number,omitempty" expr:"number"`
	Level1      Span `json:"level1,omitzero" yaml:"level1,omitempty" expr:"level1"`
	Level2      Span `json:"level2,omitzero" yaml:"level2,omitempty" expr:"level2"`
	Name        Span `json:"name,omitzero" yaml:"name,omitempty" expr:"name"`
	Period      Span `json:"period,omitzero" yaml:"period,omitempty" expr:"period"`
	Annual      Span `json:"annual,omitzero" yaml:"annual,omitempty" expr:"annual"`
	Operator    Span `json:"operator,omitzero" yaml:"operator,omitempty" expr:"operator"`
	MeasureUnit Span `json:"measureUnit,omitzero" yaml:"measureUnit,omitempty" expr:"measureUnit"`
	Weight      Span `json:"weight,omitzero" yaml:"weight,omitempty" expr:"weight"`
	Kind        Span `json:"kind,omitzero" yaml:"kind,omitempty" expr:"kind"`
	Direction   Span `json:"direction,omitzero" yaml:"direction,omitempty" expr:"direction"`
}

// Problem is something the reader found but could not model, kept so that a rule
// can report it (Kind is the rule id: malformed-indicator, invalid-amount).
type Problem struct {
	Kind    string `json:"kind" yaml:"kind" expr:"kind"`
	Message string `json:"message" yaml:"message" expr:"message"` // English detail for the rule message
	Text    string `json:"text" yaml:"text" expr:"text"`          // the offending source text
	Span    Span   `json:"span" yaml:"span" expr:"span"`
}
