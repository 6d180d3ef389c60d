package table

import (
	"os"
	"testing"
)

const rowsExampleXLSX = "../testdata/sheets/layout-rows-example.xlsx"

// TestWriteFixtures checks the committed workbook of the rows example (merged
// project cells, numbers as numbers) against the CSV; with -update-sheets it
// writes the workbook again: go test ./table -run TestWriteFixtures -update-sheets
func TestWriteFixtures(t *testing.T) {
	if *updateSheets {
		must(t, os.WriteFile(rowsExampleXLSX, workbookBytes(t, rowsExampleWorkbook(t)), 0o644))
	}
	doc := readExample(t, rowsExampleXLSX, "layout-rows-example.xlsx")
	want := readExample(t, rowsExample, "layout-rows-example.csv")
	if got, w := modelShape(t, doc), modelShape(t, want); got != w {
		t.Errorf("%s reads differently from the CSV:\n%s", rowsExampleXLSX, firstDiff(got, w))
	}
}
