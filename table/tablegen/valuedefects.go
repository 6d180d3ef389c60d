package tablegen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// injectValues applies the defects of categories, values and item shape, each
// to an indicator no other content defect has touched.
func injectValues(dr *rand.Rand, rates *Rates, pk *picker) {
	notSatisfaction := func(in *indicator) bool { return in.l2[0] != '3' }
	if hit(dr, rates.UnknownCategory) {
		if in := pk.pick(notSatisfaction); in != nil {
			names := unknownLevel2[in.l2[0]]
			in.l2Name = names[dr.IntN(len(names))]
			in.marks = append(in.marks, mark{kind: KindUnknownCategory, detail: in.l2Name})
		}
	}
	if hit(dr, rates.CodeMismatch) {
		if in := pk.pick(notSatisfaction); in != nil {
			in.code = siblingCode[in.l2]
			in.marks = append(in.marks, mark{kind: KindCodeMismatch, detail: in.code + "-" + level2Names[in.l2]})
		}
	}
	if hit(dr, rates.VagueWording) {
		if in := pk.pick(anyIndicator); in != nil {
			w := hedges[dr.IntN(len(hedges))]
			in.annual = w + in.annual
			in.marks = append(in.marks, mark{kind: KindVagueWording, detail: w})
		}
	}
	if hit(dr, rates.PercentRange) {
		if in := pk.pick(isRate); in != nil {
			in.annual = fmt.Sprintf("≥%d%%", 101+dr.IntN(50))
			in.marks = append(in.marks, mark{kind: KindPercentRange, detail: in.annual})
		}
	}
	if hit(dr, rates.Unquantified) {
		if in := pk.pick(func(in *indicator) bool { return in.l2 == "11" || in.l2 == "12" || in.l2 == "14" }); in != nil {
			in.annual, in.sep = unmeasurable[dr.IntN(len(unmeasurable))], "。"
			in.marks = append(in.marks, mark{kind: KindUnquantified, detail: in.annual})
		}
	}
	if hit(dr, rates.LowSatisfaction) {
		if in := pk.pick(func(in *indicator) bool { return in.l2 == "31" }); in != nil {
			in.annual, in.sep = fmt.Sprintf("≥%d%%", 60+dr.IntN(20)), "。"
			if dr.IntN(3) == 0 {
				in.annual = unsurveyed
			}
			in.marks = append(in.marks, mark{kind: KindLowSatisfaction, detail: in.annual})
		}
	}
	if hit(dr, rates.EmptyValue) {
		if in := pk.pick(anyIndicator); in != nil {
			which := "实施周期指标值"
			if dr.IntN(2) == 0 {
				in.period = ""
			} else {
				in.annual, in.sep, which = "", "。", "年度指标值"
			}
			in.marks = append(in.marks, mark{kind: KindEmptyValue, detail: which})
		}
	}
	if hit(dr, rates.Malformed) {
		if in := pk.pick(anyIndicator); in != nil {
			in.malformed = true
			in.marks = append(in.marks, mark{kind: KindMalformed, detail: in.name})
		}
	}
}

// isRate reports whether in is a percentage that cannot exceed 100%: a rate
// (its name ends in 率) or a satisfaction target.
func isRate(in *indicator) bool {
	return in.vk == vPct && (in.l2 == "31" || strings.HasSuffix(in.name, "率"))
}

// injectNumbering numbers the items 1, 2, 3, … and, at the numbering rate,
// skips a number before one of them: every later item moves up by one, so the
// list has one gap.
func injectNumbering(dr *rand.Rand, rates *Rates, inds []indicator) {
	for i := range inds {
		inds[i].number = i + 1
	}
	if !hit(dr, rates.Numbering) || len(inds) == 0 {
		return
	}
	k := dr.IntN(len(inds))
	for i := k; i < len(inds); i++ {
		inds[i].number++
	}
	inds[k].marks = append(inds[k].marks, mark{kind: KindNumbering, detail: "want " + strconv.Itoa(k+1)})
}

// Texts of the value defects. None holds a number, a comparison, a time word,
// a topic keyword or a typo, so that each defect triggers its rule alone.
var (
	// hedges are words of the vague dictionary put before an annual value.
	hedges = []string{"力争", "争取"}
	// unmeasurable are annual values with nothing to measure.
	unmeasurable = []string{"高质量完成", "圆满完成各项任务", "保质保量完成", "顺利推进"}
	// unknownLevel2 are second-level names outside the framework, by first-level code.
	unknownLevel2 = map[byte][]string{'1': {"效率指标", "进度指标"}, '2': {"管理效益", "政治效益"}}
	// siblingCode is another second-level code under the same first level.
	siblingCode = map[string]string{"11": "12", "12": "11", "13": "14", "14": "13",
		"21": "22", "22": "21", "23": "24", "24": "23"}
)

// unsurveyed is a satisfaction target without a percentage.
const unsurveyed = "服务对象基本满意"

// approxPrefix starts a 总计 cell that is not a number.
const approxPrefix = "约"
