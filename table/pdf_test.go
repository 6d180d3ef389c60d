//go:build !nopdf

package table

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/pdfium"
)

// TestPDFErrors reads PDFs that hold no table to read: a scan (an image, no
// text layer), an encrypted PDF and a notice with text but no table header;
// each error says so in both languages.
func TestPDFErrors(t *testing.T) {
	for _, tt := range []struct{ file, en, zh string }{
		{"scan.pdf", "the PDF has no text layer (a scan?): run text recognition (OCR) on it, or check the original table",
			"PDF 文件没有文字层（可能是扫描件）：请先做文字识别（OCR），或检查原始表格文件"},
		{"encrypted.pdf", "the PDF is encrypted: save a copy without a password and check that",
			"PDF 文件已加密：请另存一份不设密码的副本，再检查该副本"},
		{"pazhou.docx", "not a readable PDF", "无法读取的 PDF 文件"},
		{"notable.pdf", "not a performance-goal table: no header row found on page 1 (expected a line of columns such as " +
			"项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)",
			"不是绩效目标表：第1页中未找到表头行（应有一行列名，如 项目名称 总计 财政拨款 … 绩效目标 绩效指标，或 项目名称 … 一级指标 二级指标 三级指标 指标值）"},
	} {
		data, err := os.ReadFile("../testdata/docs/" + tt.file)
		must(t, err)
		_, err = readPDF("x.pdf", data, ReadOptions{})
		var e *Error
		if !errors.As(err, &e) || e.Msg != tt.en || e.Zh != tt.zh {
			t.Errorf("%s: %v", tt.file, err)
		}
	}
}

// TestPDFPages reads the corpus printed by Chromium over three pages: the
// project cut by the first page break reads whole, placed on page 1, and the
// furniture (title, 部门名称, 单位) reads from the grid's merged rows.
func TestPDFPages(t *testing.T) {
	data, err := os.ReadFile("../testdata/docs/pazhou.pdf")
	must(t, err)
	doc, err := Read("pazhou.pdf", data)
	must(t, err)
	text, err := os.ReadFile(corpusText)
	must(t, err)
	want, err := Read("pazhou.txt", text)
	must(t, err)
	if doc.Title != want.Title || doc.Department != want.Department || doc.MoneyUnit != want.MoneyUnit {
		t.Errorf("furniture %q %q %q", doc.Title, doc.Department, doc.MoneyUnit)
	}
	if doc.Spans.Title.Sheet() != "第1页" || doc.Spans.Title.Cell() != "A1" {
		t.Errorf("title at %s!%s", doc.Spans.Title.Sheet(), doc.Spans.Title.Cell())
	}
	p, q := doc.Units[0].Projects[0], want.Units[0].Projects[0]
	if p.Name != q.Name || len(p.Indicators) != len(q.Indicators) || p.Indicators[3].Annual != q.Indicators[3].Annual {
		t.Errorf("first project %q with %d indicators; want %q with %d", p.Name, len(p.Indicators), q.Name, len(q.Indicators))
	}
	if s := p.Indicators[3].Spans.Annual; s.Sheet() != "第1页" || s.Cell() != "G7" {
		t.Errorf("indicator cut by the page break at %s!%s, want 第1页!G7", s.Sheet(), s.Cell())
	}
}

// BenchmarkReadPDF reads the corpus printed over three pages, with PDFium
// already started: the cost of a PDF once the engine runs.
func BenchmarkReadPDF(b *testing.B) { benchmarkPDF(b, "pazhou.pdf") }

// BenchmarkReadPDFPlain reads the corpus printed over three pages without
// rules: the cost of rebuilding rows from baselines, against BenchmarkReadPDF.
func BenchmarkReadPDFPlain(b *testing.B) { benchmarkPDF(b, "pazhou-plain.pdf") }

func benchmarkPDF(b *testing.B, name string) {
	data, err := os.ReadFile("../testdata/docs/" + name)
	must(b, err)
	if _, err := Read(name, data); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReadPDF reads mutated PDFs through PDFium: a document or an *Error that
// names the file, never a panic, whatever PDFium makes of the bytes.
func FuzzReadPDF(f *testing.F) {
	for _, name := range []string{"rows.pdf", "rows-plain-lo.pdf", "encrypted.pdf"} {
		data, err := os.ReadFile("../testdata/docs/" + name)
		must(f, err)
		f.Add(data)
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Read("f.pdf", data); err != nil {
			if te := (*Error)(nil); !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "f.pdf") {
				t.Fatalf("error %T %v does not name the file", err, err)
			}
		}
	})
}

// BenchmarkPDFPages rebuilds the rows of the pages of the corpus printed
// with and without rules, the pages already read by PDFium: the cost of the
// table readers alone.
func BenchmarkPDFPages(b *testing.B) {
	for _, name := range []string{"pazhou.pdf", "pazhou-plain.pdf"} {
		data, err := os.ReadFile("../testdata/docs/" + name)
		must(b, err)
		pages, err := pdfium.Pages(data)
		must(b, err)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var cols pdfCols
				for i := range pages {
					if g := newPDFGrid(&pages[i]); g != nil {
						pdfGridRows(&pages[i], i+1, g)
					} else {
						_, cols, _ = pdfPlainPage(&pages[i], i+1, cols, nil)
					}
				}
			}
		})
	}
}
