//go:build !nopdf

package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPDFFindingsInEveryFormat lints the corpus printed to PDF: the typo is
// placed at page 2, cell G2, in the text, JSON and SARIF outputs, as a
// workbook cell is.
func TestPDFFindingsInEveryFormat(t *testing.T) {
	const pdf = "../../testdata/docs/pazhou.pdf"
	out, errOut, code := runCmd(t, "lint", "--no-config", pdf)
	if code != 1 || errOut != "" || !strings.Contains(out, pdf+":第2页!G2: 警告 typo: 错别字「正产」，应为「正常」\n") {
		t.Errorf("text: exit %d, stderr %q, output\n%s", code, errOut, out)
	}
	out, _, _ = runCmd(t, "lint", "--no-config", "--format", "json", pdf)
	var report struct {
		Findings []struct{ RuleID, Sheet, Cell string }
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range report.Findings {
		found = found || f.RuleID == "typo" && f.Sheet == "第2页" && f.Cell == "G2"
	}
	if !found {
		t.Errorf("json: no typo at 第2页!G2 among %d findings", len(report.Findings))
	}
	out, _, _ = runCmd(t, "lint", "--no-config", "--format", "sarif", pdf)
	if !strings.Contains(out, `"fullyQualifiedName": "第2页!G2"`) {
		t.Error("sarif: no logical location 第2页!G2")
	}
}
