package tablegen

import (
	"errors"
	"io"
	"strconv"
)

// Generate writes a table of opt.Units units to w and returns what it holds.
// Same options, same bytes. Memory stays in proportion to one unit: the units
// are drawn once to sum the 合计 row, which comes first, and again to be written.
func Generate(w io.Writer, opt Options) (Manifest, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Manifest{}, err
	}
	if opt.Units < 1 {
		return Manifest{}, errors.New("tablegen: Units is 0; want at least one unit")
	}
	g := &generator{opt: opt}
	return g.write(w, opt.Units, 0)
}

// GenerateSize writes a table of about size bytes to w: it adds units, and
// projects of the last unit, until the table is as close to size as they allow,
// then closes it with reconciled totals. opt.Units is ignored; at least one
// project is written.
func GenerateSize(w io.Writer, opt Options, size int64) (Manifest, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Manifest{}, err
	}
	if size <= 0 {
		return Manifest{}, errors.New("tablegen: size must be positive")
	}
	g := &generator{opt: opt}
	units, limit := g.plan(size)
	return g.write(w, units, limit)
}

// plan finds how many units, and how many projects of the last unit (0: all),
// bring the table closest to size bytes, by writing units to a counter.
func (g *generator) plan(size int64) (units, limit int) {
	dept, _ := g.department()
	sim := newWriter(io.Discard, dept, g.opt.PageBreakEvery)
	sim.pageHeader()
	sim.amountRow(totalLabel, amounts{})
	for i := 0; ; i++ {
		before := *sim
		u := g.unit(i, dept, 0)
		writeUnit(sim, u)
		if sim.bytes < size {
			continue
		}
		// The last unit overshoots: keep the project count closest to size.
		bestDiff, bestK := int64(-1), 0
		if i > 0 {
			bestDiff = size - before.bytes
		}
		for k := 1; k <= len(u.projects); k++ {
			s := before
			writeUnit(&s, g.unit(i, dept, k))
			diff := s.bytes - size
			if diff < 0 {
				diff = -diff
			}
			if bestDiff < 0 || diff < bestDiff {
				bestDiff, bestK = diff, k
			}
		}
		if bestK == 0 {
			return i, 0
		}
		return i + 1, bestK
	}
}

// writeUnit writes the unit row and its projects.
func writeUnit(w *writer, u *unit) {
	w.amountRow(u.name, u.amt)
	for j := range u.projects {
		w.projectRow(&u.projects[j])
	}
}

// write writes units 0…n-1, the last cut to limit projects when limit > 0, and
// builds the manifest.
func (g *generator) write(out io.Writer, n, limit int) (Manifest, error) {
	dept, dr := g.department()
	total, totalMarks := g.total(dept, dr, n, limit)
	w := newWriter(out, dept, g.opt.PageBreakEvery)
	m := Manifest{Seed: g.opt.Seed, Department: dept, Counts: map[Kind]int{}, Defects: []Defect{}}
	w.pageHeader()
	w.amountRow(totalLabel, total)
	for _, mk := range totalMarks {
		m.add(Defect{Kind: mk.kind, Line: w.line, Columns: mk.columns, Detail: mk.detail})
	}
	for i := range n {
		l := 0
		if i == n-1 {
			l = limit
		}
		u := g.unit(i, dept, l)
		w.amountRow(u.name, u.amt)
		for _, mk := range u.marks {
			m.add(Defect{Kind: mk.kind, Line: w.line, Unit: u.name, Columns: mk.columns, Detail: mk.detail})
		}
		for j := range u.projects {
			p := &u.projects[j]
			line, cont := w.projectRow(p)
			for _, mk := range p.marks {
				m.add(Defect{Kind: mk.kind, Line: line, Continued: cont, Unit: u.name, Project: p.name,
					Columns: mk.columns, Detail: mk.detail})
			}
			for k := range p.inds {
				in := &p.inds[k]
				for _, mk := range in.marks {
					m.add(Defect{Kind: mk.kind, Line: line, Continued: cont, Unit: u.name, Project: p.name,
						Indicator: strconv.Itoa(in.numberAt(k)), Columns: mk.columns, Detail: mk.detail})
				}
				if !in.malformed {
					m.Indicators++
				}
			}
			m.Projects++
		}
		m.Units++
	}
	if err := w.flush(); err != nil {
		return m, err
	}
	m.Bytes, m.Lines, m.Pages = w.bytes, w.line, w.pages
	return m, nil
}
