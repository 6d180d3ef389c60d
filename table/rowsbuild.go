package table

import (
	"strings"

	"github.com/shopspring/decimal"
)

// rowsBuilder turns the data rows of the rows layout into units, projects and
// indicators, carrying blank unit, project and level cells down from above.
type rowsBuilder struct {
	doc     *Document
	cols    rowsColumns
	unit    *Unit
	project *Project
}

// cell returns the text of canonical column k in r, trimmed, and its span; ok is
// false when the column is absent or the cell empty.
func (b *rowsBuilder) cell(r Row, k int) (text string, span Span, ok bool) {
	j := b.cols[k]
	if j < 0 {
		return "", Span{}, false
	}
	if j >= len(r.Cells) { // a short row: a workbook's empty cell still has a name
		if span := missingCellSpan(r, j); span.Cell() != "" {
			return "", span, false
		}
		return "", Span{}, false
	}
	text, span = trimCell(r.Cells[j])
	return text, span, text != ""
}

// add reads one data row.
func (b *rowsBuilder) add(r Row) {
	if name, span, ok := b.cell(r, hUnit); ok && (b.unit == nil || name != b.unit.Name) {
		b.newUnit(name, span)
	}
	indicatorName, _, hasName := b.cell(r, hName)
	_, _, hasValue := b.cell(r, hValue)
	_, _, hasLevel1 := b.cell(r, hLevel1)
	hasIndicator := hasName || hasValue || hasLevel1
	pname, pspan, ok := b.cell(r, hProject)
	if ok && !hasIndicator && isTotalLabel(pname) {
		b.readTotal(r, pspan)
		return
	}
	if ok && (b.project == nil || pname != b.project.Name) {
		b.newProject(r, pname, pspan)
	}
	if !hasIndicator {
		return
	}
	if b.project == nil {
		b.doc.Problems = append(b.doc.Problems, Problem{Kind: "malformed-indicator",
			Message: "indicator row before any project: the 项目名称 cell is empty", Text: indicatorName, Span: rowsItemSpan(r)})
		return
	}
	in := b.indicator(r)
	b.project.Indicators = append(b.project.Indicators, in)
	b.project.Spans.Indicators = joinSpans(b.project.Spans.Indicators, in.Spans.Item)
}

// joinSpans returns the span from the start of a to the end of z: lines of a
// text, a range inside one cell, or a range of cells. An empty a gives z.
func joinSpans(a, z Span) Span {
	switch {
	case a == (Span{}):
		return z
	case a.HasText():
		return Span{Line: a.Line, Column: a.Column, EndLine: max(z.EndLine, z.Line), EndColumn: z.EndColumn, CellRef: a.CellRef}
	case a.Cell() != "" && z.Cell() != "":
		first, _, _ := strings.Cut(a.Cell(), ":")
		last := z.Cell()
		if i := strings.LastIndexByte(last, ':'); i >= 0 {
			last = last[i+1:]
		}
		if first == last {
			if a.InCell() && z.InCell() && a.Cell() == z.Cell() {
				return Span{Column: a.Column, EndColumn: max(a.EndColumn, z.EndColumn), CellRef: a.CellRef}
			}
			return Span{CellRef: a.CellRef}
		}
		return CellSpan(a.Sheet(), first+":"+last)
	}
	return a
}

// isTotalLabel reports whether a project cell labels a 合计 row.
func isTotalLabel(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	s = strings.ReplaceAll(s, "\u3000", "")
	return s == "合计" || s == "总计"
}

// newUnit starts a unit.
func (b *rowsBuilder) newUnit(name string, span Span) {
	b.unit = &Unit{Name: name, Amounts: emptyAmounts(), Projects: []*Project{}, Spans: UnitSpans{Name: span}}
	b.doc.Units = append(b.doc.Units, b.unit)
	b.project = nil
}

// newProject starts a project from its first row.
func (b *rowsBuilder) newProject(r Row, name string, span Span) {
	if b.unit == nil { // a table without a unit column: one unit named after the department
		b.newUnit(b.doc.Department, b.doc.Spans.Department)
	}
	p := &Project{Name: name, Amounts: emptyAmounts(), Indicators: []*Indicator{}, Spans: ProjectSpans{Name: span}}
	if raw, span, ok := b.cell(r, hBudget); ok {
		setBudget(&p.Amounts, raw, span, &p.Problems)
	}
	p.Goal, p.Spans.Goal, _ = b.cell(r, hGoal)
	if _, span, _ := b.cell(r, hLevel1); span != (Span{}) {
		p.Spans.Indicators = span // until an indicator is read: where the first would be
	}
	p.PeriodGoal, p.Spans.PeriodGoal, _ = b.cell(r, hPeriodGoal)
	b.unit.Projects = append(b.unit.Projects, p)
	b.project = p
}

// readTotal reads a 合计 row: its 预算数 is the document total.
func (b *rowsBuilder) readTotal(r Row, label Span) {
	a := emptyAmounts()
	if raw, span, ok := b.cell(r, hBudget); ok {
		setBudget(&a, raw, span, &b.doc.Problems)
	}
	b.doc.Total = &a
	b.doc.Spans.TotalRow = label
}

// emptyAmounts returns amounts whose cells are all Empty.
func emptyAmounts() Amounts {
	var a Amounts
	for i := range a.Cells {
		a.Cells[i].Empty = true
	}
	return a
}

// setBudget parses the 预算数 text raw at span into a.Total; a value that is not
// a number is recorded as an invalid-amount problem.
func setBudget(a *Amounts, raw string, span Span, problems *[]Problem) {
	d, cell := ParseAmount(raw, span)
	a.Total, a.Cells[ColTotal] = d, cell
	if cell.Invalid {
		*problems = append(*problems, Problem{Kind: "invalid-amount",
			Message: "预算数 is not a number", Text: raw, Span: span})
	}
}

// parseNumber parses a number as written in a cell (thousands separators
// allowed); `90%以上` and `约100` are not numbers.
func parseNumber(text string) (*decimal.Decimal, bool) {
	d, cell := ParseAmount(text, Span{})
	if cell.Empty || cell.Invalid {
		return nil, false
	}
	return &d, true
}
