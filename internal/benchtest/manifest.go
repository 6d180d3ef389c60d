package benchtest

import "github.com/jxlint/jxlint/table/tablegen"

// RuleOfKind maps the defect kinds that one built-in rule reports once per
// injected defect to that rule's id.
var RuleOfKind = map[tablegen.Kind]string{
	tablegen.KindMissingCategory:  "missing-indicator-category",
	tablegen.KindSameValues:       "identical-period-annual",
	tablegen.KindTypo:             "typo",
	tablegen.KindTopicMismatch:    "goal-indicator-mismatch",
	tablegen.KindCategoryName:     "indicator-name-is-category",
	tablegen.KindVagueTimeliness:  "vague-timeliness",
	tablegen.KindHalfWidth:        "mixed-punctuation",
	tablegen.KindRowSum:           "sum-row",
	tablegen.KindUnitSum:          "sum-unit",
	tablegen.KindTotalSum:         "sum-total",
	tablegen.KindMissingGoal:      "missing-goal",
	tablegen.KindTooFewIndicators: "too-few-indicators",
	tablegen.KindCopiedIndicators: "copied-indicators",

	tablegen.KindVagueWording:      "vague-wording",
	tablegen.KindPercentRange:      "percent-out-of-range",
	tablegen.KindUnknownCategory:   "unknown-category",
	tablegen.KindCodeMismatch:      "category-code-mismatch",
	tablegen.KindNumbering:         "numbering",
	tablegen.KindDuplicateProject:  "duplicate-project",
	tablegen.KindEmptyValue:        "empty-indicator-value",
	tablegen.KindInvalidAmount:     "invalid-amount",
	tablegen.KindMalformed:         "malformed-indicator",
	tablegen.KindMissingIndicators: "missing-indicators",
	tablegen.KindUnquantified:      "unquantified-value",
	tablegen.KindLowSatisfaction:   "satisfaction-threshold",
}
