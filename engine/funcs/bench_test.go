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
