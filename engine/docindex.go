package engine

import "github.com/jxlint/jxlint/table"

// docIndex finds where a unit, project or indicator that a finding names
// stands in the document, without a pass over the document per finding: a
// rule over the whole document may name every project of a large table. Each
// map is built the first time it is needed, once per document.
type docIndex struct {
	doc        *table.Document
	projects   map[*table.Project]*table.Unit
	indicators map[*table.Indicator]*table.Project
}

// reset makes the index that of doc, built anew when needed.
func (x *docIndex) reset(doc *table.Document) {
	*x = docIndex{doc: doc}
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

// retargetUnit points t at unit u.
func (x *docIndex) retargetUnit(t target, u *table.Unit) target {
	t.unit, t.project, t.indicator, t.scope = u, nil, nil, scopeUnit
	return t
}

// retargetProject points t at project p, finding its unit in the document.
func (x *docIndex) retargetProject(t target, p *table.Project) target {
	t.project, t.indicator, t.scope = p, nil, scopeProject
	if u := x.unitOf(p); u != nil {
		t.unit = u
	}
	return t
}

// retargetIndicator points t at indicator ind, finding its project and unit.
// An indicator of t's own project, as a project rule hands out, is found first.
func (x *docIndex) retargetIndicator(t target, ind *table.Indicator) target {
	if t.project != nil {
		for _, v := range t.project.Indicators {
			if v == ind {
				t.indicator, t.scope = v, scopeIndicator
				return t
			}
		}
	}
	t.indicator, t.scope = ind, scopeIndicator
	if p := x.projectOf(ind); p != nil {
		t.unit, t.project = x.unitOf(p), p
	}
	return t
}
