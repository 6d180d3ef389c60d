//go:build !nopdf

package table

import (
	"encoding/binary"
	"math"
	"strings"
	"testing"
	"unicode"

	"github.com/jxlint/jxlint/table/pdfium"
)

// plainRun is a run of text drawn at x on baseline y.
type plainRun struct {
	x, y float64
	text string
}

// plainPage draws runs as a browser prints a table without rules: each
// character 9 points wide, a Chinese one from 0.8 below its baseline to 7.4
// above, a digit from its baseline to 6.5 above, and after each run the flat
// character that PDFium puts where a run ends.
func plainPage(runs ...plainRun) pdfium.Page {
	var pg pdfium.Page
	for _, r := range runs {
		x := r.x
		for _, c := range r.text {
			b := pdfium.Box{Left: x, Right: x + 8, Bottom: r.y, Top: r.y + 6.5}
			if unicode.Is(unicode.Han, c) {
				b.Bottom, b.Top = r.y-0.8, r.y+7.4
			}
			pg.Chars = append(pg.Chars, pdfium.Char{Text: string(c), Box: b})
			x += 9
		}
		pg.Chars = append(pg.Chars, pdfium.Char{Text: "\r", Box: pdfium.Box{Left: x, Right: x, Bottom: r.y, Top: r.y}},
			pdfium.Char{Text: "\n", Box: pdfium.Box{Left: x, Right: x, Bottom: r.y, Top: r.y}})
	}
	return pg
}

// plainRowsText renders rows as cells joined by |, one row a line.
func plainRowsText(rows []Row) string {
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r.Cells {
			if i > 0 {
				b.WriteString("|")
			}
			b.WriteString(c.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestPDFPlainRows reads a page of the rows layout without rules: a header
// whose cells wrap (三级指标 over two lines), a project cell merged over two
// indicator rows whose text runs on beside the second, digits whose baseline
// sits 1.5 above that of Chinese text, a wrapped indicator name, and a page
// number at the foot.
func TestPDFPlainRows(t *testing.T) {
	pg := plainPage(
		plainRun{10, 700, "标题"},
		plainRun{10, 680, "项目名称"}, plainRun{100, 680, "一级指标"}, plainRun{200, 680, "三级"}, plainRun{300, 680, "指标值"},
		plainRun{200, 668, "指标"},
		plainRun{10, 652, "阅读推广"}, plainRun{100, 652, "产出指标"}, plainRun{200, 652, "活动场次"}, plainRun{300, 653.5, "24"},
		plainRun{10, 640, "活动"},
		plainRun{100, 638.5, "满意度指标"}, plainRun{200, 638.5, "满意度"}, plainRun{300, 640, "95%"},
		plainRun{200, 626.5, "调查"},
		plainRun{10, 612, "古籍修复"}, plainRun{100, 612, "产出指标"}, plainRun{200, 612, "修复册数"}, plainRun{300, 613.5, "150"},
		plainRun{150, 30, "第 1 页"},
	)
	rows, cols, on := pdfPlainPage(&pg, 1, pdfCols{}, nil)
	want := "标题\n项目名称|一级指标|三级指标|指标值\n阅读推广活动|产出指标|活动场次|24\n|满意度指标|满意度调查|95%\n古籍修复|产出指标|修复册数|150\n"
	if got := plainRowsText(rows); got != want || on != -1 {
		t.Errorf("rows (goes on at %d)\n%s\nwant\n%s", on, got, want)
	}
	if cols.layout != "rows" || math.Abs(cols.wrap-12) > 0.01 {
		t.Errorf("layout %q, wrap %v", cols.layout, cols.wrap)
	}
	if s := rows[3].Cells[2].Span; s.Sheet() != "第1页" || s.Cell() != "C4" {
		t.Errorf("满意度调查 at %s!%s, want 第1页!C4", s.Sheet(), s.Cell())
	}
	// The next page goes on in the same columns and wrap distance.
	next := plainPage(plainRun{200, 700, "续"}, plainRun{100, 686, "效益指标"}, plainRun{200, 686, "阅读率"})
	more, _, on := pdfPlainPage(&next, 2, cols, nil)
	if got := plainRowsText(more); got != "||续|\n|效益指标|阅读率|\n" || on != 0 {
		t.Errorf("next page (goes on at %d)\n%s", on, got)
	}
	// With the header repeated at its top, the row below it goes on.
	next = plainPage(plainRun{10, 730, "项目名称"}, plainRun{100, 730, "一级指标"}, plainRun{200, 730, "三级指标"}, plainRun{300, 730, "指标值"},
		plainRun{200, 700, "续"}, plainRun{100, 680, "效益指标"}, plainRun{200, 680, "阅读率"},
		plainRun{100, 660, "满意度指标"}, plainRun{200, 660, "满意度"}, plainRun{200, 648, "调查"})
	more, _, on = pdfPlainPage(&next, 2, cols, nil)
	if got := plainRowsText(more); got != "项目名称|一级指标|三级指标|指标值\n||续|\n|效益指标|阅读率|\n|满意度指标|满意度调查|\n" || on != 1 {
		t.Errorf("next page with its header (goes on at %d)\n%s", on, got)
	}
	// A page's heading, one run across columns, is a line of its own above
	// the row that goes on.
	next = plainPage(plainRun{10, 740, "某某局二〇二六年部门预算公开"}, plainRun{200, 700, "续"}, plainRun{100, 686, "效益指标"}, plainRun{200, 686, "阅读率"})
	more, _, on = pdfPlainPage(&next, 2, cols, nil)
	if got := plainRowsText(more); got != "某某局二〇二六年部门预算公开\n||续|\n|效益指标|阅读率|\n" || on != 1 {
		t.Errorf("next page with a heading (goes on at %d)\n%s", on, got)
	}
}

// TestJoinPlainCut joins the first row of a page of a table without rules
// with the rows before it where a page break cut a row.
func TestJoinPlainCut(t *testing.T) {
	cells := func(texts ...string) Row {
		r := Row{}
		for _, s := range texts {
			r.Cells = append(r.Cells, Cell{Text: s})
		}
		return r
	}
	// Packed: 项目名称 总计 绩效目标 绩效指标.
	packed := pdfCols{layout: "packed"}
	before := []Row{cells("阅读推广 ", "12.00", "提升", "1、产出")}
	rest := joinPlainCut(before, []Row{cells("活动", "", "阅读率", "指标"), cells("古籍", "8.00", "", "")}, packed)
	if got := plainRowsText(before) + "/" + plainRowsText(rest); got != "阅读推广活动|12.00|提升阅读率|1、产出指标\n/古籍|8.00||\n" {
		t.Errorf("packed: %s", got)
	}
	rest = joinPlainCut(before, []Row{cells("古籍", "8.00", "", "")}, packed)
	if len(rest) != 1 || len(before) != 1 {
		t.Error("packed: a row with an amount is joined to the row above")
	}
	rest = joinPlainCut(before, []Row{cells("单位：万元", "", "", "")}, packed)
	if len(rest) != 1 || before[0].Cells[0].Text != "阅读推广活动" {
		t.Error("packed: a 单位 line is joined to the row above")
	}
	// Rows: 项目名称 预算数 一级指标 三级指标 指标值; the project cell is merged
	// over two indicator rows, and the second is cut.
	var roles rowsColumns
	for i := range roles {
		roles[i] = -1
	}
	roles[hProject], roles[hBudget], roles[hLevel1], roles[hName], roles[hValue] = 0, 1, 2, 3, 4
	rows := pdfCols{layout: "rows", roles: roles}
	before = []Row{cells("阅读推广", "120.00", "产出指标", "活动场次", "24"), cells("", "", "满意度指标", "参与居民满", "90%")}
	rest = joinPlainCut(before, []Row{cells("活动", "", "", "意度", ""), cells("", "", "效益指标", "阅读率", "2")}, rows)
	if got := plainRowsText(before) + "/" + plainRowsText(rest); got != "阅读推广活动|120.00|产出指标|活动场次|24\n||满意度指标|参与居民满意度|90%\n/||效益指标|阅读率|2\n" {
		t.Errorf("rows: %s", got)
	}
	rest = joinPlainCut(before, []Row{cells("古籍", "80.00", "产出指标", "册数", "150")}, rows)
	if len(rest) != 1 || len(before) != 2 || before[0].Cells[0].Text != "阅读推广活动" {
		t.Error("rows: a project with its budget is joined to the rows above")
	}
}

// FuzzPDFPlain reads pages of arbitrary runs without rules around a header
// of the rows layout, its cells aligned at their tops or centred, and the
// same runs as the next page: no panic, rows are numbered from 1 down the
// page, the last row, one of the table, has a cell per column, and the
// characters of a cell joined with its rest are placed where they are printed.
func FuzzPDFPlain(f *testing.F) {
	enc := func(runs ...plainRun) []byte {
		var b []byte
		for _, r := range runs {
			b = binary.LittleEndian.AppendUint16(b, uint16(r.x))
			b = binary.LittleEndian.AppendUint16(b, uint16(r.y*2))
			b = append(b, byte(len([]rune(r.text))))
			if strings.ContainsFunc(r.text, func(c rune) bool { return unicode.Is(unicode.Han, c) }) {
				b = append(b, 0)
			} else {
				b = append(b, 1)
			}
		}
		return b
	}
	f.Add(enc(plainRun{10, 652, "阅读推广"}, plainRun{100, 652, "产出指标"}, plainRun{200, 652, "活动场次"}, plainRun{300, 653.5, "24"},
		plainRun{10, 640, "活动"}, plainRun{100, 638.5, "满意度指标"}, plainRun{200, 626.5, "调查"}))
	f.Add([]byte{0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 9, 1})
	f.Add([]byte{0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 9, 1, 0})
	header := []plainRun{{10, 700, "项目名称"}, {100, 700, "一级指标"}, {200, 700, "三级"}, {300, 700, "指标值"}, {200, 688, "指标"}}
	centred := []plainRun{{10, 694, "项目名称"}, {100, 694, "一级指标"}, {200, 700, "三级"}, {300, 694, "指标值"}, {200, 688, "指标"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		runs := append([]plainRun(nil), header...)
		if len(data)%2 == 1 {
			runs = append(runs[:0], centred...)
		}
		for i := 0; i+6 <= len(data) && len(runs) < 400; i += 6 {
			x := float64(binary.LittleEndian.Uint16(data[i:]) % 600)
			y := float64(binary.LittleEndian.Uint16(data[i+2:])%1600) / 2
			text := strings.Repeat("字", int(data[i+4]%12))
			if data[i+5]&1 == 1 {
				text = strings.Repeat("9", int(data[i+4]%12))
			}
			runs = append(runs, plainRun{x, y, text})
		}
		pg := plainPage(runs...)
		pg.Chars = append(pg.Chars, pdfium.Char{Text: "x", Box: pdfium.Box{Left: math.NaN()}})
		rows, cols, _ := pdfPlainPage(&pg, 1, pdfCols{}, nil)
		for i, r := range rows {
			if r.Line != i+1 {
				t.Fatalf("row %d numbered %d", i+1, r.Line)
			}
		}
		if n := len(rows); len(cols.lo) > 0 && len(rows[n-1].Cells) != len(cols.lo) {
			t.Fatalf("last row with %d cells, %d columns", len(rows[n-1].Cells), len(cols.lo))
		}
		// The same runs without the header, as the next page, join the rows
		// above where a row was cut; each character of a cut cell is placed
		// on a cell that prints it.
		next := plainPage(runs[len(header):]...)
		more, cols, on := pdfPlainPage(&next, 2, cols, nil)
		printed := map[string]string{}
		addCellTexts(printed, rows)
		addCellTexts(printed, more)
		if on >= 0 {
			joinPlainCut(rows, more[on:], cols)
		}
		checkCutCells(t, rows, printed)
	})
}

// TestPDFPlainCentred reads a page whose cells are centred in their rows'
// height, as LibreOffice lays out an HTML table: a one-line header cell lies
// between the two lines of 三级指标, and the one-line cells of a row lie
// between the two lines of its indicator's name; rows are 3 points apart.
func TestPDFPlainCentred(t *testing.T) {
	pg := plainPage(
		plainRun{10, 673, "项目名称"}, plainRun{100, 673, "一级指标"}, plainRun{200, 680, "三级"}, plainRun{300, 673, "指标值"},
		plainRun{200, 666, "指标"},
		plainRun{200, 649, "活动"},
		plainRun{10, 642, "阅读推广"}, plainRun{100, 642, "产出指标"}, plainRun{300, 643.5, "24"},
		plainRun{200, 635, "场次"},
		plainRun{10, 615, "古籍修复"}, plainRun{100, 615, "产出指标"}, plainRun{200, 615, "修复册数"}, plainRun{300, 616.5, "150"},
	)
	rows, cols, _ := pdfPlainPage(&pg, 1, pdfCols{}, nil)
	want := "项目名称|一级指标|三级指标|指标值\n阅读推广|产出指标|活动场次|24\n古籍修复|产出指标|修复册数|150\n"
	if got := plainRowsText(rows); got != want || !cols.centre {
		t.Errorf("rows (centred %v)\n%s\nwant\n%s", cols.centre, got, want)
	}
}

// TestPDFPlainCentredMerged reads a centred page of the rows layout whose
// project cell is merged over two indicator rows and centred between them:
// the project is read on the first of its rows.
func TestPDFPlainCentredMerged(t *testing.T) {
	pg := plainPage(
		plainRun{10, 673, "项目名称"}, plainRun{100, 673, "一级指标"}, plainRun{200, 680, "三级"}, plainRun{300, 673, "指标值"},
		plainRun{200, 666, "指标"},
		plainRun{100, 645, "产出指标"}, plainRun{200, 645, "活动场次"}, plainRun{300, 646.5, "24"},
		plainRun{10, 635, "阅读推广"},
		plainRun{100, 625, "满意度指标"}, plainRun{200, 625, "满意度"}, plainRun{300, 626.5, "95%"},
		plainRun{10, 605, "古籍修复"}, plainRun{100, 605, "产出指标"}, plainRun{200, 605, "修复册数"}, plainRun{300, 606.5, "150"},
	)
	rows, _, _ := pdfPlainPage(&pg, 1, pdfCols{}, nil)
	want := "项目名称|一级指标|三级指标|指标值\n阅读推广|产出指标|活动场次|24\n|满意度指标|满意度|95%\n古籍修复|产出指标|修复册数|150\n"
	if got := plainRowsText(rows); got != want {
		t.Errorf("rows\n%s\nwant\n%s", got, want)
	}
}
