package table

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

// zipWith packs one part into a zip archive, with the parts that make Sniff
// tell its kind (mimetype for OpenDocument).
func zipWith(t testing.TB, name string, data []byte, mime string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	if mime != "" {
		fw, err := w.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
		must(t, err)
		_, err = fw.Write([]byte(mime))
		must(t, err)
	}
	fw, err := w.Create(name)
	must(t, err)
	_, err = fw.Write(data)
	must(t, err)
	must(t, w.Close())
	return buf.Bytes()
}

// fuzzPart fuzzes a reader through the XML part that holds its tables: any
// part gives a document or an *Error that names the file, never a panic.
func fuzzPart(f *testing.F, file, part, mime string, seeds ...string) {
	// The documents in testdata/docs are too large for the fuzzer to mutate
	// quickly; seeds are small tables in the same markup.
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, xml []byte) {
		doc, err := Read("f."+file, zipWith(t, part, xml, mime))
		if err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f."+file) {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
			return
		}
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				if p.Spans.Name.Cell() == "" {
					t.Fatalf("project %q has no cell", p.Name)
				}
			}
		}
	})
}

// smallTable is the start of the rows example: a header and two indicator
// rows of one project, whose cells are merged down.
var smallTable = [][]string{
	{"单位名称", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"},
	{"101-图书馆", "阅读推广", "120,000.00", "产出指标", "数量指标", "活动场次", "24"},
	{"", "", "", "满意度指标", "服务对象满意度指标", "满意度", "95%"},
}

// docxSeed is smallTable as word/document.xml, with a title paragraph, a
// title row spanning the table and the project cells merged down.
func docxSeed() string {
	var b strings.Builder
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>部门名称：示例局</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="7"/></w:tcPr>` +
		`<w:p><w:r><w:t>金额单位：元</w:t></w:r></w:p></w:tc></w:tr>`)
	for i, row := range smallTable {
		b.WriteString("<w:tr>")
		for j, c := range row {
			merge := ""
			if j < 3 && i == 1 {
				merge = `<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`
			} else if j < 3 && i == 2 {
				merge = `<w:tcPr><w:vMerge/></w:tcPr>`
			}
			b.WriteString("<w:tc>" + merge + "<w:p><w:r><w:t>" + c + "</w:t></w:r><w:r><w:br/></w:r></w:p></w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl></w:body></w:document>")
	return b.String()
}

// odsSeed is smallTable as content.xml, with a repeated row and the project
// cells spanning two rows.
func odsSeed() string {
	var b strings.Builder
	b.WriteString(`<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
		`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">` +
		`<office:body><office:spreadsheet><table:table table:name="表"><table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>金额单位：元</text:p></table:table-cell></table:table-row>`)
	for i, row := range smallTable {
		b.WriteString("<table:table-row>")
		for j, c := range row {
			switch {
			case j < 3 && i == 1:
				b.WriteString(`<table:table-cell table:number-rows-spanned="2"><text:p>` + c + "</text:p></table:table-cell>")
			case j < 3 && i == 2:
				b.WriteString(`<table:covered-table-cell/>`)
			case c == "24":
				b.WriteString(`<table:table-cell office:value-type="float" office:value="24"><text:p>24.0</text:p></table:table-cell>`)
			default:
				b.WriteString(`<table:table-cell><text:p>` + c + `<text:s text:c="2"/></text:p></table:table-cell>`)
			}
		}
		b.WriteString("</table:table-row>")
	}
	b.WriteString("</table:table></office:spreadsheet></office:body></office:document-content>")
	return b.String()
}

func TestFuzzSeedsAreTables(t *testing.T) {
	for name, data := range map[string][]byte{
		"s.docx": zipWith(t, "word/document.xml", []byte(docxSeed()), ""),
		"s.ods":  zipWith(t, "content.xml", []byte(odsSeed()), "application/vnd.oasis.opendocument.spreadsheet")} {
		doc, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if p := doc.Units[0].Projects[0]; len(p.Indicators) != 2 || p.Amounts.Total.String() != "120000" || doc.MoneyUnit != "元" {
			t.Errorf("%s: %d indicators, total %s, unit %q", name, len(p.Indicators), p.Amounts.Total, doc.MoneyUnit)
		}
	}
}

func FuzzReadDOCX(f *testing.F) {
	fuzzPart(f, "docx", "word/document.xml", "", docxSeed(),
		`<w:tbl><w:tr><w:gridBefore w:val="3"/><w:tc><w:tcPr><w:gridSpan w:val="999999"/></w:tcPr></w:tc></w:tr></w:tbl>`,
		`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
		strings.Replace(docxSeed(), "</w:tbl>", `</w:tbl><w:p><w:r><w:t>第 1 页</w:t></w:r></w:p><w:p><w:r><w:t>102-档案馆</w:t></w:r></w:p>`+
			`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>续</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, 1))
}

func FuzzReadODS(f *testing.F) {
	fuzzPart(f, "ods", "content.xml", "application/vnd.oasis.opendocument.spreadsheet", odsSeed(),
		`<table:table-row table:number-rows-repeated="99999999"><table:table-cell table:number-columns-repeated="9999"><text:p>x</text:p></table:table-cell></table:table-row>`,
		`<table:table><table:table-row><table:covered-table-cell/></table:table-row></table:table>`)
}

// xlsStreamOf returns the workbook stream of a file in testdata/docs.
func xlsStreamOf(t testing.TB, file string) []byte {
	data, err := os.ReadFile("../testdata/docs/" + file)
	must(t, err)
	s, err := xlsWorkbookStream(data)
	must(t, err)
	return s
}

func FuzzReadXLSStream(f *testing.F) {
	for _, name := range []string{"rows.xls", "pazhou.xls", "formats.xls"} {
		f.Add(xlsStreamOf(f, name))
	}
	f.Fuzz(func(t *testing.T, stream []byte) {
		x := xlsReader{path: "f.xls"}
		sheets, err := x.read(stream)
		if err == nil {
			_, err = readWorkbook("f.xls", "xls", sheets, ReadOptions{})
		}
		if err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f.xls") {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
		}
	})
}

func FuzzReadXLSFile(f *testing.F) {
	for _, name := range []string{"rows.xls", "formats.xls"} {
		data, err := os.ReadFile("../testdata/docs/" + name)
		must(f, err)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Read("f.xls", data); err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f.xls") {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
		}
	})
}
