package engine

import (
	"testing"

	"github.com/jxlint/jxlint/table"
)

// TestRetarget checks that a finding naming a unit, project or indicator is
// placed on that object with the objects around it; an object the document
// does not hold is kept as it is. (Rules meet the document's objects
// themselves: flatten keeps them, see TestFlattenKeepsPointers.)
func TestRetarget(t *testing.T) {
	doc := testDoc("t.txt")
	u := doc.Units[0]
	p1, p2 := u.Projects[0], u.Projects[1]
	ind := p1.Indicators[1]
	var x docIndex
	x.reset(doc)
	top := target{doc: doc, scope: scopeDocument}

	stranger := &table.Project{Name: "丙"}
	for _, c := range []struct {
		what string
		got  target
		want target
	}{
		{"unit", x.retargetUnit(top, u), target{doc: doc, unit: u, scope: scopeUnit}},
		{"project", x.retargetProject(top, p2), target{doc: doc, unit: u, project: p2, scope: scopeProject}},
		{"other project", x.retargetProject(top, stranger), target{doc: doc, project: stranger, scope: scopeProject}},
		{"indicator", x.retargetIndicator(top, ind), target{doc: doc, unit: u, project: p1, indicator: ind, scope: scopeIndicator}},
		{"own indicator", x.retargetIndicator(target{doc: doc, unit: u, project: p1, scope: scopeProject}, ind),
			target{doc: doc, unit: u, project: p1, indicator: ind, scope: scopeIndicator}},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.what, c.got, c.want)
		}
	}
}
