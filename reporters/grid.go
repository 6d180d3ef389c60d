package reporters

import (
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// gridCol is a column of the table as a reviewer reads it: the one-row-per-
// indicator layout, whatever layout the file was written in.
type gridCol int

// Columns in the order they are shown.
const (
	colName gridCol = iota // 项目名称, or the unit's name, or 合计
	colTotal
	colFiscal
	colSpecial
	colOther
	colGoal
	colPeriodGoal
	colNumber
	colLevel1
	colLevel2
	colIndicator
	colOperator
	colPeriod
	colAnnual
	colMeasure
	colWeight
	numCols
)

// amountCols are the money columns, in table.Amounts.Cells order.
var amountCols = [4]gridCol{colTotal, colFiscal, colSpecial, colOther}

// rowKind tells what a grid row shows.
type rowKind int

// Row kinds.
const (
	rowTotal     rowKind = iota // the 合计 row
	rowUnit                     // a 资金使用单位 row
	rowProject                  // a project row: one per indicator, or one when it has none
	rowIndicator                // not a kind of row: the level of a finding placed on an indicator
)

// gridCell is one cell of the grid: the model field it shows (named as findings
// name it, "annual", "amounts.total"), its text as written and where it stands.
type gridCell struct {
	field string
	text  string
	span  table.Span
	row   int     // index in grid.rows; -1 for the document's header cells
	col   gridCol // column; for header cells the index in grid.meta
	marks []*gridMark
}

// gridMark is a finding placed on a cell. start and end are UTF-16 offsets of
// the flagged characters in the cell's text, or -1 when the whole cell (or, with
// row set, the whole row) is meant.
type gridMark struct {
	f          *engine.Finding
	n          int // 1-based number of the finding in the report
	cell       *gridCell
	start, end int
	row        bool
}

// gridRow is one row of the grid. A project's first row (lead) carries its name,
// amounts and goals, which span its indicator rows.
type gridRow struct {
	kind    rowKind
	index   int // in grid.rows
	unit    *table.Unit
	project *table.Project
	ind     *table.Indicator
	lead    bool
	first   *gridRow // the project's lead row
	span    int      // rows the project cells cover; 1 for other rows
	cells   [numCols]*gridCell
}

// grid is a document laid out for reading and annotating.
type grid struct {
	doc  *table.Document
	meta [3]*gridCell // title, department, money unit
	rows []*gridRow
}

// Indexes into grid.meta.
const (
	metaTitle = iota
	metaDepartment
	metaMoneyUnit
)

// newGrid lays out doc: the 合计 row, then each unit row followed by its
// projects, one row per indicator.
func newGrid(doc *table.Document) *grid {
	g := &grid{doc: doc}
	g.meta[metaTitle] = &gridCell{field: "title", text: doc.Title, span: doc.Spans.Title, row: -1, col: metaTitle}
	g.meta[metaDepartment] = &gridCell{field: "department", text: doc.Department, span: doc.Spans.Department, row: -1, col: metaDepartment}
	g.meta[metaMoneyUnit] = &gridCell{field: "moneyUnit", text: doc.MoneyUnit, span: doc.Spans.MoneyUnit, row: -1, col: metaMoneyUnit}
	if doc.Total != nil {
		r := g.add(&gridRow{kind: rowTotal})
		g.set(r, colName, "total", "合计", doc.Spans.TotalRow)
		g.amounts(r, "total.", doc.Total)
	}
	for _, u := range doc.Units {
		r := g.add(&gridRow{kind: rowUnit, unit: u})
		g.set(r, colName, "name", u.Name, u.Spans.Name)
		g.amounts(r, "amounts.", &u.Amounts)
		for _, p := range u.Projects {
			g.project(u, p)
		}
	}
	return g
}

// project adds the rows of project p.
func (g *grid) project(u *table.Unit, p *table.Project) {
	n := max(1, len(p.Indicators))
	var first *gridRow
	for i := range n {
		r := g.add(&gridRow{kind: rowProject, unit: u, project: p, lead: i == 0, span: n, first: first})
		if i == 0 {
			first, r.first = r, r
			g.set(r, colName, "name", p.Name, p.Spans.Name)
			g.amounts(r, "amounts.", &p.Amounts)
			g.set(r, colGoal, "goal", p.Goal, p.Spans.Goal)
			g.set(r, colPeriodGoal, "periodGoal", p.PeriodGoal, p.Spans.PeriodGoal)
		}
		if i >= len(p.Indicators) {
			continue
		}
		in := p.Indicators[i]
		r.ind = in
		g.set(r, colNumber, "number", in.Number, in.Spans.Number)
		g.set(r, colLevel1, "level1", levelText(in.Level1), in.Spans.Level1)
		g.set(r, colLevel2, "level2", levelText(in.Level2), in.Spans.Level2)
		g.set(r, colIndicator, "name", in.Name, in.Spans.Name)
		g.set(r, colOperator, "operator", in.Operator, in.Spans.Operator)
		g.set(r, colPeriod, "period", in.Period, in.Spans.Period)
		g.set(r, colAnnual, "annual", in.Annual, in.Spans.Annual)
		g.set(r, colMeasure, "measureUnit", in.MeasureUnit, in.Spans.MeasureUnit)
		weight := ""
		if in.Weight != nil {
			weight = in.Weight.String()
		}
		g.set(r, colWeight, "weight", weight, in.Spans.Weight)
	}
}

// add appends r with a span of one unless set.
func (g *grid) add(r *gridRow) *gridRow {
	if r.span == 0 {
		r.span = 1
	}
	r.index = len(g.rows)
	g.rows = append(g.rows, r)
	return r
}

// set gives row r the cell of column c.
func (g *grid) set(r *gridRow, c gridCol, field, text string, span table.Span) {
	r.cells[c] = &gridCell{field: field, text: text, span: span, row: len(g.rows) - 1, col: c}
}

// amounts gives row r its money cells; prefix is "amounts." or "total.".
func (g *grid) amounts(r *gridRow, prefix string, a *table.Amounts) {
	for k, c := range amountCols {
		g.set(r, c, prefix+table.AmountFields[k], a.Cells[k].Raw, a.Cells[k].Span)
	}
}

// columns returns the columns worth showing: the name, total and goal always,
// the others when some cell of theirs has text or a finding.
func (g *grid) columns() []gridCol {
	var used [numCols]bool
	used[colName], used[colTotal], used[colGoal], used[colIndicator], used[colAnnual] = true, true, true, true, true
	for _, r := range g.rows {
		for c, cell := range r.cells {
			if cell != nil && (cell.text != "" || len(cell.marks) > 0) {
				used[c] = true
			}
		}
	}
	var cols []gridCol
	for c := range numCols {
		if used[c] {
			cols = append(cols, c)
		}
	}
	return cols
}

// levelText writes a category as the table does: 21-经济效益.
func levelText(l table.Level) string {
	if l.Code == "" {
		return l.Name
	}
	return l.Code + "-" + l.Name
}
