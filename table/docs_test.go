package table

import (
	"fmt"
	"os"
	"testing"
)

// TestWorkbookNumberFormats reads formats.fods saved by LibreOffice as .xls
// and .ods: a budget formatted #,##0.00 reads as its stored number (never a
// date), a percentage as shown, a Chinese sheet name and repeated spaces as
// written, and the project cells merged down over the second indicator row.
func TestWorkbookNumberFormats(t *testing.T) {
	for _, name := range []string{"formats.xls", "formats.ods"} {
		data, err := os.ReadFile("../testdata/docs/" + name)
		must(t, err)
		doc, err := Read(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Units) != 1 || len(doc.Units[0].Projects) != 1 {
			t.Fatalf("%s: %d units", name, len(doc.Units))
		}
		p := doc.Units[0].Projects[0]
		if p.Name != "数字化改造" || p.Amounts.Total.String() != "45296.5" || p.Spans.Name.Sheet() != "项目表" || p.Spans.Name.Cell() != "B3" {
			t.Errorf("%s: project %q %s at %s!%s", name, p.Name, p.Amounts.Total, p.Spans.Name.Sheet(), p.Spans.Name.Cell())
		}
		if len(p.Indicators) != 2 {
			t.Fatalf("%s: %d indicators", name, len(p.Indicators))
		}
		if in := p.Indicators[0]; in.Annual != "95%" || in.Spans.Annual.Cell() != "G3" {
			t.Errorf("%s: %q at %s", name, in.Annual, in.Spans.Annual.Cell())
		}
		if in := p.Indicators[1]; in.Name != "改造  系统数" || in.Annual != "3" || in.Spans.Annual.Cell() != "G4" {
			t.Errorf("%s: %q %q at %s", name, in.Name, in.Annual, in.Spans.Annual.Cell())
		}
	}
}

// TestDirectionSpan places 指标方向性 at its cell, in every reader of the rows
// layout.
func TestDirectionSpan(t *testing.T) {
	for _, name := range []string{"rows.xls", "rows.ods", "rows.docx"} {
		data, err := os.ReadFile("../testdata/docs/" + name)
		must(t, err)
		doc, err := Read(name, data)
		must(t, err)
		in := doc.Units[0].Projects[0].Indicators[1]
		if in.Direction != "正向指标" || in.Spans.Direction.Cell() != "L5" {
			t.Errorf("%s: %q at %s", name, in.Direction, in.Spans.Direction.Cell())
		}
	}
}

// TestDOCXParagraphsBetweenTables reads Word documents of several tables
// made by LibreOffice: the name of each unit in a paragraph above its
// projects' table is that unit, placed at its paragraph, and the page numbers
// and 续表 between tables are not read; each project is placed in its table.
func TestDOCXParagraphsBetweenTables(t *testing.T) {
	data, err := os.ReadFile("../testdata/docs/units.docx")
	must(t, err)
	doc, err := Read("units.docx", data)
	must(t, err)
	got := ""
	for _, u := range doc.Units {
		got += fmt.Sprintf("%s@%s!%s:%d ", u.Name, u.Spans.Name.Sheet(), u.Spans.Name.Cell(), len(u.Projects))
	}
	if want := "广州琶洲人工智能与数字经济试验区管理委员会@正文!第5段:10 广州市海珠区琶洲数字经济创新发展服务中心@正文!第11段:1 "; got != want {
		t.Errorf("units %s\nwant  %s", got, want)
	}
	data, err = os.ReadFile("../testdata/docs/rows-tables.docx")
	must(t, err)
	doc, err = Read("rows-tables.docx", data)
	must(t, err)
	got = ""
	for _, u := range doc.Units {
		got += u.Name + ":"
		for _, p := range u.Projects {
			got += fmt.Sprintf(" %s@%s!%s %d", p.Name, p.Spans.Name.Sheet(), p.Spans.Name.Cell(), len(p.Indicators))
		}
	}
	if want := "101-示例区图书馆: 社区阅读推广活动@表1!B2 5 古籍修复@表2!B2 4"; got != want {
		t.Errorf("projects %s\nwant     %s", got, want)
	}
}
