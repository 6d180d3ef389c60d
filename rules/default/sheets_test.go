package defaults_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tabletest"
)

// logical renders findings by their logical place, rule and message, without
// positions and sorted, so that findings read from different formats can be
// compared (a workbook orders the findings of one cell by their columns inside
// it, not by the text's columns, and ties by rule).
func logical(fs []engine.Finding) string {
	lines := make([]string, len(fs))
	for i, f := range fs {
		lines[i] = fmt.Sprintf("%s/%s/%s %s %s %s\n", f.Unit, f.Project, f.Indicator, f.Field, f.RuleID, f.Message)
	}
	slices.Sort(lines)
	return strings.Join(lines, "")
}

// TestCorpusAsSpreadsheets lints the corpus saved as CSV and as a workbook: the
// findings are those of the text file, the workbook's at cells.
func TestCorpusAsSpreadsheets(t *testing.T) {
	l := linter(t, "zh")
	text := lint(t, l, corpus)
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	csvData, err := tabletest.CSV(data)
	if err != nil {
		t.Fatal(err)
	}
	xlsxData, err := tabletest.XLSX(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{{"pazhou.csv", csvData}, {"pazhou.xlsx", xlsxData}} {
		doc, err := table.Read(tt.name, tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		res := l.Worker().Lint(doc)
		if got, want := logical(res.Findings), logical(text.Findings); got != want {
			t.Errorf("%s: findings differ from the text file's:\n%s\nwant\n%s", tt.name, got, want)
		}
		for _, f := range res.Findings {
			if tt.name == "pazhou.xlsx" && (f.Span.Sheet() != tabletest.Sheet || f.Span.Cell() == "" || f.Span.Line != 0) {
				t.Errorf("%s: %s finding at %+v; want a cell of %s and no line", tt.name, f.RuleID, f.Span, tabletest.Sheet)
			}
		}
	}
	// The typo in 两新组织党员活动经费 sits in the indicator cell of row 17.
	doc, err := table.Read("pazhou.xlsx", xlsxData)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range l.Worker().Lint(doc).Findings {
		if f.RuleID == "typo" && f.Span.Cell() != "G17" {
			t.Errorf("typo at %s!%s; want Sheet1!G17", f.Span.Sheet(), f.Span.Cell())
		}
	}
}

// TestRowsExampleWorkbook lints the rows-layout workbook that ships in
// testdata/sheets (project cells merged down) against its golden findings.
func TestRowsExampleWorkbook(t *testing.T) {
	res := lint(t, linter(t, "zh"), "../../testdata/sheets/layout-rows-example.xlsx")
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "%s!%s %s %s\n", f.Span.Sheet(), f.Span.Cell(), f.RuleID, f.Message)
	}
	golden(t, "testdata/rows-example.xlsx.golden", b.String())
}
