//go:build !nopdf

package table

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/jxlint/jxlint/table/pdfium"
)

func init() {
	register(KindPDF, readPDF, ".pdf")
}

// readPDF reads a PDF with a text layer: the grid of each page is rebuilt from
// its drawn rules (see pdfGrid), each character goes to the cell that holds
// it, and a row that a page break cut is joined again with its rest at the top
// of the next page. Text above a page's grid (title, 部门名称, 单位) reads as
// rows before it; text below it (第 N 页) is dropped. Positions name the page in
// the sheet's role and the cell in its grid: 第1页!G5, rows counted from the
// top of the page.
func readPDF(path string, data []byte, opts ReadOptions) (*Document, error) {
	pages, err := pdfium.Pages(data)
	switch {
	case errors.Is(err, pdfium.ErrEncrypted):
		return nil, newError(path, nil, "the PDF is encrypted: save a copy without a password and check that",
			"PDF 文件已加密：请另存一份不设密码的副本，再检查该副本")
	case errors.Is(err, pdfium.ErrDamaged):
		return nil, newError(path, err, "not a readable PDF", "无法读取的 PDF 文件")
	case err != nil:
		return nil, newError(path, err, "cannot read the PDF", "无法读取 PDF 文件")
	}
	chars, images := 0, 0
	for _, pg := range pages {
		chars += len(strings.TrimSpace(pdfText(pg.Chars)))
		images += pg.Images
	}
	if chars == 0 {
		return nil, newError(path, nil, "the PDF has no text layer (a scan?): run text recognition (OCR) on it, or check the original table",
			"PDF 文件没有文字层（可能是扫描件）：请先做文字识别（OCR），或检查原始表格文件")
	}
	rows, ruled, cols := pdfDocRows(pages)
	if !ruled && len(cols.lo) == 0 {
		return nil, pdfNoHeader(path, len(pages))
	}
	doc := &Document{Path: path, Format: "pdf", Units: []*Unit{}}
	if err := readGrid(doc, &gridRows{rows}, opts); err != nil {
		return nil, err
	}
	return doc, nil
}

// pdfDocRows reads the rows of all pages, a row that a page break cut joined
// with its rest; ruled says that a page has drawn rules, cols are the columns
// of the last header of a table without rules.
func pdfDocRows(pages []pdfium.Page) (rows []Row, ruled bool, cols pdfCols) {
	var last *pdfGrid         // the grid of the page before, when its last row was cut
	var edges map[string]bool // margin lines repeated on pages without rules
	for i := range pages {
		g := newPDFGrid(&pages[i])
		if g == nil {
			if edges == nil {
				edges = pdfRepeatedEdges(pages)
			}
			pr, c, on := pdfPlainPage(&pages[i], i+1, cols, edges)
			if on >= 0 {
				pr = append(pr[:on:on], joinPlainCut(rows, pr[on:], c)...)
			}
			rows, last, cols = append(rows, pr...), nil, c
			continue
		}
		ruled = true
		pr := pdfGridRows(&pages[i], i+1, g)
		if g.openTop && last != nil && len(rows) > 0 && len(pr.grid) > 0 {
			joinCut(&rows[len(rows)-1], last.xs, pr.grid[0], g.xs)
			pr.grid = pr.grid[1:]
		}
		rows = append(append(rows, pr.above...), pr.grid...)
		last = nil
		if g.openBottom && len(pr.grid) > 0 {
			last = g
		}
	}
	return rows, ruled, cols
}

// joinCut appends the cells of rest, the rest of a cut row at the top of a
// page whose columns are bounded by xs, to the cells of row, whose columns are
// bounded by rowXs: each to the column nearest to it (the same, unless a page
// draws a column the other does not).
func joinCut(row *Row, rowXs []float64, rest Row, xs []float64) {
	for c, cell := range rest.Cells {
		if cell.Text == "" || c+1 >= len(xs) {
			continue
		}
		mid := (xs[c] + xs[c+1]) / 2
		best := 0
		for j := 0; j+1 < len(rowXs); j++ {
			if math.Abs((rowXs[j]+rowXs[j+1])/2-mid) < math.Abs((rowXs[best]+rowXs[best+1])/2-mid) {
				best = j
			}
		}
		for len(row.Cells) <= best {
			row.Cells = append(row.Cells, Cell{Span: CellSpan(row.Cells[0].Span.Sheet(), row.Cells[0].Span.Cell())})
		}
		joinCell(&row.Cells[best], cell.Text, cell.Span)
	}
}

// pdfRows are the rows of one page: the lines above its grid and the grid's.
type pdfRows struct{ above, grid []Row }

// pdfPageRows reads the rows of page n (1-based) and its grid, nil when it
// has no drawn table.
func pdfPageRows(pg *pdfium.Page, n int) (pdfRows, *pdfGrid) {
	g := newPDFGrid(pg)
	return pdfGridRows(pg, n, g), g
}

// pdfGridRows reads the rows of page n (1-based) with its grid g, or only the
// lines of its text when g is nil.
func pdfGridRows(pg *pdfium.Page, n int, g *pdfGrid) pdfRows {
	sheet := pdfSheet(n)
	var out pdfRows
	var cells map[int][]pdfium.Char // chars per owning cell
	var outside []pdfium.Char
	if g != nil {
		cells = map[int][]pdfium.Char{}
	}
	for _, ch := range pg.Chars {
		if ch.Text == "\r" || ch.Text == "\n" || ch.Text == "" {
			continue
		}
		x, y := (ch.Left+ch.Right)/2, (ch.Top+ch.Bottom)/2
		if g != nil {
			if r, c, ok := g.cellAt(x, y); ok {
				o := g.owner[r][c]
				cells[o] = append(cells[o], ch)
				continue
			}
			if y < g.ys[len(g.ys)-1] {
				continue // below the table: page foot
			}
		}
		outside = append(outside, ch)
	}
	for i, line := range pdfLines(outside) {
		out.above = append(out.above, Row{Line: i + 1, Cells: pdfLineCells(line, sheet, i+1)})
	}
	if g == nil {
		return out
	}
	first := len(out.above) + 1
	for r := range g.rows() {
		row := Row{Line: first + r}
		for c := range g.cols() {
			o := g.owner[r][c]
			cell := Cell{Span: CellSpan(sheet, pdfCellName(c, first+r))}
			switch or, oc := o/g.cols(), o%g.cols(); {
			case or == r && oc == c:
				cell.Text = pdfText(cells[o])
			case or < r && oc == c: // merged down: the top cell's value, as in a workbook
				cell = Cell{Text: pdfText(cells[o]), Span: CellSpan(sheet, pdfCellName(c, first+or))}
			}
			row.Cells = append(row.Cells, cell)
		}
		out.grid = append(out.grid, row)
	}
	return out
}

// pdfNoHeader is the error for a PDF without drawn tables in which no page
// holds a table's header.
func pdfNoHeader(path string, pages int) error {
	where, whereZh := "page 1", "第1页"
	if pages > 1 {
		where, whereZh = fmt.Sprintf("pages 1 to %d", pages), fmt.Sprintf("第1页至第%d页", pages)
	}
	e := newError(path, nil, "not a performance-goal table: no header row found on "+where+
		" (expected a line of columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)",
		"不是绩效目标表："+whereZh+"中未找到表头行（应有一行列名，如 项目名称 总计 财政拨款 … 绩效目标 绩效指标，"+
			"或 项目名称 … 一级指标 二级指标 三级指标 指标值）")
	e.Sheet, e.Cell = pdfSheet(1), "A1"
	return e
}
