package reporters

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table/tabletest"
)

// markOffsetsJS gives the number of every mark that underlines characters and
// the UTF-16 offset where it starts in the text of its cell, as the reviewer
// reads it (numbers, badges and tooltips left out).
const markOffsetsJS = `[...document.querySelectorAll("mark.mk")].map(m => {
  const cell = m.closest("[data-field]");
  const w = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  let off = 0;
  for (let n = w.nextNode(); n && !m.contains(n); n = w.nextNode()) {
    if (!n.parentElement.closest("sup, .tip, .badge, .note")) off += n.data.length;
  }
  return {n: +m.dataset.n, off};
})`

// TestHTMLMarksCharactersInCells opens the reports of one table read as text
// and as a workbook in headless Chromium: every mark of the workbook's report
// underlines the characters at the same place of its cell as the mark of the
// text's report, where the text's line and column put it; so does the 正产 of
// a value that holds 正产 twice, only the second a typo (真正产生效益，正产运转):
// only the range inside the cell tells them apart.
func TestHTMLMarksCharactersInCells(t *testing.T) {
	ctx, _ := newBrowser(t)
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "年度指标值：正产运转。", "年度指标值：真正产生效益，正产运转。", 1)
	book, err := tabletest.XLSX([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	l, set := builtinLinter(t, "zh")
	run := testRun("zh")
	run.Rules = set.Rules
	offsets := func(path string, data []byte) map[string][]int {
		res := lintData(t, l, path, data)
		results := []*engine.FileResult{res}
		file := filepath.Join(t.TempDir(), "report.html")
		if err := os.WriteFile(file, render(t, "html", run, results, summarize(results)), 0o644); err != nil {
			t.Fatal(err)
		}
		within(t, ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: file}).String()),
			chromedp.WaitVisible(chromedp.CSS("table.grid")))
		out := map[string][]int{}
		for _, m := range eval[[]struct{ N, Off int }](t, ctx, markOffsetsJS) {
			f := res.Findings[m.N-1]
			k := fmt.Sprintf("%s/%s/%s %s %s", f.Project, f.Indicator, f.Field, f.RuleID, f.Message)
			out[k] = append(out[k], m.Off)
		}
		for _, offs := range out {
			slices.Sort(offs)
		}
		return out
	}
	want := offsets("pazhou.txt", []byte(text))
	got := offsets("pazhou.xlsx", book)
	if len(want) < 20 {
		t.Fatalf("only %d findings underline characters in the text's report", len(want))
	}
	for k, w := range want {
		if g := got[k]; !slices.Equal(g, w) {
			t.Errorf("%s: the workbook's marks start at %v of their cell, the text's at %v", k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: marked in the workbook's report only", k)
		}
	}
	typo := "两新组织党员活动经费/3/annual typo 错别字「正产」，应为「正常」"
	if w := want[typo]; !slices.Equal(w, []int{7}) {
		t.Errorf("%s: the text's report marks %v of the value, want [7] (真正产生效益，|正产运转)", typo, w)
	}
}
