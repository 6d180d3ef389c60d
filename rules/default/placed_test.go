package defaults_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tabletest"
)

// holes are what a message shows when a value it names is empty: a name in
// empty quotes, a number missing from 第…项, two spaces around nothing.
var holes = []string{"「」", "第项", "  ", `""`, "<nil>", "${"}

// rowsText writes doc in the one-row-per-indicator layout, tab-separated, one
// row per indicator (a project without indicators keeps one row), so that
// every packed fixture can be linted in the other layout too.
func rowsText(doc *table.Document) []byte {
	var b bytes.Buffer
	line := func(cells ...string) { b.WriteString(strings.Join(cells, "\t") + "\n") }
	line("部门预算项目绩效目标申报表")
	line("金额单位:元")
	line("单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性")
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			head := []string{u.Name, p.Name, p.Amounts.Total.String(), p.Goal}
			if len(p.Indicators) == 0 {
				line(append(head, "", "", "", "", "", "", "", "")...)
			}
			for i, ind := range p.Indicators {
				if i > 0 {
					head = []string{"", "", "", ""}
				}
				line(append(head, ind.Level1.Name, ind.Level2.Name, ind.Name, "", ind.Annual, "", "", "")...)
			}
		}
	}
	return b.Bytes()
}

// asRows is doc saved in the one-row-per-indicator layout as CSV and as a
// workbook, and read back.
func asRows(t *testing.T, doc *table.Document) []*table.Document {
	t.Helper()
	text := rowsText(doc)
	base := strings.TrimSuffix(doc.Path, filepath.Ext(doc.Path)) + ".rows"
	var out []*table.Document
	for ext, save := range map[string]func([]byte) ([]byte, error){".csv": tabletest.CSV, ".xlsx": tabletest.XLSX} {
		data, err := save(text)
		if err != nil {
			t.Fatal(err)
		}
		d, err := table.Read(base+ext, data)
		if err != nil {
			t.Fatalf("%s as rows: %v", doc.Path, err)
		}
		out = append(out, d)
	}
	return out
}

// asSheets is a text table saved as CSV and as a workbook, and read back.
func asSheets(t *testing.T, path string, text []byte) []*table.Document {
	t.Helper()
	var out []*table.Document
	base := strings.TrimSuffix(path, filepath.Ext(path))
	for ext, save := range map[string]func([]byte) ([]byte, error){".csv": tabletest.CSV, ".xlsx": tabletest.XLSX} {
		data, err := save(text)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := table.Read(base+ext, data); err == nil {
			out = append(out, d)
		}
	}
	return out
}

// TestFindingsPlacedAndWorded lints every fixture with every built-in rule,
// in its own layout and, for the packed tables, in the one-row-per-indicator
// layout, in Chinese and English: every finding points at a line or a cell,
// and no message shows a hole where a name or a number belongs.
func TestFindingsPlacedAndWorded(t *testing.T) {
	files, _ := filepath.Glob("testdata/*")
	rulesSeen := map[string]map[string]bool{"packed": {}, "rows": {}}
	for _, lang := range []string{"zh", "en"} {
		l := linter(t, lang)
		for _, f := range files {
			if !table.Supported(f) || strings.HasSuffix(f, ".golden") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := table.Read(f, data)
			if err != nil {
				continue // fixtures of reading problems
			}
			docs := []*table.Document{doc}
			if doc.Layout == "packed" {
				docs = append(docs, asRows(t, doc)...)
			}
			if doc.Format == "text" {
				docs = append(docs, asSheets(t, f, data)...)
			}
			for _, d := range docs {
				res := l.Worker().Lint(d)
				for _, re := range res.RuleErrors {
					t.Errorf("%s: rule %s failed: %v", d.Path, re.RuleID, re.Err)
				}
				for _, fd := range res.Findings {
					rulesSeen[d.Layout][fd.RuleID] = true
					checkFinding(t, d, &fd)
				}
			}
		}
	}
	for layout, seen := range rulesSeen {
		t.Logf("%s: %d rules: %v", layout, len(seen), seen)
		if len(seen) < 15 { // 25 and 19 when written
			t.Errorf("%s layout: only %d rules fired over the fixtures", layout, len(seen))
		}
	}
}

// checkFinding reports a finding without a place or with a hole in its message.
func checkFinding(t *testing.T, d *table.Document, f *engine.Finding) {
	t.Helper()
	if f.Span.Line <= 0 && f.Span.Cell() == "" {
		t.Errorf("%s (%s layout): %s has no line or cell: %s", d.Path, d.Layout, f.RuleID, f.Message)
	}
	if f.Span.Cell() == "" && d.Format == "xlsx" {
		t.Errorf("%s: %s points at a line of a workbook: %s", d.Path, f.RuleID, f.Message)
	}
	for _, h := range holes {
		if strings.Contains(f.Message, h) {
			t.Errorf("%s (%s layout): %s message has %q: %s", d.Path, d.Layout, f.RuleID, h, f.Message)
		}
	}
}
