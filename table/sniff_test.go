package table

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSniffOfficeDocuments tells the kind of each document that make.sh made
// with LibreOffice and Chromium, whatever the file is called.
func TestSniffOfficeDocuments(t *testing.T) {
	want := map[string]Kind{".docx": KindDOCX, ".doc": KindDOC, ".xls": KindXLS, ".ods": KindODS, ".odt": KindODT, ".pdf": KindPDF}
	files, err := filepath.Glob("../testdata/docs/*.*")
	must(t, err)
	n := 0
	for _, f := range files {
		k, ok := want[filepath.Ext(f)]
		if !ok {
			continue
		}
		data, err := os.ReadFile(f)
		must(t, err)
		if got := Sniff(data); got != k {
			t.Errorf("%s: %s, want %s", f, got, k)
		}
		n++
	}
	if n < 5 {
		t.Errorf("only %d documents in testdata/docs", n)
	}
	for name, k := range map[string]Kind{"../testdata/sheets/layout-rows-example.xlsx": KindXLSX,
		"../testdata/sheets/layout-rows-example.csv": KindCSV, corpusText: KindText} {
		data, err := os.ReadFile(name)
		must(t, err)
		if got := Sniff(data); got != k {
			t.Errorf("%s: %s, want %s", name, got, k)
		}
	}
}

func TestSniffSmallInputs(t *testing.T) {
	for in, want := range map[string]Kind{
		"\x89PNG\r\n\x1a\n\x00\x00":    KindPNG,
		"\xFF\xD8\xFF\xE0\x00\x10JFIF": KindJPEG,
		"GIF89a\x01\x00":               KindGIF,
		"II*\x00\x08\x00":              KindTIFF,
		"MM\x00*\x00\x08":              KindTIFF,
		"BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28": KindBMP,
		"RIFF\x00\x00\x00\x00WEBPVP8 ":                           KindWebP,
		"{\\rtf1\\ansi":                                          KindRTF,
		"\r\n%PDF-1.7\n":                                         KindPDF,
		"PK\x05\x06" + strings.Repeat("\x00", 18):                KindZip,
		"项目名称,三级指标,指标值\n":                                        KindCSV,
		"标题\n单位名称;项目名称;三级指标;指标值\n":                               KindCSV,
		"项目名称\t总计\t财政拨款\n":                                       KindText,
		"\xFF\xFE,\x00,\x00":                                     KindCSV,
		"  {\"units\": []}":                                      KindModel,
		"\x7fELF\x00\x01":                                        KindUnknown,
		"":                                                       KindText,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("%q: %s, want %s", in, got, want)
		}
	}
}

// TestReadRefusesKindsWithoutReader names the kind of a file that no reader
// reads, whatever its extension, in both languages.
func TestReadRefusesKindsWithoutReader(t *testing.T) {
	doc, err := os.ReadFile("../testdata/docs/pazhou.doc")
	must(t, err)
	for _, tt := range []struct {
		name, data, en, zh string
	}{
		{"报表.doc", string(doc), "legacy Word 97-2003 document (.doc): save it as .docx and check that",
			"是旧版 Word 97-2003 文件（.doc）：请另存为 .docx 后再检查"},
		{"报表.txt", string(doc), "legacy Word 97-2003 document (.doc): save it as .docx and check that",
			"是旧版 Word 97-2003 文件（.doc）：请另存为 .docx 后再检查"},
		{"扫描.xlsx", "\xFF\xD8\xFF\xE0\x00\x10JFIF", "JPEG image, not a table: run text recognition (OCR) on a scan, or check the original table",
			"是图片（JPEG），不是表格：扫描件请先做文字识别（OCR），或检查原始表格文件"},
		{"a.csv", "PK\x05\x06" + strings.Repeat("\x00", 18), "zip archive, not a table: unpack it and check the tables inside",
			"是 zip 压缩包，不是表格：请解压后检查其中的表格"},
	} {
		_, err := Read(tt.name, []byte(tt.data))
		var e *Error
		if !errors.As(err, &e) || e.In("en") != tt.name+": "+tt.en || e.In("zh") != tt.name+": "+tt.zh {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

// TestReadByContent reads documents under names that do not match what they
// hold, as saved by users: a workbook is a workbook whatever it is called.
func TestReadByContent(t *testing.T) {
	for _, tt := range []struct{ file, name, format string }{
		{"rows.xls", "项目表.xlsx", "xls"},
		{"rows.ods", "项目表.xls", "ods"},
		{"rows.docx", "项目表.txt", "docx"},
		{"rows.xls", "项目表", "xls"},
	} {
		data, err := os.ReadFile("../testdata/docs/" + tt.file)
		must(t, err)
		doc, err := Read(tt.name, data)
		if err != nil || doc.Format != tt.format || len(doc.Units) == 0 {
			t.Errorf("%s as %s: %v", tt.file, tt.name, err)
		}
	}
}
