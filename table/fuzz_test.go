package table

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

func FuzzReadText(f *testing.F) {
	corpus, err := os.ReadFile(filepath.Join("..", "testdata", "parse", "pazhou.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(corpus)
	f.Add([]byte(header + "\n项目\t1\t1\t\t\t目标\t1、1-产出指标；11-数量指标；数；年度指标值：1\n"))
	f.Add([]byte("\xFF\xFEa\x00"))
	var cut strings.Builder
	for _, r := range goalCutRows {
		cut.WriteString(strings.Join(r, "\t") + "\r\n")
	}
	f.Add([]byte(cut.String()))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRows(t, data)
		doc, err := Read("f.txt", data)
		if err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
			return
		}
		if par, err := ReadWith("f.txt", data, ReadOptions{Workers: 2}); err != nil || !reflect.DeepEqual(par, doc) {
			t.Fatalf("read with 2 workers: another document than with one (error %v)", err)
		}
		text, _, _ := Decode(data)
		lines := decodedLines(text)
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				for _, ind := range p.Indicators {
					if s := ind.Spans.Annual; ind.Annual != "" && (s.Column < 1 || s.EndColumn < s.Column) {
						t.Fatalf("bad span %+v", s)
					}
				}
				checkGoalPlaces(t, lines, p)
			}
		}
	})
}

// decodedLines splits decoded text into lines of UTF-16 units, a BOM left out.
func decodedLines(text string) [][]uint16 {
	text = strings.TrimPrefix(text, "\ufeff")
	var out [][]uint16
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		out = append(out, utf16.Encode([]rune(l)))
	}
	return out
}

// checkGoalPlaces checks that every character of p's goal, placed with
// SubSpan, stands at that character of the source, also where the goal goes
// on in a later row.
func checkGoalPlaces(t *testing.T, lines [][]uint16, p *Project) {
	t.Helper()
	if !p.Spans.Goal.HasText() {
		return
	}
	goal := utf16.Encode([]rune(p.Goal))
	for i, c := range goal {
		if c == '\r' || c == '\n' {
			continue
		}
		s := SubSpan(p.Spans.Goal, p.Goal, i, i+1)
		l, col := int(s.Line)-1, int(s.Column)-1
		if l < 0 || l >= len(lines) || col < 0 || col >= len(lines[l]) || lines[l][col] != c {
			t.Fatalf("character %d of goal %q is placed at %d:%d, which does not hold it", i, p.Goal, s.Line, s.Column)
		}
	}
}

func FuzzParseIndicators(f *testing.F) {
	for _, s := range indicatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Cells reach the parser as valid UTF-8: Decode guarantees it for every
		// reader, and columns are counted on that assumption.
		text = strings.ToValidUTF8(text, "\uFFFD")
		cell := textSpan(1, 1, 1, 1+utf16Len(text))
		inds, problems := parseIndicators(text, cell)
		for _, ind := range inds {
			if ind.Number == "" || ind.Name == "" || ind.Level1.Name == "" || ind.Level2.Name == "" {
				t.Fatalf("incomplete indicator %+v", ind)
			}
		}
		for _, ind := range inds {
			s := ind.Spans.Item
			if s.Column < 1 || s.EndLine < s.Line || (s.Line == s.EndLine && s.Column > s.EndColumn) ||
				(!strings.ContainsAny(text, "\r\n") && s.EndColumn > cell.EndColumn) {
				t.Fatalf("item span %+v outside the cell %+v", s, cell)
			}
		}
		for _, p := range problems {
			if (p.Kind != malformed && p.Kind != mixedPunct) || p.Text == "" {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}

// FuzzParseIndicatorsInCell parses a packed indicator cell of a workbook: every
// field with a range inside the cell is those characters of the cell's text,
// and a field without one is the whole text, trimmed.
func FuzzParseIndicatorsInCell(f *testing.F) {
	for _, s := range indicatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		u := utf16.Encode([]rune(text))
		cell := CellSpan("表1", "G5")
		inds, problems := parseIndicators(text, cell)
		check := func(what, value string, s Span) {
			if value == "" && s.IsZero() { // a field that is absent
				return
			}
			if s.Cell() != "G5" || s.Line != 0 {
				t.Fatalf("%s: span %+v is not in the cell", what, s)
			}
			if !s.InCell() {
				if value != strings.TrimSpace(text) && value != "" {
					t.Fatalf("%s %q placed at the whole cell %q", what, value, text)
				}
				return
			}
			if s.EndColumn < s.Column || int(s.EndColumn)-1 > len(u) {
				t.Fatalf("%s: range %d-%d outside the cell's %d units", what, s.Column, s.EndColumn, len(u))
			}
			if got := string(utf16.Decode(u[s.Column-1 : s.EndColumn-1])); got != value {
				t.Fatalf("%s: range %d-%d holds %q, want %q", what, s.Column, s.EndColumn, got, value)
			}
		}
		for _, ind := range inds {
			check("number", ind.Number, ind.Spans.Number)
			check("name", ind.Name, ind.Spans.Name)
			check("period", ind.Period, ind.Spans.Period)
			check("annual", ind.Annual, ind.Spans.Annual)
		}
		for _, p := range problems {
			check(p.Kind, p.Text, p.Span)
		}
	})
}
