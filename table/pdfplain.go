//go:build !nopdf

package table

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/jxlint/jxlint/table/pdfium"
)

// Geometry of tables without drawn rules, in points.
const (
	pdfBaseTol     = 0.5 // baselines this close are one line
	pdfHeaderLines = 8   // a header cell wraps over at most this many lines
	pdfHeaderScan  = 40  // the header is looked for in a page's first lines
)

// pdfSeg is a run of characters that a page draws together on one line: the
// text of one cell on one line. PDFium ends each run with a character of its
// own (\r\n, or a space) whose box lies flat on the run's baseline: base is
// that baseline, guessed by pdfGuessBases for a run without an end.
type pdfSeg struct {
	text              string
	left, right, base float64
	low               float64 // the lowest character's bottom
	open              bool    // no end character: base is a guess
}

// pdfLine is the runs of one line, from left to right; base is the baseline
// of its first run of Chinese text (else of its first run).
type pdfLine struct {
	base float64
	segs []pdfSeg
}

// pdfPlainLines groups the characters of a page into runs and the runs into
// lines, from the top of the page down; near is the distance within which
// two baselines are one line: a third of a Chinese character's height (the
// baseline of a run of digits or Latin letters may sit a little higher or
// lower than that of Chinese text beside it). Characters without a finite
// place are left out.
func pdfPlainLines(chars []pdfium.Char) (lines []pdfLine, near float64) {
	near = pdfHanHeight(chars) / 3
	var segs []pdfSeg
	var b strings.Builder
	var cur pdfSeg
	var lo, hi float64 // the height the run's characters cover
	flush := func() {
		if strings.TrimSpace(b.String()) != "" {
			cur.text, cur.low = b.String(), lo
			segs = append(segs, cur)
		}
		b.Reset()
	}
	for _, ch := range chars {
		if !finite(ch.Left) || !finite(ch.Right) || !finite(ch.Bottom) || !finite(ch.Top) || ch.Text == "" {
			continue
		}
		if ch.Top-ch.Bottom < 0.01 { // a character that PDFium put where a run ends (\r, \n, a space), on its baseline
			if b.Len() > 0 && ch.Bottom >= lo-near && ch.Bottom <= hi+near {
				if ch.Text == " " {
					b.WriteString(" ")
				}
				cur.base, cur.open = ch.Bottom, false
			}
			flush()
			continue
		}
		mid := (ch.Top + ch.Bottom) / 2
		if b.Len() > 0 && (mid < lo-near || mid > hi+near || ch.Left < cur.right-pdfTol) {
			flush()
		}
		if b.Len() == 0 {
			cur = pdfSeg{left: ch.Left, right: ch.Right, base: ch.Bottom, open: true}
			lo, hi = ch.Bottom, ch.Top
		}
		b.WriteString(ch.Text)
		cur.left, cur.right = min(cur.left, ch.Left), max(cur.right, ch.Right)
		lo, hi = min(lo, ch.Bottom), max(hi, ch.Top)
	}
	flush()
	pdfGuessBases(segs)
	slices.SortStableFunc(segs, func(a, b pdfSeg) int { return cmpFloat(b.base, a.base) })
	for _, s := range segs {
		if n := len(lines); n > 0 && lines[n-1].base-s.base <= near {
			lines[n-1].segs = append(lines[n-1].segs, s)
			continue
		}
		lines = append(lines, pdfLine{base: s.base, segs: []pdfSeg{s}})
	}
	for i, l := range lines {
		slices.SortStableFunc(l.segs, func(a, b pdfSeg) int { return cmpFloat(a.left, b.left) })
		if j := slices.IndexFunc(l.segs, func(s pdfSeg) bool { return hasHan(s.text) }); j >= 0 {
			lines[i].base = l.segs[j].base // the baseline of Chinese text, where digits may sit apart
		}
	}
	return lines, near
}

// pdfGuessBases sets the baseline of runs without an end character (the last
// of a page) at their lowest character's bottom plus the usual distance from
// it to the baseline in runs of the same kind (Chinese or not) that have one.
func pdfGuessBases(segs []pdfSeg) {
	var han, other []float64
	for _, s := range segs {
		if !s.open {
			if hasHan(s.text) {
				han = append(han, s.base-s.low)
			} else {
				other = append(other, s.base-s.low)
			}
		}
	}
	slices.Sort(han)
	slices.Sort(other)
	for i, s := range segs {
		if s.open {
			d := other
			if hasHan(s.text) {
				d = han
			}
			if len(d) > 0 {
				segs[i].base = s.low + d[len(d)/2]
			}
		}
	}
}

// pdfHanHeight is the middle height of the page's Chinese characters (of all
// its characters when it has none; 9 points when it has none drawn).
func pdfHanHeight(chars []pdfium.Char) float64 {
	var han, all []float64
	for _, ch := range chars {
		h := ch.Top - ch.Bottom
		if !finite(h) || h <= 0 || h > 1000 {
			continue
		}
		all = append(all, h)
		if hasHan(ch.Text) {
			han = append(han, h)
		}
	}
	if len(han) == 0 {
		han = all
	}
	if len(han) == 0 {
		return 9
	}
	slices.Sort(han)
	return han[len(han)/2]
}

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// finite reports whether f is a number other than an infinity.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// cmpFloat compares two numbers, as cmp.Compare without NaN.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
