package tablegen

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// injectIndicators applies the indicator defects of the rates to p's fresh list.
// Each content defect takes an indicator no other content defect has touched;
// the half-width colon may fall on any indicator.
func (g *generator) injectIndicators(dr *rand.Rand, p *project) {
	rates := &g.opt.Rates
	if hit(dr, rates.TooFewIndicators) && len(p.inds) > tooFewTarget {
		p.inds = p.inds[:tooFewTarget]
	}
	if hit(dr, rates.MissingSatisfaction) {
		p.inds = slices.DeleteFunc(p.inds, func(in indicator) bool { return in.l2[0] == '3' })
	}
	touched := make([]bool, len(p.inds))
	pick := func(ok func(in *indicator) bool) *indicator {
		var cands []int
		for i := range p.inds {
			if !touched[i] && ok(&p.inds[i]) {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return nil
		}
		i := cands[dr.IntN(len(cands))]
		touched[i] = true
		return &p.inds[i]
	}
	anyOne := func(*indicator) bool { return true }
	effect := func(in *indicator) bool { return in.l2[0] == '2' }
	if hit(dr, rates.TopicMismatch) {
		if in := pick(effect); in != nil {
			in.name, in.period = gameName, gamePeriod
			in.annual = fmt.Sprintf(gameAnnual, 3+dr.IntN(8))
			in.sep = "。"
			in.marks = append(in.marks, mark{kind: KindTopicMismatch, detail: "游戏产业"})
		}
	}
	if hit(dr, rates.CategoryName) {
		if in := pick(effect); in != nil {
			in.name = "社会效益"
			if in.l2 == "22" {
				in.name = "经济效益"
			}
			in.marks = append(in.marks, mark{kind: KindCategoryName, detail: in.name})
		}
	}
	if hit(dr, rates.VagueTimeliness) {
		if in := pick(func(in *indicator) bool { return in.l2[0] == '1' }); in != nil {
			in.l2, in.name, in.period, in.annual, in.sep = "13", vagueName, vaguePeriod, vagueAnnual, "。"
			in.marks = append(in.marks, mark{kind: KindVagueTimeliness, detail: vagueAnnual})
		}
	}
	if hit(dr, rates.SameValues) {
		if in := pick(anyOne); in != nil {
			in.period = in.annual
			in.marks = append(in.marks, mark{kind: KindSameValues, detail: in.annual})
		}
	}
	if hit(dr, rates.HalfWidth) && len(p.inds) > 0 {
		in := &p.inds[dr.IntN(len(p.inds))]
		in.halfWidth = true
		in.marks = append(in.marks, mark{kind: KindHalfWidth, detail: ": "})
	}
}

// structureMarks records what the finished list lacks: required first-level
// categories (产出, 效益, 满意度) and the minimum of three indicators.
func structureMarks(inds []indicator) []mark {
	var has [4]bool
	for _, in := range inds {
		has[in.l2[0]-'0'] = true
	}
	var ms []mark
	for c := byte('1'); c <= '3'; c++ {
		if !has[c-'0'] {
			ms = append(ms, mark{kind: KindMissingCategory, detail: categoryShort[c]})
		}
	}
	if len(inds) < minIndicators {
		ms = append(ms, mark{kind: KindTooFewIndicators, detail: fmt.Sprintf("%d", len(inds))})
	}
	return ms
}

// categoryShort names a first-level category without its trailing 指标.
var categoryShort = map[byte]string{'1': "产出", '2': "效益", '3': "满意度"}
