//go:build !nopdf

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFFindingsInEveryFormat lints the corpus printed to PDF: the typo is
// placed at page 2, cell G2, characters 135-136 (正产, as in the text's cell),
// in the text, JSON and SARIF outputs, as a workbook cell is.
func TestPDFFindingsInEveryFormat(t *testing.T) {
	const pdf = "../../testdata/docs/pazhou.pdf"
	out, errOut, code := runCmd(t, "lint", "--no-config", pdf)
	if code != 1 || errOut != "" || !strings.Contains(out, pdf+":第2页!G2:135-136: 警告 typo: 错别字「正产」，应为「正常」\n") {
		t.Errorf("text: exit %d, stderr %q, output\n%s", code, errOut, out)
	}
	out, _, _ = runCmd(t, "lint", "--no-config", "--format", "json", pdf)
	var report struct {
		Findings []struct {
			RuleID, Sheet, Cell string
			Column, EndColumn   int
		}
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range report.Findings {
		found = found || f.RuleID == "typo" && f.Sheet == "第2页" && f.Cell == "G2" && f.Column == 135 && f.EndColumn == 137
	}
	if !found {
		t.Errorf("json: no typo at 第2页!G2, columns 135 to 137, among %d findings", len(report.Findings))
	}
	out, _, _ = runCmd(t, "lint", "--no-config", "--format", "sarif", pdf)
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					LogicalLocations []struct {
						FullyQualifiedName string
						Properties         struct {
							Region struct{ CharOffset, CharLength int }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	found = false
	for _, r := range log.Runs[0].Results {
		for _, l := range r.Locations[0].LogicalLocations {
			found = found || r.RuleID == "typo" && l.FullyQualifiedName == "第2页!G2" &&
				l.Properties.Region.CharOffset == 134 && l.Properties.Region.CharLength == 2
		}
	}
	if !found {
		t.Error("sarif: no logical location 第2页!G2 with the region of 正产 (offset 134, length 2) inside it")
	}
}

// TestPDFBaselineAcrossPageBreaks accepts the findings of the corpus printed
// on A4 in a baseline, then lints the same table printed on A3, whose page
// breaks fall elsewhere: every finding is still accepted, though its page and
// cell moved (its range inside the cell stays).
func TestPDFBaselineAcrossPageBreaks(t *testing.T) {
	dir := t.TempDir()
	table, baseline := filepath.Join(dir, "pazhou.pdf"), filepath.Join(dir, "baseline.yaml")
	copyFile(t, "../../testdata/docs/pazhou.pdf", table)
	a4, _, _ := runCmd(t, "lint", "--no-config", table)
	if _, errOut, code := runCmd(t, "lint", "--no-config", "--write-baseline", baseline, table); code != 0 || errOut != "" {
		t.Fatalf("--write-baseline: exit %d, %s", code, errOut)
	}
	copyFile(t, "../../testdata/docs/pazhou-a3.pdf", table)
	a3, _, _ := runCmd(t, "lint", "--no-config", table)
	if a3 == a4 || !strings.Contains(a3, "第1页!G12:135-136: 警告 typo") {
		t.Fatalf("the A3 print places findings as the A4 one does:\n%s", a3)
	}
	out, errOut, code := runCmd(t, "lint", "--no-config", "--baseline", baseline, table)
	if code != 0 || errOut != "" || strings.Contains(out, "错误 ") || strings.Contains(out, "警告 ") {
		t.Errorf("--baseline: exit %d, stderr %q, output\n%s", code, errOut, out)
	}
}

// copyFile copies the file at from to to.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
