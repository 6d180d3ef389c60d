package reporters

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// setRowHeights makes each table row tall enough for its wrapped text, since
// not every program fits rows to text (LibreOffice does not for merged cells).
// A project's goals share the height of the rows they are merged over; its
// other cells stand in its first row.
func setRowHeights(wb *excelize.File, sheet string, g *grid, cols []gridCol) error {
	lines := make([]int, len(g.rows))
	for _, r := range g.rows {
		for _, c := range cols {
			if cell := r.cells[c]; cell != nil && (r.kind != rowProject || !mergedCol(c)) {
				lines[r.index] = max(lines[r.index], textLines(cell.text, colWidth[c]))
			}
		}
	}
	for _, r := range g.rows {
		if r.kind != rowProject || !r.lead {
			continue
		}
		need := 1
		for _, c := range cols {
			if cell := r.cells[c]; cell != nil && mergedCol(c) {
				need = max(need, textLines(cell.text, colWidth[c]))
			}
		}
		have := 0
		for i := r.index; i < r.index+r.span; i++ {
			lines[i] = max(1, lines[i])
			have += lines[i]
		}
		for i := r.index; have < need; i++ {
			if i == r.index+r.span {
				i = r.index
			}
			lines[i]++
			have++
		}
	}
	for i, n := range lines {
		if n > 1 {
			if err := wb.SetRowHeight(sheet, genFirstRow+i, float64(min(n, 27))*15); err != nil {
				return err
			}
		}
	}
	return nil
}

// textLines estimates the lines text takes in a column width characters wide:
// a Chinese character is two wide.
func textLines(text string, width float64) int {
	n := 0
	for _, para := range strings.Split(text, "\n") {
		w := 0
		for _, r := range para {
			w++
			if r >= 0x2E80 {
				w++
			}
		}
		n += max(1, int(math.Ceil(float64(w)/(width-1))))
	}
	return n
}

// newGenStyles makes the styles of generated sheets: thin borders, wrapped
// text at the top of the cell, amounts to the right, unit and 合计 rows bold.
func newGenStyles(wb *excelize.File) (*genStyles, error) {
	border := []excelize.Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1}}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	right := &excelize.Alignment{Vertical: "top", Horizontal: "right"}
	unitFill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F5F8"}}
	specs := []*excelize.Style{
		{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Horizontal: "center"}},
		{Font: &excelize.Font{Bold: true}, Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE3EA"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Border: border, Alignment: top},
		{Border: border, Alignment: right},
		{Font: &excelize.Font{Bold: true}, Border: border, Alignment: top, Fill: unitFill},
		{Font: &excelize.Font{Bold: true}, Border: border, Alignment: right, Fill: unitFill},
	}
	ids := make([]int, len(specs))
	for i, s := range specs {
		id, err := wb.NewStyle(s)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	return &genStyles{title: ids[0], head: ids[1], cell: ids[2], amount: ids[3], unit: ids[4], unitAmount: ids[5]}, nil
}

// sheetName makes a sheet name from a file's name: at most 31 characters,
// none of []:*?/\, unique in the workbook (case-insensitively).
func sheetName(path string, used map[string]bool) string {
	base := filepath.Base(path)
	base = strings.Map(func(r rune) rune {
		if strings.ContainsRune("[]:*?/\\'", r) {
			return '_'
		}
		return r
	}, base)
	if base == "" {
		base = "table"
	}
	name := truncateRunes(base, 31)
	for i := 2; used[strings.ToLower(name)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		name = truncateRunes(base, 31-len(suffix)) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

// truncateRunes cuts s to at most n characters.
func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// mergedCol reports whether a project's cells of column c are merged over
// its rows in a generated sheet.
func mergedCol(c gridCol) bool { return c == colGoal || c == colPeriodGoal }
