package table

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

// readWorkers are the worker counts whose documents must equal the serial read's.
var readWorkers = []int{2, 4}

// sameReadWith reads data with one worker and with each of readWorkers, and
// fails unless every read gives the same document, or the same error.
func sameReadWith(t *testing.T, path string, data []byte) *Document {
	t.Helper()
	want, wantErr := ReadWith(path, data, ReadOptions{Workers: 1})
	for _, n := range readWorkers {
		got, err := ReadWith(path, data, ReadOptions{Workers: n})
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("%s, %d workers: error %v, serially %v", path, n, err, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d workers read another document than one does", path, n)
		}
	}
	return want
}

// TestReadWithWorkersFiles reads every table file under testdata, in every
// format, with several workers as with one.
func TestReadWithWorkersFiles(t *testing.T) {
	read := 0
	for _, root := range []string{filepath.Join("..", "testdata"), "testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !Supported(path) {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if sameReadWith(t, path, data) != nil {
				read++
			}
			return nil
		})
		must(t, err)
	}
	if read < 30 {
		t.Fatalf("only %d tables read", read)
	}
}

// TestReadWithWorkersGenerated reads large generated tables, of many batches
// of projects, with several workers as with one: one with page breaks and
// defects, the example repeated as the dense benchmark does, and one whose
// projects often continue on a row without name after a page break.
func TestReadWithWorkersGenerated(t *testing.T) {
	var gen bytes.Buffer
	_, err := tablegen.GenerateSize(&gen, tablegen.Options{Seed: 7, PageBreakEvery: 25,
		Rates: tablegen.UniformRates(0.05)}, 1<<20)
	must(t, err)
	sameReadWith(t, "generated.txt", gen.Bytes())

	example, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "pazhou-project-goals.txt"))
	must(t, err)
	var dense bytes.Buffer
	_, err = tablegen.RepeatSize(&dense, "dense.txt", example, 1<<20)
	must(t, err)
	sameReadWith(t, "dense.txt", dense.Bytes())

	doc := sameReadWith(t, "continued.txt", continuedTable(600))
	continued := 0
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			if n := len(p.Indicators); n > 0 && p.Indicators[n-1].Spans.Item.Line != p.Spans.Indicators.Line {
				continued++
			}
		}
	}
	if continued < 100 {
		t.Fatalf("only %d projects continue after a page break", continued)
	}
}

// continuedTable returns a packed text table of n projects, in units of ten,
// where every third project is cut by a page break and continues, after the
// repeated page header, on a row without name and amounts; every ninth
// continues with its goal alone, and one in four items of a continuation is
// malformed.
func continuedTable(n int) []byte {
	page := "项目支出绩效目标表\n部门名称：示例局\n单位：万元\n" + header + "\n"
	var b strings.Builder
	b.WriteString(page)
	item := func(k int) string {
		if k%4 == 3 {
			return fmt.Sprintf("%d、2-效益指标；受益人数。", k)
		}
		return fmt.Sprintf("%d、1-产出指标；11-数量指标；场次；实施周期指标值：%d场；年度指标值：%d场。", k, k, k)
	}
	for i := range n {
		if i%10 == 0 {
			fmt.Fprintf(&b, "单位%d\t100.00\t100.00\t\t\t\t\n", i/10)
		}
		fmt.Fprintf(&b, "项目%d\t10.00\t10.00\t\t\t举办活动%d场，\t%s%s\n", i, i, item(1), item(2))
		switch {
		case i%9 == 0:
			b.WriteString(page + "\t\t\t\t\t服务群众。\t\n")
		case i%3 == 0:
			b.WriteString(page + "\t\t\t\t\t服务群众。\t" + item(3) + item(4) + "\n")
		}
	}
	return []byte(b.String())
}
