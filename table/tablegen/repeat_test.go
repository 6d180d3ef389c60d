package tablegen

import (
	"bytes"
	"os"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
)

const examplePath = "../../testdata/corpus/pazhou-project-goals.txt"

// TestRepeatReadsAsCopies repeats the published example three times and reads
// the result back: three times its units, renamed with the copy's number at the
// same columns, each project on the example's line shifted by the copy, and a
// 合计 row three times the example's.
func TestRepeatReadsAsCopies(t *testing.T) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r, err := Repeat(&buf, examplePath, example, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r.Bytes != int64(buf.Len()) || r.Copies != 3 || r.Width != 1 {
		t.Errorf("Repeated = %+v for %d bytes written", r, buf.Len())
	}
	ex, err := table.Read("example.txt", example)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("dense.txt", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Units) != 3*len(ex.Units) {
		t.Fatalf("%d units; want %d", len(doc.Units), 3*len(ex.Units))
	}
	for k := range 3 {
		for i, u := range ex.Units {
			got := doc.Units[k*len(ex.Units)+i]
			if want := r.UnitName(u.Name, k); got.Name != want {
				t.Errorf("copy %d unit %d is %q; want %q", k, i, got.Name, want)
			}
			if got.Spans.Name.Column != u.Spans.Name.Column || got.Spans.Name.EndColumn != u.Spans.Name.EndColumn ||
				int(got.Spans.Name.Line) != r.Line(int(u.Spans.Name.Line), k) {
				t.Errorf("copy %d unit %q at %+v; want the example's %+v shifted by %d lines", k, got.Name,
					got.Spans.Name, u.Spans.Name, k*r.BodyLines)
			}
			for j, p := range u.Projects {
				q := got.Projects[j]
				if q.Name != p.Name || int(q.Spans.Indicators.Line) != r.Line(int(p.Spans.Indicators.Line), k) ||
					q.Spans.Indicators.Column != p.Spans.Indicators.Column {
					t.Errorf("copy %d project %q at %+v; want %q at %+v shifted", k, q.Name, q.Spans.Indicators, p.Name, p.Spans.Indicators)
				}
			}
		}
	}
	three := decimal.NewFromInt(3)
	if want := ex.Total.Total.Mul(three); !doc.Total.Total.Equal(want) {
		t.Errorf("合计 总计 is %s; want %s", doc.Total.Total, want)
	}
}

func TestRenameUnitPads(t *testing.T) {
	for _, tt := range []struct {
		k, width int
		want     string
	}{{0, 1, "〇州琶洲"}, {7, 2, "〇七琶洲"}, {12, 2, "一二琶洲"}, {305, 3, "三〇五洲"}} {
		if got := renameUnit("广州琶洲", tt.k, tt.width); got != tt.want {
			t.Errorf("renameUnit(广州琶洲, %d, %d) = %q; want %q", tt.k, tt.width, got, tt.want)
		}
	}
}

func TestAmountCents(t *testing.T) {
	for s, want := range map[string]int64{"9,235.17": 923517, "425": 42500, "1.5": 150, "0.07": 7} {
		if got, ok := amountCents(s); !ok || got != want {
			t.Errorf("amountCents(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "约1000", "1.234", "-5"} {
		if _, ok := amountCents(s); ok {
			t.Errorf("amountCents(%q) accepted", s)
		}
	}
}
