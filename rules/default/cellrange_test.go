package defaults_test

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// TestDocumentsGiveTheRangesInsideCells lints every document of testdata/docs
// and its source table: each finding of a document that flags part of a cell
// carries that part's range inside the cell, the same range (in UTF-16 units
// from the cell's first character) as the finding of the text file has inside
// that cell of its line; a finding without a range is one that the text file
// places on a whole cell. A PDF without drawn rules may differ from its text
// by spaces (the one that ends a wrapped line is left out, PDFium puts one
// between a digit and the Chinese text that LibreOffice wrote apart from it):
// there the flagged characters are the text's but for spaces, and the range
// starts before the text's by at most the spaces before it, or after it by at
// most the digits followed by Chinese text before it.
func TestDocumentsGiveTheRangesInsideCells(t *testing.T) {
	l := linter(t, "zh")
	for _, tt := range docSources {
		t.Run(tt.doc, func(t *testing.T) {
			if !table.Supported(tt.doc) {
				t.Skipf("%s: this build has no reader for it (build tag nopdf)", tt.doc)
			}
			data, err := os.ReadFile(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			sep := byte('\t')
			if filepath.Ext(tt.src) == ".csv" {
				sep = ','
			}
			lines := strings.Split(string(data), "\n")
			wraps := strings.Contains(tt.doc, "-plain")
			want := pairable(lint(t, l, tt.src).Findings)
			got := pairable(lint(t, l, filepath.Join("../../testdata/docs", tt.doc)).Findings)
			ranged, rest := 0, 0
			for k, gs := range got {
				ws := want[k]
				if len(ws) != len(gs) {
					t.Errorf("%s: %d findings, want %d", k, len(gs), len(ws))
					continue
				}
				for i, g := range gs {
					w := ws[i]
					if g.Span.InCell() {
						ranged++
					}
					if j, ok := g.Span.Joined(); ok {
						if !j.Equal(g.Span) {
							rest++
						}
						g.Span = j
					}
					if msg := compareRange(lines, sep, w, g, wraps); msg != "" {
						t.Errorf("%s: %s", k, msg)
					}
				}
			}
			if ranged == 0 && tt.src == corpus { // the rows example flags whole cells only
				t.Errorf("no finding has a range inside its cell")
			}
			t.Logf("%d findings with a range inside their cell, %d in the rest of a cell that a page break cut", ranged, rest)
		})
	}
}

// pairable groups findings by logical place, rule and message, each group in
// source order: by line and column in a text, by sheet, cell and range in a
// document (over the whole text of a PDF cell that a page break cut).
func pairable(fs []engine.Finding) map[string][]engine.Finding {
	m := map[string][]engine.Finding{}
	for _, f := range fs {
		k := fmt.Sprintf("%s/%s/%s %s %s %s", f.Unit, f.Project, f.Indicator, f.Field, f.RuleID, f.Message)
		m[k] = append(m[k], f)
	}
	for _, g := range m {
		slices.SortStableFunc(g, func(a, b engine.Finding) int {
			aj, _ := a.Span.Joined()
			bj, _ := b.Span.Joined()
			return cmp.Or(cmp.Compare(aj.Line, bj.Line), cmp.Compare(aj.Column, bj.Column))
		})
	}
	return m
}

// compareRange compares the range of document finding g inside its cell with
// that of text finding w inside the cell of its line that holds it; it
// returns what differs, or "". With wraps the cells may differ by spaces
// (see TestDocumentsGiveTheRangesInsideCells).
func compareRange(lines []string, sep byte, w, g engine.Finding, wraps bool) string {
	if !w.Span.HasText() || w.Span.EndLine != w.Span.Line || int(w.Span.Line) > len(lines) {
		if g.Span.InCell() {
			return fmt.Sprintf("%s!%s:%d-%d, but the text finding is at line %d with no column range",
				g.Span.Sheet(), g.Span.Cell(), g.Span.Column, g.Span.EndColumn, w.Span.Line)
		}
		return ""
	}
	start, text := cellAt(lines[w.Span.Line-1], sep, int(w.Span.Column))
	from, to := int(w.Span.Column)-start+1, int(w.Span.EndColumn)-start+1
	if g.Span.InCell() {
		if wraps {
			return compareSpaced(text, from, to, g)
		}
		if int(g.Span.Column) != from || int(g.Span.EndColumn) != to {
			return fmt.Sprintf("at %s!%s:%d-%d, want %d-%d (line %d:%d-%d of the text, its cell %q)",
				g.Span.Sheet(), g.Span.Cell(), g.Span.Column, g.Span.EndColumn, from, to,
				w.Span.Line, w.Span.Column, w.Span.EndColumn, text)
		}
		return ""
	}
	u := utf16.Encode([]rune(text))
	lead := len(u) - len(utf16.Encode([]rune(strings.TrimLeft(text, " \t\u3000"))))
	trail := len(u) - len(utf16.Encode([]rune(strings.TrimRight(text, " \t\u3000\r"))))
	if from != lead+1 || to != len(u)-trail+1 {
		return fmt.Sprintf("at %s!%s with no range, but the text finding flags %d-%d of its cell %q",
			g.Span.Sheet(), g.Span.Cell(), from, to, text)
	}
	return ""
}

// compareSpaced compares the range of document finding g with from-to of
// the text's cell text where the two may differ by spaces; it returns what
// differs, or "".
func compareSpaced(text string, from, to int, g engine.Finding) string {
	u := utf16.Encode([]rune(text))
	if from < 1 || to < from || to > len(u)+1 {
		return fmt.Sprintf("the text finding's range %d-%d is outside its cell %q", from, to, text)
	}
	unspaced := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	flagged := string(utf16.Decode(u[from-1 : to-1]))
	// Before from, the text's spaces may be left out of the document's cell,
	// and a space may stand between a digit and the Chinese text after it.
	dropped, added := 0, 0
	for i, c := range u[:from-1] {
		switch {
		case c == ' ':
			dropped++
		case c >= '0' && c <= '9' && i+1 < len(u) && unicode.Is(unicode.Han, rune(u[i+1])):
			added++
		}
	}
	switch {
	case int(g.Span.EndColumn)-int(g.Span.Column) != len(utf16.Encode([]rune(g.Text))):
		return fmt.Sprintf("at %s!%s:%d-%d, which does not hold its flagged text %q", g.Span.Sheet(), g.Span.Cell(), g.Span.Column, g.Span.EndColumn, g.Text)
	case unspaced(g.Text) != unspaced(flagged):
		return fmt.Sprintf("flags %q, want %q (but for spaces)", g.Text, flagged)
	case int(g.Span.Column) < from-dropped || int(g.Span.Column) > from+added:
		return fmt.Sprintf("at %s!%s:%d-%d, want %d-%d less at most %d spaces, plus at most %d, its cell %q",
			g.Span.Sheet(), g.Span.Cell(), g.Span.Column, g.Span.EndColumn, from, to, dropped, added, text)
	}
	return ""
}

// cellAt returns the 1-based UTF-16 column where the text of the cell of line
// that holds column col starts (after an opening quote) and that text.
// Cells are separated by sep; a cell may be quoted (as "120,000.00" in CSV).
func cellAt(line string, sep byte, col int) (int, string) {
	u, start, i := 1, 1, 0
	for i <= len(line) {
		j, quoted := i, i < len(line) && line[i] == '"' && sep == ','
		if quoted {
			j = i + 1 + strings.IndexByte(line[i+1:], '"') + 1
		}
		end := j + strings.IndexByte(line[j:], sep)
		if end < j {
			end = len(line)
		}
		text := line[i:end]
		start = u
		if quoted {
			text, start = text[1:len(text)-1], u+1
		}
		next := u + len(utf16.Encode([]rune(line[i:end]))) + 1
		if col < next || end == len(line) {
			return start, text
		}
		u, i = next, end+1
	}
	return start, ""
}
