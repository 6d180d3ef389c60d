package table

import "strings"

// The one-row-per-indicator layout ("rows"): a header such as
//
//	单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性
//
// and one row per indicator. Unit and project cells left blank (or merged) on later
// rows continue the unit and project above; so do blank 一级指标/二级指标 cells
// within a project. Units have no amounts of their own in this layout: their
// Amounts cells are all Empty, and only a project's 预算数 (Amounts.Total) is set.

func init() {
	layouts = append(layouts, layout{name: "rows", match: matchRowsHeader, read: readRows})
}

// matchRowsHeader reports whether row names a 三级指标 and a 指标值 column and a
// 项目名称 or 一级指标 column.
func matchRowsHeader(row Row) bool {
	t := *headers.Load()
	var seen [headerColumnsLength]bool
	for _, c := range row.Cells {
		if k := t.column(c.Text); k >= 0 {
			seen[k] = true
		}
	}
	return seen[hName] && seen[hValue] && (seen[hProject] || seen[hLevel1])
}

// rowsColumns maps each canonical column to its cell index in a row, -1 when absent.
type rowsColumns [headerColumnsLength]int

// resolveRowsHeader finds the columns of the header row; a blank header cell
// takes its name from the row above (a two-row header whose upper cells were
// merged downwards).
func resolveRowsHeader(above []Row, header Row) (rowsColumns, string) {
	t := *headers.Load()
	var cols rowsColumns
	for i := range cols {
		cols[i] = -1
	}
	moneyUnit := ""
	take := func(j int, text string) {
		k := t.column(text)
		if k == hValue && rowsBlock(t, above, j) == hPeriodGoal {
			k = hPeriodValue // 指标值 under a 长期目标 block title
		}
		if k < 0 || cols[k] >= 0 {
			return
		}
		cols[k] = j
		if k == hBudget {
			moneyUnit = moneyUnitIn(text)
		}
	}
	for j, c := range header.Cells {
		take(j, c.Text)
	}
	if len(above) > 0 {
		up := above[len(above)-1].Cells
		for j, c := range header.Cells {
			if strings.TrimSpace(c.Text) == "" && j < len(up) {
				take(j, up[j].Text)
			}
		}
	}
	return cols, moneyUnit
}

// rowsBlock returns the column named by the block title over header column j
// in a two-row header: the nearest non-empty cell of the row above, at j or to
// its left (a title merged across its block is written at the block's first
// column), or -1.
func rowsBlock(t headerTable, above []Row, j int) int {
	if len(above) == 0 {
		return -1
	}
	up := above[len(above)-1].Cells
	for i := min(j, len(up)-1); i >= 0; i-- {
		if s := strings.TrimSpace(up[i].Text); s != "" {
			return t.column(s)
		}
	}
	return -1
}

// readRows builds the document from the rows layout.
func readRows(doc *Document, above []Row, header Row, rest rowSource, _ ReadOptions) error {
	cols, moneyUnit := resolveRowsHeader(above, header)
	if cols[hProject] < 0 {
		return rowsError(doc.Path, header, "header row has no 项目名称 column (expected 项目名称 next to 三级指标 and 指标值)",
			"表头行没有 项目名称 列（应与 三级指标 和 指标值 同在表头行）")
	}
	readRowsPreamble(doc, above)
	if doc.MoneyUnit == "" {
		doc.MoneyUnit = moneyUnit
	}
	b := rowsBuilder{doc: doc, cols: cols}
	for r, ok := rest.next(); ok; r, ok = rest.next() {
		if rowsBlank(r) || matchRowsHeader(r) {
			continue
		}
		b.add(r)
	}
	if doc.Units == nil {
		doc.Units = []*Unit{}
	}
	return nil
}

// readRowsPreamble takes the title (the first non-empty cell), the department
// (部门名称：…) and the money unit (金额单位：元, 单位：万元) from the rows above the header.
func readRowsPreamble(doc *Document, rows []Row) {
	for _, r := range rows {
		label := ""
		for _, c := range r.Cells {
			text := strings.TrimSpace(c.Text)
			if text == "" {
				continue
			}
			if label != "" { // the value of a label written in the cell before
				if label == "部门名称" && doc.Department == "" {
					doc.Department, doc.Spans.Department = trimCell(c)
				} else if label == "单位" && doc.MoneyUnit == "" && moneyUnitIn("单位："+text) != "" {
					doc.MoneyUnit, doc.Spans.MoneyUnit = trimCell(c)
				}
				label = ""
				continue
			}
			if label = metaLabel(text); label != "" {
				continue
			}
			_, _, labelled := labelValue(text, "部门名称", "部门", "单位名称", "单位", "金额单位")
			if doc.Title == "" && !labelled && moneyUnitIn(text) == "" {
				doc.Title, doc.Spans.Title = trimCell(c)
			}
			if doc.MoneyUnit == "" {
				if u := moneyUnitIn(text); u != "" {
					i := strings.LastIndex(c.Text, u)
					ct := newCellText(c.Text, c.Span)
					doc.MoneyUnit, doc.Spans.MoneyUnit = u, ct.part(i, i+len(u))
				}
			}
			if doc.Department == "" {
				if v, start, ok := labelValue(c.Text, "部门名称", "部门"); ok {
					ct := newCellText(c.Text, c.Span)
					doc.Department, doc.Spans.Department = v, ct.part(start, start+len(v))
				}
			}
		}
	}
}

// moneyUnitIn finds the money unit in text such as `金额单位:元`, `单位：万元` or
// `预算数（万元）`; it returns "" when there is none.
func moneyUnitIn(text string) string {
	for _, open := range []string{"单位", "(", "（"} {
		i := strings.Index(text, open)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(text[i+len(open):], " :：\u3000")
		switch {
		case strings.HasPrefix(rest, "万元"):
			return "万元"
		case strings.HasPrefix(rest, "元"):
			return "元"
		}
	}
	return ""
}

// labelValue returns the value after `label：` (or `label:`) for the first label
// that text starts with, and the byte offset of the value in text.
func labelValue(text string, labels ...string) (string, int, bool) {
	lead := len(text) - len(strings.TrimLeft(text, " \u3000"))
	for _, l := range labels {
		rest := text[lead:]
		if !strings.HasPrefix(rest, l) {
			continue
		}
		rest = rest[len(l):]
		after := strings.TrimLeft(rest, " \u3000")
		if !strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "：") {
			continue
		}
		after = strings.TrimLeft(strings.TrimLeft(strings.TrimLeft(after, ":"), "："), " \u3000")
		v := strings.TrimRight(after, " \u3000")
		if v == "" {
			return "", 0, false
		}
		return v, len(text) - len(after), true
	}
	return "", 0, false
}

// rowsBlank reports whether every cell of the row is empty or white space.
func rowsBlank(r Row) bool {
	for _, c := range r.Cells {
		if strings.TrimSpace(c.Text) != "" {
			return false
		}
	}
	return true
}

// rowsError is an error at the start of row r, in English and Chinese.
func rowsError(path string, r Row, en, zh string) *Error {
	e := newError(path, nil, en, zh)
	e.Line = r.Line
	if len(r.Cells) > 0 && r.Cells[0].Span.Sheet() != "" {
		e.Line, e.Sheet, e.Cell = 0, r.Cells[0].Span.Sheet(), r.Cells[0].Span.Cell()
	}
	return e
}
