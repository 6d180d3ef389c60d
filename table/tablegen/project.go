package tablegen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// indicator is one generated third-level indicator.
type indicator struct {
	l2, name       string
	period, annual string
	vk             valueKind // how the clean values were drawn
	number         int       // item number as written; 0 writes its place in the list
	code           string    // second-level code as written when it is not l2's (a code mismatch)
	l2Name         string    // second-level name as written when it is not l2's (an unknown category)
	malformed      bool      // written without its second level and values
	halfWidth      bool      // write "指标值: " with a half-width colon
	sep            string    // separator after the annual value when another item follows
	marks          []mark    // defects of this indicator
}

// numberAt returns the item number written for in at place i of its list.
func (in *indicator) numberAt(i int) int {
	if in.number == 0 {
		return i + 1
	}
	return in.number
}

// project is one generated project row.
type project struct {
	name   string
	theme  int
	amt    amounts
	approx bool // 总计 written 约…, which is not a number
	goal   string
	inds   []indicator
	marks  []mark // project-level defects
}

// newProject draws a project of unit u from r, with defect decisions from dr.
// prev is the unit's previous project (nil for the first), which a copy takes
// its indicator list and theme from; used holds the names already in the unit.
func (g *generator) newProject(r, dr *rand.Rand, prev *project, used map[string]bool) project {
	rates := &g.opt.Rates
	copied := prev != nil && len(prev.inds) > 0 && hit(dr, rates.CopiedIndicators)
	p := project{theme: r.IntN(len(themes))}
	if copied {
		p.theme = prev.theme
	}
	th := &themes[p.theme]
	p.name = g.projectName(r, th, used)
	p.amt[1] = drawAmount(r)
	if r.IntN(100) < 12 {
		p.amt[2] = drawAmount(r) / 4
	}
	if r.IntN(100) < 8 {
		p.amt[3] = drawAmount(r) / 5
	}
	p.amt[0] = p.amt[1] + p.amt[2] + p.amt[3]
	p.goal = g.goal(r, th)
	if copied {
		p.inds = slices.Clone(prev.inds)
		p.marks = append(p.marks, mark{kind: KindCopiedIndicators, detail: prev.name})
	} else {
		p.inds = g.indicators(r, th, p.amt[0])
		if hit(dr, rates.MissingIndicators) {
			p.inds = nil
			p.marks = append(p.marks, mark{kind: KindMissingIndicators})
		} else {
			g.injectIndicators(dr, &p)
		}
		if prev != nil && sameList(prev.inds, p.inds) {
			// Short lists rewritten by the same defect can match by chance.
			p.marks = append(p.marks, mark{kind: KindCopiedIndicators, detail: prev.name})
		}
	}
	if hit(dr, rates.MissingGoal) && len(p.inds) > 0 { // with no indicators either, the row would read as a unit
		p.goal = ""
		p.marks = append(p.marks, mark{kind: KindMissingGoal})
	}
	if hit(dr, rates.Typo) && p.goal != "" {
		t := typos[dr.IntN(len(typos))]
		wrong := strings.Replace(t.sentence, t.right, t.wrong, 1)
		p.goal = strings.TrimSuffix(p.goal, "。") + "，" + wrong + "。"
		p.marks = append(p.marks, mark{kind: KindTypo, detail: t.wrong + "→" + t.right})
	}
	rowSum := hit(dr, rates.RowSum)
	if rowSum {
		p.amt[0] += drawDelta(dr, p.amt[0])
		p.marks = append(p.marks, mark{kind: KindRowSum, columns: columnNames[:]})
	}
	if hit(dr, rates.InvalidAmount) && !rowSum { // a row with text in it cannot be summed
		p.approx = true
		p.marks = append(p.marks, mark{kind: KindInvalidAmount, columns: columnNames[:1], detail: approxPrefix})
	}
	if prev != nil && hit(dr, rates.DuplicateProject) {
		p.name = prev.name // the drawn name stays used, so that later names do not depend on the rate
		p.marks = append(p.marks, mark{kind: KindDuplicateProject, detail: prev.name})
	}
	p.marks = append(p.marks, structureMarks(p.inds)...)
	return p
}

// sameList reports whether two indicator lists are written identically (the
// separator after the last item is always 。).
// Empty lists are not copies: there is nothing to copy.
func sameList(a, b []indicator) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.l2 != y.l2 || x.name != y.name || x.period != y.period || x.annual != y.annual ||
			x.number != y.number || x.code != y.code || x.l2Name != y.l2Name || x.malformed != y.malformed ||
			x.halfWidth != y.halfWidth || (i < len(a)-1 && x.sep != y.sep) {
			return false
		}
	}
	return true
}

// hit reports whether an event of probability p happens; it draws from r only
// when p is positive, so a zero rate leaves the stream untouched.
func hit(r *rand.Rand, p float64) bool {
	return p > 0 && r.Float64() < p
}

// projectName draws a name not yet used in the unit.
func (g *generator) projectName(r *rand.Rand, th *theme, used map[string]bool) string {
	name := th.names[r.IntN(len(th.names))]
	switch r.IntN(6) {
	case 0:
		name = fmt.Sprintf("%d年%s", g.opt.Year, name)
	case 1:
		name = namePrefixes[r.IntN(len(namePrefixes))] + name
	}
	base := name
	for i := 0; used[name]; i++ {
		name = base + nameSuffixes[i%len(nameSuffixes)]
		if i >= len(nameSuffixes) {
			name = fmt.Sprintf("%s（%d）", base, i+2)
		}
	}
	used[name] = true
	return name
}

// goal draws a goal of the theme's lead and one or two of its clauses, sometimes with a
// sentence on fund management.
func (g *generator) goal(r *rand.Rand, th *theme) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d年%s，", g.opt.Year, th.lead)
	first := r.IntN(len(th.clauses))
	for i := range 1 + r.IntN(2) {
		if i > 0 {
			b.WriteString("，")
		}
		b.WriteString(th.clauses[(first+i)%len(th.clauses)])
	}
	if r.IntN(10) < 3 {
		b.WriteString("；")
		b.WriteString(typos[r.IntN(len(typos))].sentence)
	}
	b.WriteString("。")
	return b.String()
}

// indicators draws a clean list: an output, an effect and a satisfaction
// indicator first, then others, ordered by second-level code.
func (g *generator) indicators(r *rand.Rand, th *theme, total int64) []indicator {
	n := g.opt.IndicatorsPerProject.Min + r.IntN(g.opt.IndicatorsPerProject.Max-g.opt.IndicatorsPerProject.Min+1)
	outputs := append(slices.Clone(th.outputs), genericOutputs...)
	effects := slices.Clone(th.effects)
	shuffle(r, outputs)
	shuffle(r, effects)
	picked := []indicatorTemplate{outputs[0]}
	rest := append(outputs[1:], effects[1:]...)
	if n >= 2 {
		picked = append(picked, effects[0])
	}
	if n >= 3 {
		picked = append(picked, th.satisfy[r.IntN(len(th.satisfy))])
	}
	shuffle(r, rest)
	picked = append(picked, rest[:min(len(rest), n-len(picked))]...)
	slices.SortStableFunc(picked, func(a, b indicatorTemplate) int { return strings.Compare(a.l2, b.l2) })
	inds := make([]indicator, len(picked))
	for i, t := range picked {
		inds[i] = g.indicator(r, t, total)
	}
	return inds
}

// shuffle permutes s with r.
func shuffle[T any](r *rand.Rand, s []T) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// indicator draws the values of template t; period and annual always differ.
func (g *generator) indicator(r *rand.Rand, t indicatorTemplate, total int64) indicator {
	in := indicator{l2: t.l2, name: t.name, vk: t.kind, sep: "。"}
	y := g.opt.Year
	switch t.kind {
	case vCount:
		n := t.lo + r.IntN(t.hi-t.lo+1)
		switch {
		case n >= 1000:
			n = n / 100 * 100
		case n >= 100:
			n = n / 10 * 10
		}
		in.annual = fmt.Sprintf("≥%d%s", n, t.unit)
		in.period = fmt.Sprintf("≥%d%s", n*(2+r.IntN(2)), t.unit)
	case vPct:
		p := t.lo + r.IntN(t.hi-t.lo+1)
		q := min(100, p+1+r.IntN(3))
		if r.IntN(10) < 3 {
			in.annual = fmt.Sprintf("%d%%以上", p)
		} else {
			in.annual = fmt.Sprintf("≥%d%%", p)
		}
		in.period = fmt.Sprintf("≥%d%%", q)
		if q == 100 {
			in.period = "100%"
		}
		if r.IntN(10) < 3 {
			in.sep = " "
		}
	case vDeadline:
		in.annual = fmt.Sprintf("%d年%d月底前%s", y, t.lo+r.IntN(t.hi-t.lo+1), t.unit)
		in.period = fmt.Sprintf("%d年12月底前%s", y+1+r.IntN(2), t.unit)
	case vDays:
		in.annual = fmt.Sprintf("资金到位后%d个工作日内拨付", t.lo+r.IntN(t.hi-t.lo+1))
		in.period = fmt.Sprintf("%d年12月底前全部拨付到位", y+2)
	case vCost:
		in.annual = "≤" + plainAmount(total) + "万元"
		in.period = "≤" + plainAmount(total*int64(2+r.IntN(2))) + "万元"
	case vGrade:
		pair := gradePairs[r.IntN(len(gradePairs))]
		in.period, in.annual = pair[0], pair[1]
	}
	return in
}
