package tablegen

import "math/rand/v2"

// unit is one generated 资金使用单位 with its projects.
type unit struct {
	name     string
	amt      amounts
	projects []project
	marks    []mark
}

// generator draws tables for one set of options. Every unit and project has its
// own PCG stream, so a unit can be drawn again, alone, with the same result, and
// a unit cut to its first k projects keeps those projects unchanged.
type generator struct {
	opt Options
}

// Streams: the document draws from stream 0; unit i from (i+1)<<21; project j
// of unit i from (i+1)<<21 | (j+1). Defect decisions use the same stream under
// the other seed half, so changing a rate does not change the clean content.
func (g *generator) rngs(stream uint64) (content, defects *rand.Rand) {
	return rand.New(rand.NewPCG(g.opt.Seed, stream)),
		rand.New(rand.NewPCG(g.opt.Seed^0x9e3779b97f4a7c15, stream))
}

// unitStream returns the stream of unit i.
func unitStream(i int) uint64 { return uint64(i+1) << 21 }

// department returns the 部门名称 and draws whether the 合计 row is wrong.
func (g *generator) department() (string, *rand.Rand) {
	r, dr := g.rngs(0)
	name := g.opt.Department
	if name == "" {
		name = departments[r.IntN(len(departments))]
	}
	return name, dr
}

// unit draws unit i; limit > 0 keeps at most its first limit projects. The first
// unit is the department itself.
func (g *generator) unit(i int, dept string, limit int) *unit {
	r, dr := g.rngs(unitStream(i))
	u := &unit{name: dept}
	if i > 0 {
		u.name = "广州市海珠区" + unitPlaces[r.IntN(len(unitPlaces))] + unitKinds[r.IntN(len(unitKinds))]
	}
	ppu := g.opt.ProjectsPerUnit
	n := ppu.Min + r.IntN(ppu.Max-ppu.Min+1)
	if limit > 0 && limit < n {
		n = limit
	}
	u.projects = make([]project, 0, n)
	used := make(map[string]bool, n)
	for j := range n {
		pr, pdr := g.rngs(unitStream(i) | uint64(j+1))
		var prev *project
		if j > 0 {
			prev = &u.projects[j-1]
		}
		u.projects = append(u.projects, g.newProject(pr, pdr, prev, used))
		u.amt.add(u.projects[j].amt)
	}
	if hit(dr, g.opt.Rates.UnitSum) && !anyApprox(u.projects) { // a unit with a project amount in text cannot be summed
		misstate(dr, &u.amt)
		u.marks = append(u.marks, mark{kind: KindUnitSum, columns: columnNames[:2]})
	}
	if !u.amt.reconciles() {
		u.marks = append(u.marks, mark{kind: KindRowSum, columns: columnNames[:], detail: "follows from its projects"})
	}
	return u
}

// anyApprox reports whether a project's 总计 is written as text.
func anyApprox(ps []project) bool {
	for i := range ps {
		if ps[i].approx {
			return true
		}
	}
	return false
}

// misstate adds the same error to the 总计 and 财政拨款 columns, so that the row
// itself still reconciles but the column sums do not.
func misstate(dr *rand.Rand, a *amounts) {
	d := drawDelta(dr, min(a[0], a[1]))
	a[0] += d
	a[1] += d
}

// total returns the 合计 row of units 0…n-1 (the last cut to limit projects) with
// its marks.
func (g *generator) total(dept string, dr *rand.Rand, n, limit int) (amounts, []mark) {
	var t amounts
	for i := range n {
		l := 0
		if i == n-1 {
			l = limit
		}
		t.add(g.unit(i, dept, l).amt)
	}
	var ms []mark
	if hit(dr, g.opt.Rates.TotalSum) {
		misstate(dr, &t)
		ms = append(ms, mark{kind: KindTotalSum, columns: columnNames[:2]})
	}
	if !t.reconciles() {
		ms = append(ms, mark{kind: KindRowSum, columns: columnNames[:], detail: "follows from its units"})
	}
	return t, ms
}
