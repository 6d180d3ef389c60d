package engine

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// streamed lints doc with LintStream in runs of weight objects on 1+len(ws)
// workers and gathers the batches into the result, as Lint gives it.
func streamed(t *testing.T, l *Linter, doc *table.Document, workers, weight int) (FileResult, int) {
	t.Helper()
	ws := make([]*Worker, workers-1)
	for i := range ws {
		ws[i] = l.Worker()
	}
	var all []Finding
	batches := 0
	res, err := l.Worker().lintStream(doc, ws, weight, func(b []Finding) error {
		all = append(all, b...)
		batches++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	res.Findings = all
	return res, batches
}

// denseDoc is the published example repeated n times.
func denseDoc(t *testing.T, n int) *table.Document {
	t.Helper()
	example, err := os.ReadFile("../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tablegen.Repeat(&buf, "example.txt", example, n); err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("dense.txt", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// streamRules are splitRules with three more rules over the document, two
// that fail and one that names projects, so that the workers share them out.
const streamRules = splitRules + `  - id: doc-fails
    title: t
    message: m
    severity: error
    scope: document
    check: document.units[len(document.units) + 5].name == ""
  - id: doc-fails-too
    title: t
    message: m
    severity: error
    scope: document
    check: document.units[len(document.units) + 6].name == ""
  - id: doc-projects
    title: t
    message: m
    severity: warning
    scope: document
    check: |
      flatten(map(document.units, map(filter(.projects, len(.indicators) % 2 == 0), ({"project": #, "message": #.name}))))
`

// TestLintStreamAsLint hands out the findings of 30 copies of the published
// example in runs of several sizes, on one to three workers: gathered, the
// batches are Lint's findings with their fingerprints, and the counts and
// first rule errors are Lint's, with an ignore entry in force; with more than
// one run, findings are handed out before the end.
func TestLintStreamAsLint(t *testing.T) {
	doc := denseDoc(t, 30)
	set := setFrom(t, "stream.yaml", []byte(streamRules))
	set.Ignores = []rules.Ignore{{Rule: "same", Project: "两新*"}}
	l := mustLinter(t, set, "zh")
	if !l.inUnit {
		t.Fatal("the rules should place their findings in their units")
	}
	want := l.Worker().Lint(doc)
	if len(want.RuleErrors) != 4 || want.RuleErrors[0].RuleID != "doc-fails" || want.RuleErrors[1].RuleID != "doc-fails-too" ||
		!slices.ContainsFunc(want.Findings, func(f Finding) bool { return f.RuleID == "doc-projects" }) {
		t.Fatalf("rule errors %v and %d findings; the test needs both doc-fails's first and doc-projects's findings", want.RuleErrors, len(want.Findings))
	}
	want.Findings = append([]Finding(nil), want.Findings...)
	for _, weight := range []int{1, 50, 700, 1 << 30} {
		for n := 1; n <= 3; n++ {
			got, batches := streamed(t, l, doc, n, weight)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("runs of %d, %d workers:\n%s\nwant\n%s\nerrors %v, want %v", weight, n, describe(got.Findings),
					describe(want.Findings), got.RuleErrors, want.RuleErrors)
			}
			if weight <= 50 && batches < 10 {
				t.Errorf("runs of %d, %d workers: %d batches; the findings were not handed out as they came", weight, n, batches)
			}
		}
	}
}

// TestLintStreamOutsideUnit lints with a project rule that points at the
// first project of the table, outside its unit: nothing can be handed out
// before the end, and the findings are Lint's.
func TestLintStreamOutsideUnit(t *testing.T) {
	doc := denseDoc(t, 5)
	set := setFrom(t, "out.yaml", []byte(`rules:
  - id: first
    title: t
    message: m
    severity: info
    scope: project
    check: '[{"project": document.units[0].projects[0]}]'
  - id: late
    title: t
    message: late
    severity: info
    scope: indicator
    check: indicator.name != ""
`))
	l := mustLinter(t, set, "zh")
	if l.inUnit {
		t.Fatal("a rule reading the document and naming a project can place findings outside its unit")
	}
	want := l.Worker().Lint(doc)
	for n := 1; n <= 2; n++ {
		got, batches := streamed(t, l, doc, n, 50)
		if !reflect.DeepEqual(got, want) || batches != 1 {
			t.Errorf("%d workers: %d batches, findings\n%s\nwant\n%s", n, batches, describe(got.Findings), describe(want.Findings))
		}
	}
	// Were the rule taken for one that places its findings in its unit, the
	// findings handed out would be out of order: the rule's error says so.
	l.inUnit = true
	got, _ := streamed(t, l, doc, 1, 50)
	if len(got.RuleErrors) != 1 || got.RuleErrors[0].RuleID != "first" || !strings.Contains(got.RuleErrors[0].Err.Error(), "out of order") {
		t.Errorf("rule errors %v; want that of first, out of order", got.RuleErrors)
	}
}

// TestLintStreamStops returns the error of the first batch and hands out
// nothing more.
func TestLintStreamStops(t *testing.T) {
	doc := denseDoc(t, 10)
	l := mustLinter(t, setFrom(t, "split.yaml", []byte(splitRules)), "zh")
	for n := 1; n <= 2; n++ {
		ws := make([]*Worker, n-1)
		for i := range ws {
			ws[i] = l.Worker()
		}
		stop, calls := errors.New("disk full"), 0
		_, err := l.Worker().lintStream(doc, ws, 50, func([]Finding) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("%d workers: error %v after %d batches; want %v after 1", n, err, calls, stop)
		}
	}
}

// TestRunStartsBoundFields checks the starts of the runs of the dense table
// against every field a finding of each run can point at: none stands
// before its run's start, and each start is the place of one of them. The
// starts found from the runs' own first places, as the workers of LintStream
// find them, are the same.
func TestRunStartsBoundFields(t *testing.T) {
	doc := denseDoc(t, 10)
	l := mustLinter(t, setFrom(t, "split.yaml", []byte(splitRules)), "zh")
	runs := cutRuns(doc.Units, 10)
	starts := l.runStarts(runs, nil)
	lows := make([]place, len(runs))
	for k := range runs {
		lows[k] = runLow(runs[k])
	}
	if !l.startsFromLows() || !slices.Equal(l.runStarts(runs, lows), starts) {
		t.Errorf("the starts from the runs' first places differ: %v, want %v", l.runStarts(runs, lows), starts)
	}
	if len(runs) < 5 {
		t.Fatalf("%d runs; the test needs more", len(runs))
	}
	for k, run := range runs {
		reached := false
		check := func(tg *target) {
			for path, ref := range fieldTables[tg.scope] {
				_, s := ref.get(tg)
				if s.IsZero() {
					_, s = defaults[tg.scope].get(tg)
				}
				p := placeOf(s)
				if p.before(starts[k]) {
					t.Errorf("run %d: %s at %+v stands before the run's start %+v", k, path, p, starts[k])
				}
				reached = reached || p == starts[k]
			}
		}
		for _, u := range run {
			check(&target{doc: doc, unit: u, scope: scopeUnit})
			for _, p := range u.Projects {
				check(&target{doc: doc, unit: u, project: p, scope: scopeProject})
				for _, ind := range p.Indicators {
					check(&target{doc: doc, unit: u, project: p, indicator: ind, scope: scopeIndicator})
				}
			}
		}
		if !reached {
			t.Errorf("run %d: no field stands at its start %+v", k, starts[k])
		}
	}
}

// liveHeap is the heap in use once the garbage is collected.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestLintStreamHoldsLittle lints 300 copies of the published example in
// runs of 200 objects: at no batch does the heap hold half of what the file's
// findings take when Lint returns them all. (What it holds grows with the
// file too: the count of each fingerprint, and the findings of the
// document's rule not yet handed out, one per unit; about a quarter here.)
func TestLintStreamHoldsLittle(t *testing.T) {
	doc := denseDoc(t, 300)
	l := mustLinter(t, setFrom(t, "split.yaml", []byte(splitRules)), "zh")
	w := l.Worker()
	w.Lint(doc) // the worker's memory grown once
	before := liveHeap()
	res := w.Lint(doc)
	all := liveHeap() - min(before, liveHeap())
	n := len(res.Findings)
	runtime.KeepAlive(res)
	res = FileResult{}
	before = liveHeap()
	var peak uint64
	batches := 0
	if _, err := w.lintStream(doc, nil, 200, func([]Finding) error {
		batches++
		peak = max(peak, liveHeap()-min(before, liveHeap()))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d findings: %d KB held by Lint's result, at most %d KB while %d batches were handed out", n, all>>10, peak>>10, batches)
	if n < 10_000 || batches < 50 || peak > all/2 {
		t.Errorf("%d findings in %d batches: the heap held up to %d KB, more than half of the %d KB of Lint's result", n, batches, peak>>10, all>>10)
	}
}

// TestLintStreamDocumentRulesOnly lints with a rule over the document alone:
// the runs find nothing, and the document's findings are Lint's.
func TestLintStreamDocumentRulesOnly(t *testing.T) {
	doc := denseDoc(t, 5)
	l := mustLinter(t, setFrom(t, "doc.yaml", []byte(splitRules[:strings.Index(splitRules, "  - id: unit-fails")])), "zh")
	want := l.Worker().Lint(doc)
	for n := 1; n <= 2; n++ {
		if got, _ := streamed(t, l, doc, n, 50); !reflect.DeepEqual(got, want) || len(got.Findings) == 0 {
			t.Errorf("%d workers: findings\n%s\nwant\n%s", n, describe(got.Findings), describe(want.Findings))
		}
	}
}

// TestLintStreamBuiltinRules lints 30 copies of the published example with
// the built-in rules: every rule places its findings in its unit (so a large
// table's findings are handed out as its runs are linted, not held to the
// end), and the batches gathered are Lint's findings.
func TestLintStreamBuiltinRules(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Rules {
		one := *set
		one.Rules = []*rules.Rule{r}
		if l := mustLinter(t, &one, "zh"); !l.inUnit {
			t.Errorf("rule %s may place findings outside its unit: a table's findings would be held to the end", r.ID)
		}
	}
	doc := denseDoc(t, 30)
	l := mustLinter(t, set, "zh")
	want := l.Worker().Lint(doc)
	want.Findings = append([]Finding(nil), want.Findings...)
	for n := 1; n <= 2; n++ {
		got, batches := streamed(t, l, doc, n, 50)
		if !reflect.DeepEqual(got, want) || batches < 10 {
			t.Errorf("%d workers: %d batches, %d findings, want %d as Lint's", n, batches, len(got.Findings), len(want.Findings))
		}
	}
}

// TestPlacesInUnitSpan: a span read from the rule's own object is in its unit;
// one read from the document may be anywhere.
func TestPlacesInUnitSpan(t *testing.T) {
	for check, want := range map[string]bool{
		`[{"span": project.spans.name}]`:                         true,
		`map(project.problems, ({"span": .span}))`:               true,
		`[{"span": document.units[0].projects[0].spans.name}]`:   false,
		`[{"indicator": projectFacts.copiedFrom.indicators[0]}]`: false,
	} {
		set := setFrom(t, "span.yaml", []byte(`rules:
  - id: s
    title: t
    message: m
    severity: info
    scope: project
    check: '`+check+`'
`))
		if got := mustLinter(t, set, "zh").inUnit; got != want {
			t.Errorf("%s: in its unit %v, want %v", check, got, want)
		}
	}
}

// TestStreamKeepsPendingAndRecycles takes a run whose last findings stand
// after the next run's start: they stay pending, as they were, though the
// run's chunks are emptied and go to the workers to fill again.
func TestStreamKeepsPendingAndRecycles(t *testing.T) {
	var r runResult
	for i := range 100 { // two chunks
		f := r.found.add(nil)
		*f = Finding{RuleID: "r", Message: strconv.Itoa(i), Span: table.Span{Line: int32(i + 1), Column: 1}}
	}
	for _, c := range r.found.chunks {
		for i := range c {
			r.refs = append(r.refs, &c[i])
		}
	}
	recycled := make(chan []Finding, recycledChunks)
	var handed []string
	s := streamer{l: &Linter{}, recycled: recycled, failed: map[string]bool{},
		starts: []place{{row: 1}, {row: 61}}, out: func(fs []Finding) error {
			for _, f := range fs {
				handed = append(handed, f.Message)
			}
			return nil
		}}
	chunks := slices.Clone(r.found.chunks)
	s.take(&r, 0)
	if len(handed) != 60 || len(s.pending) != 40 {
		t.Fatalf("%d handed out, %d pending; want 60 and 40", len(handed), len(s.pending))
	}
	for i, f := range s.pending {
		if f.Message != strconv.Itoa(60+i) || f.Span.Line != int32(61+i) {
			t.Errorf("pending %d is %q at line %d; want %d at line %d", i, f.Message, f.Span.Line, 60+i, 61+i)
		}
	}
	if len(recycled) != len(chunks) {
		t.Fatalf("%d chunks recycled; want %d", len(recycled), len(chunks))
	}
	for range chunks {
		c := <-recycled
		if len(c) != 0 || slices.ContainsFunc(c[:cap(c)], func(f Finding) bool { return f.RuleID != "" }) {
			t.Errorf("a recycled chunk holds %d findings, or old ones past its length", len(c))
		}
	}
}
