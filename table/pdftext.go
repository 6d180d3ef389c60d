//go:build !nopdf

package table

import (
	"slices"
	"strings"

	"github.com/jxlint/jxlint/table/pdfium"
)

// pdfText is the text of a cell's characters in the order the page draws
// them, which is their reading order for office programs and browsers (a
// comma or a character of a fallback font does not sit on its line's middle,
// so that sorting by place would move it); a line wrap is not in the text.
func pdfText(chars []pdfium.Char) string {
	var b strings.Builder
	for _, ch := range chars {
		b.WriteString(ch.Text)
	}
	return b.String()
}

// pdfLines groups characters into lines: a character whose middle lies within
// the height of a line's first character is on that line.
func pdfLines(chars []pdfium.Char) [][]pdfium.Char {
	cs := slices.Clone(chars)
	slices.SortStableFunc(cs, func(a, b pdfium.Char) int {
		switch ya, yb := (a.Top+a.Bottom)/2, (b.Top+b.Bottom)/2; {
		case ya > yb:
			return -1
		case ya < yb:
			return 1
		}
		return 0
	})
	var lines [][]pdfium.Char
	var top, bottom float64
	for _, ch := range cs {
		y := (ch.Top + ch.Bottom) / 2
		if n := len(lines); n > 0 && y <= top && y >= bottom {
			lines[n-1] = append(lines[n-1], ch)
			continue
		}
		lines = append(lines, []pdfium.Char{ch})
		top, bottom = max(ch.Top, y+0.5), min(ch.Bottom, y-0.5)
	}
	for _, l := range lines {
		slices.SortStableFunc(l, func(a, b pdfium.Char) int {
			switch {
			case a.Left < b.Left:
				return -1
			case a.Left > b.Left:
				return 1
			}
			return 0
		})
	}
	return lines
}

// pdfLineCells splits a line of text outside the grid into cells where a gap
// wider than two characters separates its words (部门名称：… and 单位：万元 on one
// line); the cells are placed in columns A, B, … of row row.
func pdfLineCells(line []pdfium.Char, sheet string, row int) []Cell {
	var cells []Cell
	var b strings.Builder
	prev := -1.0
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			cells = append(cells, Cell{Text: s, Span: CellSpan(sheet, pdfCellName(len(cells), row))})
		}
		b.Reset()
	}
	for _, ch := range line {
		w := max(ch.Right-ch.Left, 3)
		if prev >= 0 && ch.Left-prev > 2*w {
			flush()
		}
		b.WriteString(ch.Text)
		prev = ch.Right
	}
	flush()
	return cells
}
