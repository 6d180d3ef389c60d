package table

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readFixture reads testdata/parse/name as path name.
func readFixture(t *testing.T, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "parse", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(name, data)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return doc
}

func marshal(t *testing.T, doc *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCorpusGolden(t *testing.T) {
	got := marshal(t, readFixture(t, "pazhou.txt"))
	golden := filepath.Join("..", "testdata", "parse", "pazhou.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("model differs from %s (run go test ./table -run TestCorpusGolden -update and review the diff)", golden)
	}
}

func TestCorpusShape(t *testing.T) {
	doc := readFixture(t, "pazhou.txt")
	if doc.Department != "广州琶洲人工智能与数字经济试验区管理委员会" || doc.MoneyUnit != "万元" ||
		doc.Title != "项目支出绩效目标表（含转移支付项目）" || doc.Layout != "packed" || doc.Format != "text" {
		t.Errorf("header facts: %q %q %q %q %q", doc.Title, doc.Department, doc.MoneyUnit, doc.Layout, doc.Format)
	}
	if doc.Total == nil || doc.Total.Total.String() != "9235.17" || !doc.Total.Cells[ColSpecial].Empty {
		t.Fatalf("total: %+v", doc.Total)
	}
	if len(doc.Units) != 2 {
		t.Fatalf("units: got %d, want 2", len(doc.Units))
	}
	var counts []int
	seen := 0
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			counts = append(counts, len(p.Indicators))
			if p.Name == "海珠区建设人工智能大模型应用示范区经费" {
				seen++
			}
			for _, pr := range p.Problems {
				if pr.Kind != mixedPunct { // page 2 writes "指标值: " with a half-width colon
					t.Errorf("%s: problem %+v", p.Name, pr)
				}
			}
		}
	}
	want := []int{4, 2, 2, 4, 4, 4, 3, 2, 2, 2, 4}
	if len(counts) != len(want) {
		t.Fatalf("projects: got %d %v, want %d", len(counts), counts, len(want))
	}
	for i := range want {
		if counts[i] != want[i] {
			t.Errorf("indicator counts: got %v, want %v", counts, want)
			break
		}
	}
	if seen != 1 {
		t.Errorf("海珠区建设人工智能大模型应用示范区经费 read %d times, want once", seen)
	}
}

func TestCorpusSpans(t *testing.T) {
	doc := readFixture(t, "pazhou.txt")
	u := doc.Units[0]
	typo := u.Projects[5].Indicators[2] // 两新组织党员活动经费, item 3
	if typo.Period != "正产运转" || typo.Annual != "正产运转" {
		t.Fatalf("values: %q %q", typo.Period, typo.Annual)
	}
	if got, want := typo.Spans.Period, (Span{Line: 17, Column: 208, EndLine: 17, EndColumn: 212}); got != want {
		t.Errorf("period span %+v, want %+v", got, want)
	}
	if got, want := typo.Spans.Annual, (Span{Line: 17, Column: 219, EndLine: 17, EndColumn: 223}); got != want {
		t.Errorf("annual span %+v, want %+v", got, want)
	}
	// Page 2 writes `实施周期指标值: ` with a half-width colon and a space.
	p := u.Projects[8]
	ind := p.Indicators[0]
	if p.Name != "按项目管理人员" || ind.Period != "经费到位后，及时发放工资。" || ind.Annual != "经费到位后，及时发放工资" {
		t.Fatalf("page 2 item: %q %q %q", p.Name, ind.Period, ind.Annual)
	}
	line := strings.Split(string(mustRead(t, "pazhou.txt")), "\n")[28]
	col := 1 + utf16Len(line[:strings.Index(line, "经费到位后")])
	if got, want := ind.Spans.Period, textSpan(29, col, 29, col+13); got != want {
		t.Errorf("page 2 period span %+v, want %+v", got, want)
	}
	if got := u.Projects[0].Amounts.Cells[ColTotal].Span; got != (Span{Line: 12, Column: 10, EndLine: 12, EndColumn: 16}) {
		t.Errorf("amount span %+v", got)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "parse", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPageBreakInsideUnit(t *testing.T) {
	doc := readFixture(t, "pagebreak.txt")
	if doc.MoneyUnit != "元" || doc.Department != "示例局" || len(doc.Units) != 1 {
		t.Fatalf("got unit %q department %q units %d", doc.MoneyUnit, doc.Department, len(doc.Units))
	}
	ps := doc.Units[0].Projects
	if len(ps) != 2 || ps[0].Name != "甲项目" || ps[1].Name != "乙项目" {
		t.Fatalf("projects: %+v", ps)
	}
	if len(ps[0].Indicators) != 2 || len(ps[1].Indicators) != 1 {
		t.Fatalf("indicators: %d %d", len(ps[0].Indicators), len(ps[1].Indicators))
	}
	if got := ps[1].Indicators[0].Annual; got != "第2、3季度" {
		t.Errorf("value with 2、3: %q", got)
	}
	if got := ps[1].Amounts; !got.Cells[ColFiscal].Empty || got.Special.String() != "500" || ps[1].Spans.Name.Line != 13 {
		t.Errorf("乙项目 amounts %+v line %d", got, ps[1].Spans.Name.Line)
	}
}

func TestContinuationMerged(t *testing.T) {
	head := "部门名称：局\n单位：万元\n" + header + "\n"
	page1 := head + "单位甲\t10.00\t10.00\t\t\t\t\n" +
		"长项目名称全文\t10.00\t10.00\t\t\t目标\t1、1-产出指标；11-数量指标；数量；实施周期指标值：1个；年度指标值：1个\n"
	cut := "长项目名称\t10.00\t10.00\t\t\t目标\t1、1-产出指标；11-数量指标；数\n"
	doc, err := Read("c.txt", []byte(page1+"\n"+head+cut))
	if err != nil {
		t.Fatal(err)
	}
	if ps := doc.Units[0].Projects; len(ps) != 1 || len(ps[0].Indicators) != 1 {
		t.Fatalf("continuation not merged: %d projects", len(ps))
	}
	// The same short name with other amounts is a project of its own.
	doc, err = Read("c.txt", []byte(page1+"\n"+head+strings.Replace(cut, "10.00\t10.00", "5.00\t5.00", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if ps := doc.Units[0].Projects; len(ps) != 2 || len(ps[1].Problems) != 1 {
		t.Fatalf("got %d projects, want 2 (the second with a malformed item)", len(ps))
	}
}

const header = "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"

func TestProjectsBeforeUnitRow(t *testing.T) {
	doc, err := Read("a.tsv", []byte(header+"\n项目\t1\t1\t\t\t目标\t1、1-产出指标；11-数量指标；数；年度指标值：1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Units) != 1 || doc.Units[0].Name != "" || len(doc.Units[0].Projects) != 1 || doc.Total != nil {
		t.Fatalf("got %+v", doc.Units)
	}
}

func TestLongLine(t *testing.T) {
	goal := strings.Repeat("很长的目标", 30000) // 450 KB, beyond bufio.Scanner's 64 KiB
	line := "项目\t1\t1\t\t\t" + goal + "\t1、1-产出指标；11-数量指标；数；年度指标值：尾"
	doc, err := Read("l.txt", []byte(header+"\n"+line+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	ind := doc.Units[0].Projects[0].Indicators[0]
	if ind.Annual != "尾" || int(ind.Spans.Annual.Column) != len([]rune(line)) {
		t.Errorf("annual %q at %+v", ind.Annual, ind.Spans.Annual)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, path string
		data       string
		want       string
	}{
		{"empty", "e.txt", "", "e.txt: cannot read as a text table: empty file, expected a performance-goal table"},
		{"only BOM", "b.txt", "\xEF\xBB\xBF", "b.txt: cannot read as a text table: empty file, expected a performance-goal table"},
		{"zip", "z.txt", "PK\x03\x04\x00\x00", "z.txt: zip archive, not a table: unpack it and check the tables inside"},
		{"binary", "x.txt", "\x7fELF\x00\x00", "x.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (NUL character at line 1)"},
		{"NUL in UTF-16", "w.txt", "\xFF\xFEa\x00\n\x00\x00\x00", "w.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (NUL character at line 2)"},
		{"invalid everywhere", "y.txt", "abc\xFF\xFF", "y.txt:1:4: cannot read as a text table: not text in a supported encoding: byte 0xFF is not valid UTF-8 (tried UTF-8 and GB18030/GBK; it is not GB18030/GBK either)"},
		{"one stray byte", "z.txt", "项目支出绩效目标表\n部门名称：区科技局\n单位：万\xB2元\n", "z.txt:3:5: cannot read as a text table: not text in a supported encoding: byte 0xB2 is not valid UTF-8 (tried UTF-8 and GB18030/GBK; the rest of the file is UTF-8; save the file again as UTF-8)"},
		{"a GBK line in UTF-8", "g.txt", "项目支出绩效目标表\n部门名称：区科技局\r\n\xB5\xA5\xCE\xBB\xA3\xBA\xCD\xF2\xD4\xAA\n", "g.txt:3:1: cannot read as a text table: not text in a supported encoding: byte 0xB5 is not valid UTF-8 (tried UTF-8 and GB18030/GBK; the rest of the file is UTF-8; save the file again as UTF-8)"},
		{"odd UTF-16", "u.txt", "\xFF\xFEa", "u.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (odd number of bytes in UTF-16 text)"},
		{"NUL after a table", "t.txt", header + "\n项目\t1\t1\t\t\t目标\t\n\x00\n", "t.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (NUL character at line 3)"},
		{"NUL after a bad header", "h.txt", "一级指标\t三级指标\t指标值\n\n\x00", "h.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (NUL character at line 3)"},
		{"no header", "n.txt", "第一行\n第二行\t有\t制表符\n", "n.txt: not a performance-goal table: no header row found (expected columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.path, []byte(tt.data))
			if err == nil || doc != nil {
				t.Fatalf("got %v, %v; want an error", doc, err)
			}
			if te := (*Error)(nil); !errors.As(err, &te) {
				t.Errorf("error is %T, want *Error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
	_, err := ReadFile(filepath.Join(t.TempDir(), "missing.txt"))
	if err == nil || !strings.HasSuffix(err.Error(), "missing.txt: file not found") {
		t.Errorf("unreadable file: %v", err)
	}
}
