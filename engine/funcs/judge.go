package funcs

// comparisons are the words and signs that state a measurable bound.
var comparisons = []string{"≥", "≤", ">", "<", "＞", "＜", "≧", "≦", "不低于", "不少于", "不高于",
	"不超过", "不多于", "不大于", "不小于", "高于", "低于"}

// grades are whole values that state a grade (定性 values graded 好/较好/一般).
var grades = map[string]bool{"优": true, "优秀": true, "良": true, "良好": true, "中": true, "中等": true,
	"差": true, "较差": true, "好": true, "较好": true, "一般": true, "合格": true, "不合格": true,
	"达标": true, "高": true, "较高": true, "低": true, "较低": true, "是": true, "否": true,
	"显著": true, "明显": true, "有效": true, "无": true, "A": true, "B": true, "C": true, "D": true,
	"甲级": true, "乙级": true, "丙级": true, "A级": true, "B级": true, "C级": true, "AAA": true}

// isQuantified reports whether text states something measurable: a number
// (not an ordinal such as 第四届; Chinese numerals only with a measure word), a
// percentage, a date, a comparison such as ≥ or 不低于, or, as the whole
// value, a grade such as 优良 or 合格.
func isQuantified(text string) bool {
	found := false
	scanQuantities(text, func(Quantity, bool) { found = true })
	return found || hasComparison(text) || grades[normalize(text)]
}

// comparisonMatcher finds comparisons in one pass over a text.
var comparisonMatcher = func() *wordMatcher {
	pairs := make(map[string]string, len(comparisons))
	for _, w := range comparisons {
		pairs[w] = ""
	}
	return newMatcher(pairs)
}()

// hasComparison reports whether text holds one of comparisons.
func hasComparison(text string) bool { return comparisonMatcher.contains(text) }

// timeWords are expressions of a concrete time that carry no number.
var timeWords = []string{"年底", "年末", "年内", "年度内", "当年", "本年", "今年", "月底", "月末", "当月",
	"季末", "季度末", "上半年", "下半年", "当日", "当天", "次日", "同日", "即日", "实时"}

// timeUnits are the measure words that make a number a time or a duration.
var timeUnits = map[string]bool{"个工作日": true, "工作日": true, "个小时": true, "小时": true, "个月": true,
	"月": true, "日": true, "天": true, "周": true, "年": true, "季度": true}

// hasTimeLimit reports whether text names a concrete time: a date or duration
// (7个工作日内, 2025年6月, 三个月) or a period word such as 年底 or 本年度内.
// 及时 and 按时 alone are not a time.
func hasTimeLimit(text string) bool {
	found := false
	scanQuantities(text, func(q Quantity, _ bool) {
		if timeUnits[q.Unit] {
			found = true
		}
	})
	return found || hasTimeWord(text)
}

// timeWordMatcher finds timeWords in one pass over a text.
var timeWordMatcher = func() *wordMatcher {
	pairs := make(map[string]string, len(timeWords))
	for _, w := range timeWords {
		pairs[w] = ""
	}
	return newMatcher(pairs)
}()

// hasTimeWord reports whether text holds one of timeWords.
func hasTimeWord(text string) bool { return timeWordMatcher.contains(text) }
