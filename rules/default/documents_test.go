package defaults_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/jxlint/jxlint/table"
)

// docSources are the documents under testdata/docs (made by its make.sh from
// an example table), the table each was made from, and the sheets (or tables,
// pages) that their findings must be placed in.
var docSources = []struct{ doc, src, sheets string }{
	{"pazhou.docx", corpus, `表1`},
	{"rows.docx", "../../testdata/sheets/layout-rows-example.csv", `表1`},
	{"units.docx", "../../testdata/docs/units.txt", `表[1-4]|正文`},
	{"rows-tables.docx", "../../testdata/sheets/layout-rows-example.csv", `表[12]`},
	{"pazhou.odt", corpus, `表1`},
	{"rows.odt", "../../testdata/sheets/layout-rows-example.csv", `表1`},
	{"pazhou.ods", corpus, `Sheet1`},
	{"rows.ods", "../../testdata/sheets/layout-rows-example.csv", `Sheet1`},
	{"pazhou.xls", corpus, `Sheet1`},
	{"rows.xls", "../../testdata/sheets/layout-rows-example.csv", `Sheet1`},
	{"pazhou.pdf", corpus, `第[1-3]页`},
	{"pazhou-a3.pdf", corpus, `第[12]页`},
	{"rows.pdf", "../../testdata/sheets/layout-rows-example.csv", `第1页`},
	{"pazhou-plain.pdf", corpus, `第[1-3]页`},
	{"rows-plain.pdf", "../../testdata/sheets/layout-rows-example.csv", `第1页`},
	{"pazhou-plain-lo.pdf", corpus, `第[1-4]页`},
	{"pazhou-plain-centred.pdf", corpus, `第[1-4]页`},
	{"pazhou-plain-margins.pdf", corpus, `第[1-3]页`},
	{"pazhou-plain-tight.pdf", corpus, `第[1-3]页`},
	{"rows-plain-centred.pdf", "../../testdata/sheets/layout-rows-example.csv", `第1页`},
	{"rows-pages-lo.pdf", "../../testdata/docs/rows-pages.csv", `第[1-4]页`},
	{"rows-pages-centred.pdf", "../../testdata/docs/rows-pages.csv", `第[1-4]页`},
	{"rows-plain-lo.pdf", "../../testdata/sheets/layout-rows-example.csv", `第1页`},
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
			if !table.Supported(doc) {
				t.Skipf("%s: this build has no reader for it (build tag nopdf)", doc)
			}
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
// documents point at. The typos of 两新组织党员活动经费 sit in the indicator
// column (G): in the Word table, on its 12th row (the text's 17th line, below
// the title, 部门名称 and 单位 rows that empty lines separate in the text); in
// the PDF, on the 2nd row of page 2, below the rest of the row that page 1 cut.
// Inside the cell, they are the 正产 of 实施周期指标值：正产运转 (characters 135
// and 136: columns 135 to 137, the end exclusive) and of 年度指标值：正产运转
// (146 and 147).
func TestDocumentCellsOfTheCorpus(t *testing.T) {
	for doc, cell := range map[string]string{"pazhou.docx": "表1!G12", "pazhou.pdf": "第2页!G2"} {
		if !table.Supported(doc) {
			continue
		}
		res := lint(t, linter(t, "zh"), "../../testdata/docs/"+doc)
		var got []string
		for _, f := range res.Findings {
			if f.RuleID == "typo" {
				got = append(got, fmt.Sprintf("%s!%s:%d-%d", f.Span.Sheet(), f.Span.Cell(), f.Span.Column, f.Span.EndColumn))
			}
		}
		if want := []string{cell + ":135-137", cell + ":146-148"}; !slices.Equal(got, want) {
			t.Errorf("%s: typos at %v; want %v", doc, got, want)
		}
	}
}

// TestFindingsInTheRestOfACutCell checks findings on characters that a page
// break carried to the top of the next page: they point at that page's cell
// and count from its first character. In the corpus printed with rules, the
// indicator cell of 琶洲创新发展经费 runs from page 2 (G13) onto page 3 (G1),
// where its second item's name 社会效益 stands at characters 49 to 52; printed
// without rules by LibreOffice, the cell of 两新组织党员活动经费 runs from
// page 2 (G5) onto page 3 (G1), whose 正产 typos stand at 66-67 and 77-78.
func TestFindingsInTheRestOfACutCell(t *testing.T) {
	for _, tt := range []struct {
		doc, rule, project string
		want               []string
	}{
		{"pazhou.pdf", "indicator-name-is-category", "琶洲创新发展经费", []string{"第3页!G1:49-53 社会效益"}},
		{"pazhou-plain-lo.pdf", "typo", "两新组织党员活动经费", []string{"第3页!G1:66-68 正产", "第3页!G1:77-79 正产"}},
	} {
		if !table.Supported(tt.doc) {
			continue
		}
		res := lint(t, linter(t, "zh"), "../../testdata/docs/"+tt.doc)
		var got []string
		for _, f := range res.Findings {
			if f.RuleID == tt.rule && f.Project == tt.project {
				got = append(got, fmt.Sprintf("%s!%s:%d-%d %s", f.Span.Sheet(), f.Span.Cell(), f.Span.Column, f.Span.EndColumn, f.Text))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %s at %v; want %v", tt.doc, tt.rule, got, tt.want)
		}
	}
}
