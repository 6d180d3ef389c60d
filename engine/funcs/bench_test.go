package funcs

import "testing"

// benchText is a typical annual value with a typo, a hedge and a topic.
const benchText = "进一步优化我区游戏产业的发展环境，基层组织正产运转，经费到位后7个工作日内拨付，满意度90%以上。"

func BenchmarkHelpers(b *testing.B) {
	h := newHelpers(builtinDicts(b))
	b.ReportAllocs()
	for b.Loop() {
		h.typos.find(benchText)
		h.vague.find(benchText)
		h.topics.topics(benchText)
		normalize(benchText)
		isQuantified(benchText)
		hasTimeLimit(benchText)
		percent(benchText)
		halfWidthPunct(benchText)
	}
}

// benchValues are texts as indicators write them: most hold no space and end
// without a mark.
var benchValues = []string{"经费到位后7个工作日内拨付", "≥95%", "正常运转", "优良", "“数字经济”专题培训班",
	"按时完成项目验收。", "举办 2 场", "满意度（％）", "个", "2025年12月31日前"}

func BenchmarkNormalize(b *testing.B) {
	for b.Loop() {
		for _, s := range benchValues {
			normalize(s)
		}
	}
}
