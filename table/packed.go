package table

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

func init() {
	layouts = append(layouts, layout{name: "packed", match: isPackedHeader, read: readPacked})
}

// packedColumns maps the packed layout's columns, by header name, to cell indexes
// (-1 where the table lacks the column).
type packedColumns struct {
	name, goal, indicators int
	amounts                [4]int
}

// maxHeaderLen bounds the byte length of a column name, spaces included.
const maxHeaderLen = 96

// Header names of the packed layout's columns: the name column's starts with
// nameHeader; the amount columns' are in Amounts order.
const (
	nameHeader       = "项目名称"
	indicatorsHeader = "绩效指标"
)

var (
	goalHeaders   = []string{"绩效目标", "年度绩效目标", "年度目标"}
	amountHeaders = [4][]string{{"总计", "合计"}, {"财政拨款"}, {"财政专户拨款"}, {"其他资金"}}
)

// headerFirsts holds the first character of every header name, so that
// packedHeader passes over a cell that starts otherwise without compacting it.
var headerFirsts = func() string {
	names := append([]string{nameHeader, indicatorsHeader}, goalHeaders...)
	for _, ns := range amountHeaders {
		names = append(names, ns...)
	}
	var b strings.Builder
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}()

// mayBeHeader reports whether text, without its leading white space, starts
// with the first character of a header name.
func mayBeHeader(text string) bool {
	a, _ := trimSpan(text, 0, len(text))
	r, _ := utf8.DecodeRuneInString(text[a:])
	return r >= utf8.RuneSelf && strings.ContainsRune(headerFirsts, r)
}

// packedHeader maps the columns of row if it is a packed-layout header: it has
// 项目名称…, 总计 and 绩效指标 columns (绩效目标 and the funding columns may be missing).
func packedHeader(row Row) (packedColumns, bool) {
	c := packedColumns{name: -1, goal: -1, indicators: -1, amounts: [4]int{-1, -1, -1, -1}}
	if len(row.Cells) < 3 {
		return c, false
	}
	for i, cell := range row.Cells {
		if len(cell.Text) > maxHeaderLen || !mayBeHeader(cell.Text) {
			continue // a value, not a column name: cheap on long goal and indicator cells and on amounts
		}
		t := compact(cell.Text)
		switch {
		case strings.HasPrefix(t, nameHeader):
			if c.name < 0 {
				c.name = i
			}
		case slices.Contains(goalHeaders, t):
			c.goal = i
		case t == indicatorsHeader:
			c.indicators = i
		default:
			for k, names := range amountHeaders {
				for _, n := range names {
					if t == n && c.amounts[k] < 0 {
						c.amounts[k] = i
					}
				}
			}
		}
	}
	return c, c.name >= 0 && c.amounts[ColTotal] >= 0 && c.indicators >= 0
}

// isPackedHeader reports whether row is a packed-layout header. A header has a
// short cell starting with 项 (项目名称…): rows without one are passed over
// without mapping their columns.
func isPackedHeader(row Row) bool {
	if !hasNameHeader(row) {
		return false
	}
	_, ok := packedHeader(row)
	return ok
}

// hasNameHeader reports whether a cell of row that may be a column name starts,
// after white space, with the first character of nameHeader.
func hasNameHeader(row Row) bool {
	for _, c := range row.Cells {
		if len(c.Text) <= maxHeaderLen {
			if a, _ := trimSpan(c.Text, 0, len(c.Text)); strings.HasPrefix(c.Text[a:], "项") {
				return true
			}
		}
	}
	return false
}

// packedReader holds the state of reading one packed table.
type packedReader struct {
	doc          *Document
	cols         packedColumns
	unit         *Unit
	last         *Project // the last project read, for continuations
	afterHeader  bool     // the previous non-blank row was a repeated header
	indicators   indicatorParser
	pool         *indicatorPool // splits the indicator cells when reading with several workers
	projects     slab[Project]
	units        slab[Unit]
	unitProjects slab[*Project] // the units' Projects
	pending      []*Project     // the projects of unit so far, until endUnit gives them to it
	decimals     decimalCache
}

// readPacked reads the packed layout: one row per unit and per project, the
// indicators of a project packed into one cell. Page headers repeated inside the
// table are skipped, and a project row repeated (cut short) after a repeated
// header is a continuation of the project before it, not a new project. With
// several workers the indicator cells are split on other goroutines (see
// indicatorPool).
func readPacked(doc *Document, above []Row, header Row, rest rowSource, opts ReadOptions) error {
	cols, _ := packedHeader(header)
	pr := &packedReader{doc: doc, cols: cols}
	if opts.Workers > 1 {
		pr.pool = newIndicatorPool(opts.Workers)
	}
	for _, r := range above {
		label := ""
		for _, c := range r.Cells {
			switch t := trimText(c.Text); {
			case t == "":
			case label != "": // the value of a label written in the cell before
				pr.metaFor(label, c)
				label = ""
			case metaLabel(t) != "":
				label = metaLabel(t)
			default:
				pr.meta(c)
			}
		}
	}
	for r, ok := rest.next(); ok; r, ok = rest.next() {
		pr.row(r)
	}
	pr.endUnit()
	if pr.pool != nil {
		pr.pool.wait()
	}
	return nil
}

// newUnit ends the current unit and starts u.
func (pr *packedReader) newUnit(u Unit) {
	pr.endUnit()
	pr.unit = pr.units.next()
	*pr.unit = u
	pr.doc.Units = append(pr.doc.Units, pr.unit)
}

// endUnit gives the current unit its projects, in one slice of the right length.
func (pr *packedReader) endUnit() {
	if pr.unit != nil {
		pr.unit.Projects = pr.unitProjects.take(len(pr.pending))
		copy(pr.unit.Projects, pr.pending)
		pr.pending = pr.pending[:0]
	}
}

// row reads one row after the header.
func (pr *packedReader) row(r Row) {
	if blankRow(r) {
		return
	}
	if isPackedHeader(r) {
		pr.afterHeader = true
		return
	}
	if pr.pageHeader(r) {
		return
	}
	after := pr.afterHeader
	pr.afterHeader = false
	label, labelSpan := trimCell(pr.cell(r, pr.cols.name))
	if strings.HasPrefix(label, "注：") || strings.HasPrefix(label, "注:") {
		return
	}
	amounts := pr.amounts(r)
	goal, goalSpan := trimCell(pr.cell(r, pr.cols.goal))
	indCell := pr.cell(r, pr.cols.indicators)
	indText, indSpan := trimCell(indCell)
	switch {
	case namesTotal(label):
		total := amounts // a copy, so that amounts stays off the heap on every other row
		pr.doc.Total = &total
		pr.doc.Spans.TotalRow = labelSpan
	case goal == "" && indText == "":
		if after && pr.unit != nil && pr.unit.Name == label && sameAmounts(&pr.unit.Amounts, &amounts) {
			return // the unit row repeated on a new page
		}
		pr.newUnit(Unit{Name: label, Amounts: amounts, Spans: UnitSpans{Name: labelSpan}})
	case label == "" && pr.last != nil && allEmpty(&amounts):
		pr.continueLast(goal, goalSpan, indCell) // the rest of a project that a page break cut
	default:
		if after && pr.last != nil && label != "" && strings.HasPrefix(pr.last.Name, label) &&
			sameAmounts(&pr.last.Amounts, &amounts) {
			return // continuation of the project cut by the page break
		}
		p := pr.projects.next()
		*p = Project{Name: label, Amounts: amounts, Goal: goal,
			Spans: ProjectSpans{Name: labelSpan, Goal: goalSpan, Indicators: indSpan}}
		pr.split(indicatorCell{project: p, text: indCell.Text, span: indCell.Span})
		if pr.unit == nil {
			pr.newUnit(Unit{Amounts: emptyAmounts()})
		}
		pr.pending = append(pr.pending, p)
		pr.last = p
	}
}

// cell returns cell i of r, or an empty cell in its place when r is short.
func (pr *packedReader) cell(r Row, i int) Cell {
	if i < 0 || i >= len(r.Cells) {
		return Cell{Span: missingCellSpan(r, max(i, 0))}
	}
	return r.Cells[i]
}

// amounts reads the amount columns of r.
func (pr *packedReader) amounts(r Row) Amounts {
	var a Amounts
	for k, i := range pr.cols.amounts {
		c := pr.cell(r, i)
		if c.Text == "" { // most funding columns are empty
			a.Set(k, decimal.Zero)
			a.Cells[k] = AmountCell{Empty: true, Span: c.Span}
			continue
		}
		_, span := trimCell(c)
		d, ac := parseAmount(c.Text, span, &pr.decimals)
		a.Set(k, d)
		a.Cells[k] = ac
		if ac.Invalid {
			pr.doc.Problems = append(pr.doc.Problems, Problem{Kind: "invalid-amount",
				Message: amountHeaders[k][0] + " is not a number", Text: c.Text, Span: span})
		}
	}
	return a
}

// sameAmounts reports whether two rows carry the same amounts.
func sameAmounts(a, b *Amounts) bool {
	for k := range a.Cells {
		if !a.Get(k).Equal(b.Get(k)) || a.Cells[k].Empty != b.Cells[k].Empty {
			return false
		}
	}
	return true
}

// meta reads a title, 部门名称 or 单位 cell above the header.
func (pr *packedReader) meta(c Cell) {
	t, span := trimCell(c)
	if t == "" {
		return
	}
	ct := newCellText(c.Text, c.Span)
	off := len(c.Text) - len(strings.TrimLeftFunc(c.Text, isSpace))
	if v, i, ok := metaValue(t, "部门名称"); ok {
		pr.doc.Department, pr.doc.Spans.Department = v, ct.part(off+i, off+i+len(v))
	} else if v, i, ok := metaValue(t, "单位"); ok {
		pr.doc.MoneyUnit, pr.doc.Spans.MoneyUnit = v, ct.part(off+i, off+i+len(v))
	} else if pr.doc.Title == "" {
		pr.doc.Title, pr.doc.Spans.Title = t, span
	}
}

// allEmpty reports whether every amount cell of a is empty.
func allEmpty(a *Amounts) bool {
	for _, c := range a.Cells {
		if !c.Empty {
			return false
		}
	}
	return true
}

// continueLast appends a row without name and amounts, the rest of the last
// project cut by a page break, to that project: its goal text to the goal, its
// indicator items to the indicators.
func (pr *packedReader) continueLast(goal string, goalSpan Span, indCell Cell) {
	p := pr.last
	if goal != "" {
		if p.Goal == "" {
			p.Goal, p.Spans.Goal = goal, goalSpan
		} else {
			c := Cell{Text: p.Goal, Span: p.Spans.Goal}
			joinCell(&c, goal, goalSpan)
			p.Goal, p.Spans.Goal = c.Text, c.Span
		}
	}
	if trimText(indCell.Text) != "" {
		pr.split(indicatorCell{project: p, text: indCell.Text, span: indCell.Span, more: true})
	}
}

// split splits an indicator cell into its project, or hands it to the pool.
func (pr *packedReader) split(c indicatorCell) {
	if pr.pool != nil {
		pr.pool.add(c)
		return
	}
	pr.indicators.split(c)
}

// metaLabel returns 部门名称 or 单位 when t is that label alone (with or
// without a colon): a line split into a label cell and a value cell.
func metaLabel(t string) string {
	for _, l := range []string{"部门名称", "单位", "金额单位"} {
		if rest, ok := strings.CutPrefix(t, l); ok && (rest == "" || rest == "：" || rest == ":") {
			return strings.TrimPrefix(l, "金额")
		}
	}
	return ""
}

// metaFor takes cell c as the value of label (部门名称 or 单位).
func (pr *packedReader) metaFor(label string, c Cell) {
	t, span := trimCell(c)
	if label == "部门名称" {
		pr.doc.Department, pr.doc.Spans.Department = t, span
	} else {
		pr.doc.MoneyUnit, pr.doc.Spans.MoneyUnit = t, span
	}
}

// pageHeader reports whether r repeats the title, 部门名称 or 单位 line of a
// page, in one cell or split into a label cell and a value cell.
func (pr *packedReader) pageHeader(r Row) bool {
	var t string
	for _, c := range r.Cells {
		if s := trimText(c.Text); s != "" {
			if t != "" {
				return metaLabel(t) != ""
			}
			t = s
		}
	}
	if t == pr.doc.Title {
		return true
	}
	_, _, dept := metaValue(t, "部门名称")
	_, _, unit := metaValue(t, "单位")
	return dept || unit
}

// metaValue splits `label：value` (or `label:value`) and returns the trimmed
// value and its byte offset in t.
func metaValue(t, label string) (string, int, bool) {
	if !strings.HasPrefix(t, label) {
		return "", 0, false
	}
	i := len(label)
	switch {
	case strings.HasPrefix(t[i:], "："):
		i += len("：")
	case strings.HasPrefix(t[i:], ":"):
		i++
	default:
		return "", 0, false
	}
	a, b := trimSpan(t, i, len(t))
	return t[a:b], a, true
}

// blankRow reports whether every cell of r is white space.
func blankRow(r Row) bool {
	for _, c := range r.Cells {
		if trimText(c.Text) != "" {
			return false
		}
	}
	return true
}

// trimText returns s without surrounding white space, as strings.TrimSpace
// does, without decoding the characters at its ends.
func trimText(s string) string {
	a, b := trimSpan(s, 0, len(s))
	return s[a:b]
}

// namesTotal reports whether the packed name cell label names the 合计 row.
func namesTotal(label string) bool {
	if !strings.Contains(label, "计") { // spares compacting every project name
		return false
	}
	c := compact(label)
	return c == "合计" || c == "总计"
}

// compact returns s without any white space, for comparing header names.
func compact(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), "")
}
