package table

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestXLSXBadWorkbooks(t *testing.T) {
	ole := append(append([]byte{}, oleMagic...), make([]byte, 512)...)
	encrypted := append(append([]byte{}, ole...), utf16LEBytes("EncryptionInfo")...)
	legacy := append(append([]byte{}, ole...), utf16LEBytes("Workbook")...)
	noTable := excelize.NewFile()
	must(t, noTable.SetCellValue("Sheet1", "A1", "填表说明"))
	_, err := noTable.NewSheet("附表")
	must(t, err)
	tooLong := excelize.NewFile()
	must(t, tooLong.SetCellValue("Sheet1", "A60000", "x"))
	tooWide := excelize.NewFile()
	must(t, tooWide.SetCellValue("Sheet1", "BAA1", "x"))

	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("单位名称,项目名称\n"), "b.xlsx: not an XLSX workbook: expected a zip file (an .xlsx saved by Excel or WPS)"},
		{"damaged zip", []byte("PK\x03\x04 broken"), "b.xlsx: not an XLSX workbook: the zip file is damaged: zip: not a valid zip file"},
		{"password", encrypted, "b.xlsx: workbook is password-protected (受密码保护): save a copy without a password and read that"},
		{"damaged xls", legacy, "b.xlsx: not an Excel 97-2003 workbook: the compound file is damaged or has no Workbook stream: mscfb: illegal sector size; 0"},
		{"other compound file", ole, "b.xlsx: compound file of an unknown kind (not .xls or .doc), not a table"},
		{"zip bomb", zipBomb(t), "b.xlsx: workbook too large: more than 32 MiB unpacked (refused, it may be a zip bomb)"},
		{"no table", workbookBytes(t, noTable), `b.xlsx: no performance-goal table in any sheet (Sheet1, 附表): expected a header row with columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值`},
		{"too many rows", workbookBytes(t, tooLong), `b.xlsx: sheet "Sheet1": sheet too large: content beyond 50000 rows or 1000 columns (row 60000, 1 columns)`},
		{"too many columns", workbookBytes(t, tooWide), `b.xlsx: sheet "Sheet1": sheet too large: content beyond 50000 rows or 1000 columns (row 1, 1379 columns)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("b.xlsx", tt.data)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
}

// zipBomb is a small zip whose worksheet unpacks to 40 MiB.
func zipBomb(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	fw, err := w.Create("xl/worksheets/sheet1.xml")
	must(t, err)
	_, err = fw.Write(bytes.Repeat([]byte(" "), 40<<20))
	must(t, err)
	must(t, w.Close())
	return buf.Bytes()
}

func TestXLSXPasswordFromExcelize(t *testing.T) {
	f := rowsExampleWorkbook(t)
	var buf bytes.Buffer
	if err := f.Write(&buf, excelize.Options{Password: "secret"}); err != nil {
		t.Skipf("excelize cannot encrypt here: %v", err)
	}
	_, err := Read("p.xlsx", buf.Bytes())
	if err == nil || !strings.Contains(err.Error(), "受密码保护") {
		t.Errorf("got %v, want a password-protected error", err)
	}
}

func TestXLSXFormulaCachedValue(t *testing.T) {
	f := excelize.NewFile()
	const s = "Sheet1"
	setRow(t, f, s, 1, strings.Split("项目名称,预算数,三级指标,指标值", ","), false)
	setRow(t, f, s, 2, []string{"甲", "1000", "人数", "5"}, true)
	must(t, f.SetCellFormula(s, "B2", "600+400"))
	// Excel stores the formula's last result next to it; excelize keeps the value set before.
	doc, err := Read("f.xlsx", workbookBytes(t, f))
	if err != nil {
		t.Fatal(err)
	}
	if c := doc.Units[0].Projects[0].Amounts.Cells[ColTotal]; c.Raw != "1000" {
		t.Errorf("formula cell reads %q, want its cached value 1000", c.Raw)
	}
}
