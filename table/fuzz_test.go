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
	for _, s := range []string{
		"1、1-产出指标；12-质量指标；项目完成情况；实施周期指标值：高质量举办算法大赛；年度指标值：高质量。2、2-效益指标；21-经济效益；吸引人才；实施周期指标值：通过；年度指标值：通过。",
		"1、1-产出指标;11-数量指标;下达率;实施周期指标值: 100%;年度指标值:100% 2、3-满意度指标；31-服务对象满意度；满意率",
		"第2、3季度 1、产出；；；年度指标值",
		"1、1-\n产出；\r\n2、",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
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
