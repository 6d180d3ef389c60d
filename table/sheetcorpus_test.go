package table

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/jxlint/jxlint/table/tabletest"
)

const corpusText = "../testdata/corpus/pazhou-project-goals.txt"

func TestCorpusAsSpreadsheets(t *testing.T) {
	text := readExample(t, corpusText, "pazhou-project-goals.txt")
	if len(text.Units) == 0 || len(text.Units[0].Projects) < 10 {
		t.Fatalf("the text reader read %d units", len(text.Units))
	}
	want := modelShape(t, text)
	src, err := os.ReadFile(corpusText)
	must(t, err)
	csvData, err := tabletest.CSV(src)
	must(t, err)
	xlsxData, err := tabletest.XLSX(src)
	must(t, err)
	for name, data := range map[string][]byte{"pazhou.csv": csvData, "pazhou.xlsx": xlsxData} {
		doc, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if got := modelShape(t, doc); got != want {
			t.Errorf("%s: model differs from the text reader's:\n%s", name, firstDiff(got, want))
		}
	}
}

// firstDiff shows the first differing line of two texts with its neighbours.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			lo := max(0, i-3)
			return "got:\n" + strings.Join(g[lo:min(len(g), i+3)], "\n") + "\nwant:\n" + strings.Join(w[lo:min(len(w), i+3)], "\n")
		}
	}
	return "lengths differ"
}

func TestCSVEncodings(t *testing.T) {
	src := "单位名称;项目名称;三级指标;指标值\r\n甲;\"项目\r\n一\";人数;5\r\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(src)
	must(t, err)
	u16 := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(src)) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	for _, tt := range []struct {
		enc  string
		data []byte
	}{
		{EncUTF8, []byte(src)},
		{EncUTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, src...)},
		{EncGB18030, []byte(gb)},
		{EncUTF16LE, u16},
	} {
		doc, err := Read("e.csv", tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.enc, err)
		}
		p := doc.Units[0].Projects[0]
		if doc.Encoding != tt.enc || p.Name != "项目\n一" {
			t.Errorf("%s: encoding %q, project %q", tt.enc, doc.Encoding, p.Name)
		}
		// The quoted project cell starts after its quote on line 2 and ends on line 3.
		if p.Spans.Name != (Span{Line: 2, Column: 4, EndLine: 3, EndColumn: 2}) {
			t.Errorf("%s: project span %+v", tt.enc, p.Spans.Name)
		}
		if in := p.Indicators[0]; in.Spans.Annual != (Span{Line: 3, Column: 7, EndLine: 3, EndColumn: 8}) {
			t.Errorf("%s: value span %+v", tt.enc, in.Spans.Annual)
		}
	}
}

func TestCSVErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"项目名称,三级指标,指标值\n甲,\"未闭合,5\n", `q.csv:2:3: quoted field is never closed: expected a closing "`},
		{"a,b\n1,2\n", "q.csv: not a performance-goal table: no header row found"},
		{"", "q.csv: cannot read CSV: empty file"},
	} {
		_, err := Read("q.csv", []byte(tt.in))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %s…", tt.in, err, tt.want)
		}
	}
}
