package reporters

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// gridIndex finds the rows of an object by the names a finding carries.
type gridIndex struct {
	units    map[string][]*gridRow    // unit rows by unit name
	projects map[[2]string][]*gridRow // every row of the projects named so, by unit and project
	inds     map[[3]string][]*gridRow // indicator rows by unit, project and number
	total    []*gridRow
}

// index builds the lookup tables of g.
func (g *grid) index() *gridIndex {
	x := &gridIndex{units: map[string][]*gridRow{}, projects: map[[2]string][]*gridRow{}, inds: map[[3]string][]*gridRow{}}
	for _, r := range g.rows {
		switch r.kind {
		case rowTotal:
			x.total = append(x.total, r)
		case rowUnit:
			x.units[r.unit.Name] = append(x.units[r.unit.Name], r)
		case rowProject:
			k := [2]string{r.unit.Name, r.project.Name}
			x.projects[k] = append(x.projects[k], r)
			if r.ind != nil && r.ind.Number != "" {
				k3 := [3]string{r.unit.Name, r.project.Name, r.ind.Number}
				x.inds[k3] = append(x.inds[k3], r)
			}
		}
	}
	return x
}

// place puts each finding on the cell of its field: first the cell showing the
// finding's field that holds its span, then any cell of the object that holds
// the span, then the object's field by name; failing all, the finding marks the
// object's row. n is the number of the first finding in the report.
func (g *grid) place(x *gridIndex, findings []engine.Finding, n int) []*gridMark {
	marks := make([]*gridMark, len(findings))
	for i := range findings {
		f := &findings[i]
		m := &gridMark{f: f, n: n + i, start: -1, end: -1}
		rows, level := x.candidates(f)
		var meta []*gridCell
		if level == rowTotal {
			meta = g.meta[:]
		}
		m.cell = bestCell(rows, meta, level, f)
		if m.cell == nil {
			m.cell, m.row = rowCell(rows, level == rowIndicator), true
			if m.cell == nil {
				m.cell = g.meta[metaTitle]
			}
		} else {
			m.start, m.end = charRange(m.cell, f)
		}
		m.cell.marks = append(m.cell.marks, m)
		marks[i] = m
	}
	return marks
}

// candidates returns the rows the finding's names point to and the level they
// were found at: rowIndicator, rowProject, rowUnit or rowTotal (the document,
// whose header cells are candidates too).
func (x *gridIndex) candidates(f *engine.Finding) ([]*gridRow, rowKind) {
	if f.Indicator != "" {
		if rows := x.inds[[3]string{f.Unit, f.Project, f.Indicator}]; len(rows) > 0 {
			return rows, rowIndicator
		}
	}
	if f.Project != "" {
		if rows := x.projects[[2]string{f.Unit, f.Project}]; len(rows) > 0 {
			return rows, rowProject
		}
	}
	if f.Unit != "" {
		if rows := x.units[f.Unit]; len(rows) > 0 {
			return rows, rowUnit
		}
	}
	return x.total, rowTotal
}

// bestCell picks the cell of the finding among the cells of rows (and the
// document's header cells when meta is set), or nil when it marks a row. A cell
// that shows the finding's field and holds its span comes first. A finding
// that names no field goes to the cell that holds its span or, between the
// values of an indicator item (a label such as 实施周期指标值:), to the cell
// after it. Last comes the object's field by name alone.
func bestCell(rows []*gridRow, meta []*gridCell, level rowKind, f *engine.Finding) *gridCell {
	var cells []*gridCell
	cells = append(cells, meta...)
	for _, r := range rows {
		for _, c := range r.cells {
			if c != nil {
				cells = append(cells, c)
			}
		}
	}
	for _, c := range cells {
		if c.field == f.Field && spanWithin(c.span, f.Span) {
			return c
		}
	}
	if f.Field == "" {
		for _, c := range cells {
			if spanWithin(c.span, f.Span) {
				return c
			}
		}
		for _, r := range rows {
			if r.ind != nil && spanWithin(r.ind.Spans.Item, f.Span) {
				return cellAfter(r, f.Span)
			}
		}
		return nil
	}
	for _, c := range cells {
		if c.field == f.Field && (c.row < 0 || projectCol(c.col) == (level != rowIndicator)) {
			return c
		}
	}
	return nil
}

// cellAfter returns the first cell of indicator row r that starts after span,
// or nil.
func cellAfter(r *gridRow, span table.Span) *gridCell {
	span, _ = span.Joined()
	for c := colNumber; c < numCols; c++ {
		cell := r.cells[c]
		if cell == nil {
			continue
		}
		at, _ := cell.span.Joined()
		if at.HasText() && posBefore(span.Line, span.Column, at.Line, at.Column) ||
			at.InCell() && span.InCell() && at.Cell() == span.Cell() && span.Column < at.Column {
			return cell
		}
	}
	return nil
}

// rowCell is the cell that carries a mark on a whole row: the 三级指标 of an
// indicator row, the name of a project, unit or 合计 row.
func rowCell(rows []*gridRow, indicator bool) *gridCell {
	if len(rows) == 0 {
		return nil
	}
	r := rows[0]
	if r.kind == rowProject && indicator {
		return r.cells[colIndicator]
	}
	if r.kind == rowProject {
		r = r.first
	}
	return r.cells[colName]
}

// charRange returns the UTF-16 offsets of the finding's flagged text inside
// the cell's text, or -1, -1 when they cannot be told.
func charRange(c *gridCell, f *engine.Finding) (int, int) {
	if f.Text == "" || !utf8.ValidString(f.Text) {
		return -1, -1
	}
	units := utf16.Encode([]rune(c.text))
	want := utf16.Encode([]rune(f.Text))
	if s, ok := offsetIn(c.span, f.Span); ok {
		if e := s + len(want); s >= 0 && e <= len(units) && string(utf16.Decode(units[s:e])) == f.Text {
			return s, e
		}
	}
	if i := strings.Index(c.text, f.Text); i >= 0 {
		s := len(utf16.Encode([]rune(c.text[:i])))
		return s, s + len(want)
	}
	return -1, -1
}

// offsetIn returns the UTF-16 offset of the start of span inside the value at
// cell: both on one line of a text, or inside one workbook or document cell
// (cell being the whole cell or a range inside it; over the joined text of a
// PDF cell that a page break cut).
func offsetIn(cell, span table.Span) (int, bool) {
	cell, _ = cell.Joined()
	span, _ = span.Joined()
	switch {
	case cell.HasText() && span.HasText() && span.Line == cell.Line && cell.Sheet() == "":
		return int(span.Column - cell.Column), true
	case span.InCell() && cell.Line == 0 && cell.Sheet() == span.Sheet() && cell.Cell() == span.Cell():
		return int(span.Column - max(cell.Column, 1)), true
	}
	return 0, false
}
