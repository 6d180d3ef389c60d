//go:build !nopdf

package table

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/jxlint/jxlint/table/pdfium"
)

// pdfPageNumber reports whether a line is a page number (see isPageNumber).
func pdfPageNumber(l pdfLine) bool {
	var b strings.Builder
	for _, s := range l.segs {
		b.WriteString(s.text)
	}
	return isPageNumber(b.String())
}

// pdfTrimEdges drops the first and the last line of a page when they hold no
// Chinese text and stand apart, more than twice a line's height from the
// next, or repeat a page's edge line (see pdfEdgeKey) found on another page:
// what a browser prints in the margins (date, title, address, 1/3).
func pdfTrimEdges(lines []pdfLine, near float64, repeated map[string]bool) []pdfLine {
	drop := func(l, next pdfLine) bool {
		if slices.ContainsFunc(l.segs, func(s pdfSeg) bool { return hasHan(s.text) }) {
			return false
		}
		return math.Abs(l.base-next.base) > 6*near || repeated[pdfEdgeKey(l)]
	}
	if n := len(lines); n > 1 && drop(lines[n-1], lines[n-2]) {
		lines = lines[:n-1]
	}
	if len(lines) > 1 && drop(lines[0], lines[1]) {
		lines = lines[1:]
	}
	return lines
}

// pdfEdgeKey is the text of a line with its digits and spaces left out, so
// that a margin line reads the same on every page (1/3, 2/3).
func pdfEdgeKey(l pdfLine) string {
	var b strings.Builder
	for _, s := range l.segs {
		for _, r := range s.text {
			if (r < '0' || r > '9') && !unicode.IsSpace(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// pdfRepeatedEdges returns the keys of the first and last lines of the pages
// without drawn rules that occur on more than one page.
func pdfRepeatedEdges(pages []pdfium.Page) map[string]bool {
	seen := map[string]int{}
	for i := range pages {
		if newPDFGrid(&pages[i]) != nil {
			continue
		}
		lines, _ := pdfPlainLines(pages[i].Chars)
		if n := len(lines); n > 0 {
			seen[pdfEdgeKey(lines[0])]++
			if n > 1 {
				seen[pdfEdgeKey(lines[n-1])]++
			}
		}
	}
	repeated := map[string]bool{}
	for k, n := range seen {
		if n > 1 && k != "" {
			repeated[k] = true
		}
	}
	return repeated
}
