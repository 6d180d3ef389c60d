package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxCells refuses a workbook sheet over --max-cells, naming the flag,
// and reads it with the default limit.
func TestMaxCells(t *testing.T) {
	book := filepath.Join("..", "..", "testdata", "sheets", "layout-rows-example.xlsx")
	out, _, code := runCmd(t, "lint", "--no-config", "--max-cells", "20", book)
	if code != 2 || !strings.Contains(out, "工作表过大：超过 20 个单元格（可用 --max-cells 提高上限）") {
		t.Errorf("--max-cells 20: exit %d:\n%s", code, out)
	}
	out, _, code = runCmd(t, "lint", "--no-config", book)
	if code != 1 || !strings.Contains(out, "weight-sum") {
		t.Errorf("default limit: exit %d:\n%s", code, out)
	}
	if _, errs, code := runCmd(t, "--lang", "en", "lint", "--max-cells", "0", book); code != 2 || errs != "jxlint: --max-cells must be at least 1, not 0\n" {
		t.Errorf("--max-cells 0: exit %d, stderr %q", code, errs)
	}
}
