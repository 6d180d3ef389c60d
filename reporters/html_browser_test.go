package reporters

import (
	"context"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

var screenshotPath = flag.String("screenshot", "", "write the screenshot of the HTML report to this file (the README's docs/report.png)")

// sheetPath is the example workbook in the one-row-per-indicator layout.
const sheetPath = "../testdata/sheets/layout-rows-example.xlsx"

// lintFiles lints the files with the built-in rules in lang, keeping each
// file's model as the command does for the reporters that draw the table.
func lintFiles(t *testing.T, lang string, paths ...string) ([]*engine.FileResult, Run) {
	t.Helper()
	l, set := builtinLinter(t, lang)
	var out []*engine.FileResult
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lintData(t, l, strings.TrimPrefix(p, "../"), data)) // as a user in the repository names it
	}
	run := testRun(lang)
	run.Rules = set.Rules
	return out, run
}

// lintText lints one table given as text.
func lintText(t *testing.T, lang, path, text string) ([]*engine.FileResult, Run) {
	t.Helper()
	l, set := builtinLinter(t, lang)
	run := testRun(lang)
	run.Rules = set.Rules
	return []*engine.FileResult{lintData(t, l, path, []byte(text))}, run
}

// lintData reads and lints data as the file path, keeping the model and the bytes.
func lintData(t *testing.T, l *engine.Linter, path string, data []byte) *engine.FileResult {
	t.Helper()
	doc, err := table.Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	res := l.Worker().Lint(doc)
	res.Data = data
	return &res
}

// summarize counts results the way the command does.
func summarize(results []*engine.FileResult) Summary {
	var sum Summary
	for _, res := range results {
		sum.Files++
		for _, f := range res.Findings {
			switch {
			case f.Suppressed != nil:
				sum.Suppressed++
			case f.Severity == rules.Error:
				sum.Errors++
			case f.Severity == rules.Warning:
				sum.Warnings++
			default:
				sum.Infos++
			}
		}
	}
	return sum
}

// markInfo is what the page says of one mark.
type markInfo struct {
	N       int    `json:"n"`
	Field   string `json:"field"`
	Unit    string `json:"unit"`
	Project string `json:"project"`
	Ind     string `json:"ind"`
	Row     bool   `json:"row"`
	Ranged  bool   `json:"ranged"`
	Text    string `json:"text"`
	Tip     string `json:"tip"`
	Shown   bool   `json:"shown"`
	Sev     string `json:"sev"`
}

// marksJS describes every mark: the cell it sits in, the rows around it, its
// own text (without its number and tooltip) and whether it shows.
const marksJS = `[...document.querySelectorAll(".mk")].map(m => {
  const cell = m.closest("[data-field]"), tb = m.closest("tbody"), tr = m.closest("tr");
  const c = m.cloneNode(true);
  c.querySelectorAll("sup, .tip").forEach(e => e.remove());
  const st = getComputedStyle(m);
  const ranged = m.tagName === "MARK";
  return {n: +m.dataset.n, field: cell ? cell.dataset.field : "", unit: tb ? tb.dataset.unit || "" : "",
    project: tb ? tb.dataset.project || "" : "", ind: tr ? tr.dataset.ind || "" : "", row: m.classList.contains("row"),
    ranged, text: c.textContent, tip: m.querySelector(":scope > .tip").textContent, sev: m.dataset.sev,
    shown: ranged ? st.backgroundColor !== "rgba(0, 0, 0, 0)" : st.display !== "none" && m.offsetParent !== null};
})`

// TestHTMLInBrowser opens the report of the example table and the example
// workbook in headless Chromium and checks what a reviewer sees.
func TestHTMLInBrowser(t *testing.T) {
	ctx, pl := newBrowser(t)
	results, run := lintFiles(t, "zh", corpusPath, sheetPath)
	// One finding accepted by a baseline, to be shown dimmed.
	results[0].Findings[1].Suppressed = &engine.Suppression{Kind: "external", Justification: "baseline"}
	var all []engine.Finding
	for _, r := range results {
		all = append(all, r.Findings...)
	}
	page := render(t, "html", run, results, summarize(results))
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: file}).String()
	within(t, ctx, chromedp.EmulateViewport(1440, 900), chromedp.Navigate(pageURL), chromedp.WaitVisible(chromedp.CSS("table.grid")))

	marks := eval[[]markInfo](t, ctx, marksJS)
	if len(marks) != len(all) {
		t.Fatalf("%d marks for %d findings", len(marks), len(all))
	}
	seen := map[int]bool{}
	ranged := 0
	for _, m := range marks {
		if m.N < 1 || m.N > len(all) || seen[m.N] {
			t.Fatalf("mark numbered %d: not one mark per finding", m.N)
		}
		seen[m.N] = true
		f := &all[m.N-1]
		checkMarkPlace(t, f, m)
		if m.Ranged {
			ranged++
			if m.Text != f.Text {
				t.Errorf("finding %d (%s): mark covers %q, the finding flags %q", m.N, f.RuleID, m.Text, f.Text)
			}
		}
		if !strings.Contains(m.Tip, f.Message) {
			t.Errorf("finding %d: tooltip %q lacks the message %q", m.N, m.Tip, f.Message)
		}
		if f.Fix != nil && f.Text != "" && !strings.Contains(m.Tip, f.Text+" → "+f.Fix.Replacement) {
			t.Errorf("finding %d: tooltip %q does not show the fix %s → %s", m.N, m.Tip, f.Text, f.Fix.Replacement)
		}
	}
	if ranged < len(all)/2 {
		t.Errorf("only %d of %d marks underline their characters", ranged, len(all))
	}
	if op := eval[string](t, ctx, `getComputedStyle(document.querySelector(".mk.acc")).opacity`); op == "1" {
		t.Errorf("the accepted finding is not dimmed (opacity %s)", op)
	}

	// A severity filter hides the others, in the table and in the list.
	within(t, ctx, chromedp.Click(chromedp.CSS(`input[data-filter=sev][value=warning]`)),
		chromedp.Click(chromedp.CSS(`input[data-filter=sev][value=info]`)))
	for _, m := range eval[[]markInfo](t, ctx, marksJS) {
		if want := m.Sev == "error"; m.Shown != want {
			t.Errorf("only errors shown: mark %d (%s) shown = %v", m.N, m.Sev, m.Shown)
		}
	}
	listed := eval[[]string](t, ctx, `[...document.querySelectorAll("li.fi")].filter(li => li.offsetParent !== null).map(li => li.dataset.sev)`)
	errors := 0
	for _, f := range all {
		if f.Severity == rules.Error {
			errors++
		}
	}
	if len(listed) != errors || slices.ContainsFunc(listed, func(s string) bool { return s != "error" }) {
		t.Errorf("only errors shown: the list shows %v, want %d errors", listed, errors)
	}
	within(t, ctx, chromedp.Click(chromedp.CSS(`input[data-filter=sev][value=warning]`)),
		chromedp.Click(chromedp.CSS(`input[data-filter=sev][value=info]`)))

	// Clicking the last finding of the list brings its mark into view.
	last := len(all)
	within(t, ctx, chromedp.Click(chromedp.CSS(`li.fi[data-n="`+strconv.Itoa(last)+`"] a`)))
	inView := eval[bool](t, ctx, `(() => { const r = document.getElementById("m`+strconv.Itoa(last)+`").getBoundingClientRect();
	  return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; })()`)
	if !inView {
		t.Errorf("clicking finding %d in the list did not scroll its mark into view", last)
	}

	// A rule's title opens its explanation.
	within(t, ctx, chromedp.Click(chromedp.CSS(`table.rules a[href="#rule-typo"]`)))
	if open := eval[bool](t, ctx, `document.getElementById("rule-typo").open && document.getElementById("rule-typo").textContent.includes("正产")`); !open {
		t.Errorf("the explanation of typo is not open after clicking its title")
	}

	screenshot(t, ctx)

	requests, problems := pl.snapshot()
	for _, u := range requests {
		if u != pageURL {
			t.Errorf("the page requested %s", u)
		}
	}
	if n := eval[int](t, ctx, `performance.getEntriesByType("resource").length`); n != 0 {
		t.Errorf("the page loaded %d resources", n)
	}
	for _, p := range problems {
		t.Errorf("page console: %s", p)
	}
}

// checkMarkPlace checks that the mark of f sits in the cell of its field, in
// the rows of its unit, project and indicator.
func checkMarkPlace(t *testing.T, f *engine.Finding, m markInfo) {
	t.Helper()
	if f.Project != "" && m.Project != f.Project || f.Project == "" && f.Unit != "" && m.Unit != f.Unit {
		t.Errorf("finding %d (%s, %s/%s): mark in the rows of %s/%s", m.N, f.RuleID, f.Unit, f.Project, m.Unit, m.Project)
	}
	if f.Indicator != "" && m.Ind != f.Indicator {
		t.Errorf("finding %d (%s): mark on indicator %q, want %q", m.N, f.RuleID, m.Ind, f.Indicator)
	}
	switch {
	case m.Row:
		if f.Field != "indicators" && f.Field != "" && f.Field != "item" || m.Field != "name" {
			t.Errorf("finding %d (%s, field %q) marks the row from cell %q", m.N, f.RuleID, f.Field, m.Field)
		}
	case f.Field != "" && m.Field != f.Field:
		t.Errorf("finding %d (%s): mark in cell %q, want %q", m.N, f.RuleID, m.Field, f.Field)
	}
}

// screenshot saves the page as the reviewer first sees it, with the tooltip of a
// flagged value open: in the test's artifact directory, and at -screenshot.
func screenshot(t *testing.T, ctx context.Context) {
	t.Helper()
	within(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { scrollTo(0, 0); history.replaceState(null, "", " ");
	  document.querySelectorAll("details[open]").forEach(d => d.open = false);
	  document.querySelector("aside.panel").scrollTop = 0;
	  const m = [...document.querySelectorAll("mark.mk")].find(m => m.getBoundingClientRect().top > 350);
	  m.focus({preventScroll: true}); })()`))
	within(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1200, 60)) // the pointer off the links
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "report.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if *screenshotPath != "" {
		small, err := smallPNG(png)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshotPath, small, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
