//go:build !nopdf

package table

import (
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/jxlint/jxlint/table/pdfium"
)

// Geometry of drawn tables, in points.
const (
	pdfThin = 2.0 // a path no thicker than this is a rule
	pdfTol  = 1.5 // rules this close are one line
)

// pdfGrid is the table of one page, rebuilt from its drawn rules: column
// boundaries xs from left to right, row boundaries ys from top to bottom. The
// first row is open at the top when no rule closes it (the rest of a row that
// the page before cut), the last open at the bottom when the page foot cuts it.
type pdfGrid struct {
	xs, ys              []float64
	openTop, openBottom bool
	h, v                []pdfium.Box // horizontal and vertical rules
	owner               [][]int      // per row and column, the index (r*cols+c) of the cell it belongs to
}

// Limits of a page's grid, against hostile files: a page with more lines has
// no grid.
const (
	pdfMaxCols = 200
	pdfMaxRows = 2000
)

// newPDFGrid finds the grid of a page, or nil when it has no drawn table.
func newPDFGrid(pg *pdfium.Page) *pdfGrid {
	g := &pdfGrid{}
	var xs, ys []float64
	top, bottom := -1e9, 1e9
	for _, b := range pg.Paths {
		w, h := b.Right-b.Left, b.Top-b.Bottom
		switch {
		case h <= pdfThin && w > 2*pdfThin:
			g.h = append(g.h, b)
			ys = append(ys, (b.Top+b.Bottom)/2)
		case w <= pdfThin && h > 2*pdfThin:
			g.v = append(g.v, b)
			xs = append(xs, (b.Left+b.Right)/2)
			top, bottom = max(top, b.Top), min(bottom, b.Bottom)
		}
	}
	g.xs, g.ys = cluster(xs), cluster(ys)
	slices.Reverse(g.ys)
	if len(g.xs) < 2 || len(g.v) == 0 || len(g.xs) > pdfMaxCols || len(g.ys) > pdfMaxRows {
		return nil
	}
	if len(g.ys) == 0 || top > g.ys[0]+2*pdfTol {
		g.ys, g.openTop = append([]float64{top}, g.ys...), true
	}
	if bottom < g.ys[len(g.ys)-1]-2*pdfTol {
		g.ys, g.openBottom = append(g.ys, bottom), true
	}
	if len(g.ys) < 2 {
		return nil
	}
	g.merge()
	return g
}

// cluster sorts values and joins those within pdfTol of the one before.
func cluster(vs []float64) []float64 {
	slices.Sort(vs)
	var out []float64
	for _, v := range vs {
		if len(out) == 0 || v-out[len(out)-1] > pdfTol {
			out = append(out, v)
		}
	}
	return out
}

// rows and cols count the grid's cells.
func (g *pdfGrid) rows() int { return len(g.ys) - 1 }
func (g *pdfGrid) cols() int { return len(g.xs) - 1 }

// merge finds the cells that span several grid cells: where no rule separates
// a cell from its left neighbour it belongs to that neighbour's cell, else
// where none separates it from the cell above, to that one.
func (g *pdfGrid) merge() {
	vAt, hAt := rulesAt(g.v, g.xs, true), rulesAt(g.h, g.ys, false)
	g.owner = make([][]int, g.rows())
	for r := range g.owner {
		g.owner[r] = make([]int, g.cols())
		ym := (g.ys[r] + g.ys[r+1]) / 2
		for c := range g.owner[r] {
			xm := (g.xs[c] + g.xs[c+1]) / 2
			switch {
			case c > 0 && !covers(vAt[c], g.xs[c], ym, true):
				g.owner[r][c] = g.owner[r][c-1]
			case r > 0 && !covers(hAt[r], g.ys[r], xm, false):
				g.owner[r][c] = g.owner[r-1][c]
			default:
				g.owner[r][c] = r*g.cols() + c
			}
		}
	}
}

// rulesAt sorts rules by the line they lie on: the i-th list holds the rules
// within pdfTol of lines[i].
func rulesAt(rules []pdfium.Box, lines []float64, vertical bool) [][]pdfium.Box {
	at := make([][]pdfium.Box, len(lines))
	for _, b := range rules {
		pos := (b.Top + b.Bottom) / 2
		if vertical {
			pos = (b.Left + b.Right) / 2
		}
		for i, l := range lines {
			if pos-l <= pdfTol && l-pos <= pdfTol {
				at[i] = append(at[i], b)
			}
		}
	}
	return at
}

// covers reports whether a rule of rules lies at position at (x of a vertical
// rule, y of a horizontal one) and reaches across the point along it.
func covers(rules []pdfium.Box, at, along float64, vertical bool) bool {
	for _, b := range rules {
		lo, hi, pos := b.Left, b.Right, (b.Top+b.Bottom)/2
		if vertical {
			lo, hi, pos = b.Bottom, b.Top, (b.Left+b.Right)/2
		}
		if pos-at <= pdfTol && at-pos <= pdfTol && lo-pdfTol <= along && along <= hi+pdfTol {
			return true
		}
	}
	return false
}

// cellAt returns the grid cell that holds point (x, y), or ok false.
func (g *pdfGrid) cellAt(x, y float64) (r, c int, ok bool) {
	c, _ = slices.BinarySearch(g.xs, x)
	r = -1
	for i := 0; i+1 < len(g.ys); i++ {
		if y <= g.ys[i] && y > g.ys[i+1] {
			r = i
			break
		}
	}
	if c == 0 || c > g.cols() || r < 0 {
		return 0, 0, false
	}
	return r, c - 1, true
}

// pdfCellName names column c (0-based) of row number row: C4.
func pdfCellName(c, row int) string {
	name, _ := excelize.CoordinatesToCellName(c+1, row)
	return name
}

// pdfSheet names page n (1-based) in the sheet's role: 第1页.
func pdfSheet(n int) string { return fmt.Sprintf("第%d页", n) }
