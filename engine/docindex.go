package engine

import "github.com/jxlint/jxlint/table"

// docIndex finds where a unit, project or indicator that a finding names
// stands in the document, without a pass over the document per finding: a
// rule over the whole document may name every project of a large table. Each
// map is built the first time it is needed, once per document.
type docIndex struct {
	doc        *table.Document
	units      map[*table.Unit]bool
	projects   map[*table.Project]*table.Unit
	indicators map[*table.Indicator]*table.Project
}

// reset makes the index that of doc, built anew when needed.
func (x *docIndex) reset(doc *table.Document) {
	*x = docIndex{doc: doc}
}

// hasUnit reports whether u is a unit of the document.
func (x *docIndex) hasUnit(u *table.Unit) bool {
	if x.units == nil {
		x.units = make(map[*table.Unit]bool, len(x.doc.Units))
		for _, v := range x.doc.Units {
			x.units[v] = true
		}
	}
	return x.units[u]
}

// unitOf returns the unit of project p, or nil when p is no project of the document.
func (x *docIndex) unitOf(p *table.Project) *table.Unit {
	if x.projects == nil {
		x.projects = map[*table.Project]*table.Unit{}
		for _, u := range x.doc.Units {
			for _, q := range u.Projects {
				x.projects[q] = u
			}
		}
	}
	return x.projects[p]
}

// projectOf returns the project of indicator ind, or nil when ind is no
// indicator of the document.
func (x *docIndex) projectOf(ind *table.Indicator) *table.Project {
	if x.indicators == nil {
		x.indicators = map[*table.Indicator]*table.Project{}
		for _, u := range x.doc.Units {
			for _, p := range u.Projects {
				for _, in := range p.Indicators {
					x.indicators[in] = p
				}
			}
		}
	}
	return x.indicators[ind]
}
