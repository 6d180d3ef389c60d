package tablegen

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// injectIndicators applies the indicator defects of the rates to p's fresh list.
// Each content defect takes an indicator no other content defect has touched;
// the numbering gap and the half-width colon may fall on any indicator, the
// colon on any but a malformed item, which has no value labels.
func (g *generator) injectIndicators(dr *rand.Rand, p *project) {
	rates := &g.opt.Rates
	if hit(dr, rates.TooFewIndicators) && len(p.inds) > tooFewTarget {
		p.inds = p.inds[:tooFewTarget]
	}
	if hit(dr, rates.MissingSatisfaction) {
		p.inds = slices.DeleteFunc(p.inds, func(in indicator) bool { return in.l2[0] == '3' })
	}
	pk := picker{dr: dr, inds: p.inds, touched: make([]bool, len(p.inds))}
	effect := func(in *indicator) bool { return in.l2[0] == '2' }
	if hit(dr, rates.TopicMismatch) {
		if in := pk.pick(effect); in != nil {
			in.name, in.period = gameName, gamePeriod
			in.annual = fmt.Sprintf(gameAnnual, 3+dr.IntN(8))
			in.sep = "。"
			in.marks = append(in.marks, mark{kind: KindTopicMismatch, detail: "游戏产业"})
		}
	}
	if hit(dr, rates.CategoryName) {
		if in := pk.pick(effect); in != nil {
			in.name = "社会效益"
			if in.l2 == "22" {
				in.name = "经济效益"
			}
			in.marks = append(in.marks, mark{kind: KindCategoryName, detail: in.name})
		}
	}
	if hit(dr, rates.VagueTimeliness) {
		if in := pk.pick(func(in *indicator) bool { return in.l2[0] == '1' }); in != nil {
			in.l2, in.name, in.period, in.annual, in.sep = "13", vagueName, vaguePeriod, vagueAnnual, "。"
			in.marks = append(in.marks, mark{kind: KindVagueTimeliness, detail: vagueAnnual})
		}
	}
	if hit(dr, rates.SameValues) {
		if in := pk.pick(anyIndicator); in != nil {
			in.period = in.annual
			in.marks = append(in.marks, mark{kind: KindSameValues, detail: in.annual})
		}
	}
	injectValues(dr, rates, &pk)
	injectNumbering(dr, rates, p.inds)
	if hit(dr, rates.HalfWidth) {
		var cands []int
		for i := range p.inds {
			if !p.inds[i].malformed {
				cands = append(cands, i)
			}
		}
		if len(cands) > 0 {
			in := &p.inds[cands[dr.IntN(len(cands))]]
			in.halfWidth = true
			in.marks = append(in.marks, mark{kind: KindHalfWidth, detail: ": "})
		}
	}
}

// picker picks indicators of one list for content defects, each at most once.
type picker struct {
	dr      *rand.Rand
	inds    []indicator
	touched []bool
}

// pick returns an untouched indicator for which ok holds, drawn from dr, and
// marks it touched; nil when there is none.
func (pk *picker) pick(ok func(in *indicator) bool) *indicator {
	var cands []int
	for i := range pk.inds {
		if !pk.touched[i] && ok(&pk.inds[i]) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	i := cands[pk.dr.IntN(len(cands))]
	pk.touched[i] = true
	return &pk.inds[i]
}

// anyIndicator accepts every indicator.
func anyIndicator(*indicator) bool { return true }

// structureMarks records what the finished list lacks: required first-level
// categories (产出, 效益, 满意度) and the minimum of three indicators.
// A list without indicators is a missing-indicators defect instead.
func structureMarks(inds []indicator) []mark {
	if len(inds) == 0 {
		return nil
	}
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
