package table

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzReadText(f *testing.F) {
	corpus, err := os.ReadFile(filepath.Join("..", "testdata", "parse", "pazhou.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(corpus)
	f.Add([]byte(header + "\n项目\t1\t1\t\t\t目标\t1、1-产出指标；11-数量指标；数；年度指标值：1\n"))
	f.Add([]byte("\xFF\xFEa\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRows(t, data)
		doc, err := Read("f.txt", data)
		if err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
			return
		}
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				for _, ind := range p.Indicators {
					if s := ind.Spans.Annual; ind.Annual != "" && (s.Column < 1 || s.EndColumn < s.Column) {
						t.Fatalf("bad span %+v", s)
					}
				}
			}
		}
	})
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
