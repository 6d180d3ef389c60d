package defaults_test

import (
	"path/filepath"
	"regexp"
	"testing"
)

// docSources are the documents under testdata/docs (made by its make.sh from
// an example table), the table each was made from, and the sheets (or tables,
// pages) that their findings must be placed in.
var docSources = []struct{ doc, src, sheets string }{
	{"pazhou.docx", corpus, `表1`},
	{"rows.docx", "../../testdata/sheets/layout-rows-example.csv", `表1`},
	{"pazhou.ods", corpus, `Sheet1`},
	{"rows.ods", "../../testdata/sheets/layout-rows-example.csv", `Sheet1`},
	{"pazhou.xls", corpus, `Sheet1`},
	{"rows.xls", "../../testdata/sheets/layout-rows-example.csv", `Sheet1`},
}

// TestDocumentsGiveTheFindingsOfTheirSource lints every document made by an
// office program from an example table: the findings, their rules and
// messages, are those of the table it came from, and each is placed at a cell
// of a table (表N!A1).
func TestDocumentsGiveTheFindingsOfTheirSource(t *testing.T) {
	l := linter(t, "zh")
	for _, tt := range docSources {
		doc, src, sheets := tt.doc, tt.src, regexp.MustCompile(`^(`+tt.sheets+`)$`)
		t.Run(doc, func(t *testing.T) {
			want := lint(t, l, src)
			got := lint(t, l, filepath.Join("../../testdata/docs", doc))
			if len(want.Findings) == 0 {
				t.Fatalf("%s has no findings", src)
			}
			if g, w := logical(got.Findings), logical(want.Findings); g != w {
				t.Errorf("findings differ from those of %s:\n%s\nwant\n%s", src, g, w)
			}
			for _, f := range got.Findings {
				if !sheets.MatchString(f.Span.Sheet()) || f.Span.Cell() == "" || f.Span.Line != 0 {
					t.Errorf("%s at %s!%s line %d, want a cell of %s", f.RuleID, f.Span.Sheet(), f.Span.Cell(), f.Span.Line, sheets)
				}
			}
		})
	}
}

// TestDocumentCellsOfTheCorpus checks the cells that findings of the corpus
// document point at: the typo of 两新组织党员活动经费 sits in the indicator
// column (G) of the table's 12th row (the text's 17th line, below the title,
// 部门名称 and 单位 rows that empty lines separate in the text).
func TestDocumentCellsOfTheCorpus(t *testing.T) {
	res := lint(t, linter(t, "zh"), "../../testdata/docs/pazhou.docx")
	n := 0
	for _, f := range res.Findings {
		if f.RuleID == "typo" {
			n++
			if f.Span.Sheet() != "表1" || f.Span.Cell() != "G12" {
				t.Errorf("typo at %s!%s; want 表1!G12", f.Span.Sheet(), f.Span.Cell())
			}
		}
	}
	if n == 0 {
		t.Error("no typo finding")
	}
}
