package benchtest

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table"
)

// The published example and its reviewed findings, the source of the dense corpus.
const (
	examplePath   = "../../testdata/corpus/pazhou-project-goals.txt"
	exampleGolden = "../../testdata/corpus/pazhou-project-goals.findings.golden"
)

// denseCorpus repeats the example up to about size bytes.
func denseCorpus(tb testing.TB, size int64) Dense {
	tb.Helper()
	example, err := os.ReadFile(examplePath)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := DenseCorpus(examplePath, example, size)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// goldenLine is one line of a findings golden file: "line:col rule message".
type goldenLine struct {
	line, col  int
	rule, text string
}

func (g goldenLine) String() string { return fmt.Sprintf("%d:%d %s %s", g.line, g.col, g.rule, g.text) }

// compareGolden orders lines as the engine orders findings.
func compareGolden(a, b goldenLine) int {
	return cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col), cmp.Compare(a.rule, b.rule), cmp.Compare(a.text, b.text))
}

// readGolden reads a findings golden file.
func readGolden(t *testing.T, path string) []goldenLine {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldenLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		place, rest, _ := strings.Cut(sc.Text(), " ")
		rule, text, _ := strings.Cut(rest, " ")
		l, c, _ := strings.Cut(place, ":")
		line, err1 := strconv.Atoi(l)
		col, err2 := strconv.Atoi(c)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: bad line %q", path, sc.Text())
		}
		out = append(out, goldenLine{line, col, rule, text})
	}
	return out
}

// denseWant returns the findings the dense corpus d must give: the example's
// reviewed findings in every copy, on the copy's lines, and in every copy but
// the first one copied-indicators finding per project that the example does
// not already report as copied: its indicator list is that of the same project
// in the first copy, the first earlier one of the document with that list.
// indicator-from-other-project finds nothing: it leaves out words that more
// than eight projects of the table use, and in the repeated table every word
// of a copy's projects is used by every copy.
func denseWant(t *testing.T, d Dense) []goldenLine {
	t.Helper()
	golden := readGolden(t, exampleGolden)
	example, err := os.ReadFile(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read(examplePath, example)
	if err != nil {
		t.Fatal(err)
	}
	copied := map[int]bool{}
	for _, g := range golden {
		if g.rule == "copied-indicators" {
			copied[g.line] = true
		}
	}
	var extra []goldenLine
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			if s := p.Spans.Indicators; len(p.Indicators) > 0 && !copied[int(s.Line)] {
				extra = append(extra, goldenLine{int(s.Line), int(s.Column), "copied-indicators",
					fmt.Sprintf("项目「%s」的绩效指标与项目「%s」完全相同", p.Name, p.Name)})
			}
		}
	}
	var want []goldenLine
	for k := range d.Repeated.Copies {
		for _, g := range golden {
			if g.rule == "indicator-from-other-project" {
				continue
			}
			g.line = d.Repeated.Line(g.line, k)
			want = append(want, g)
		}
		if k == 0 {
			continue
		}
		for _, g := range extra {
			g.line = d.Repeated.Line(g.line, k)
			want = append(want, g)
		}
	}
	slices.SortStableFunc(want, compareGolden)
	return want
}
