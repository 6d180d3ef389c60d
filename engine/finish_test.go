package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// TestIgnores drops findings by rule, path, unit and project globs and counts them.
func TestIgnores(t *testing.T) {
	cases := []struct {
		name    string
		ignores []rules.Ignore
		ignored int
	}{
		{"rule", []rules.Ignore{{Rule: "goal-strings"}}, 2},
		{"rule glob and project", []rules.Ignore{{Rule: "*-satisfaction", Project: "项目乙"}}, 1},
		{"path glob on base name", []rules.Ignore{{Path: "*.txt", Rule: "unit-sum"}}, 1},
		{"path glob with folders", []rules.Ignore{{Path: "tables/**/t.txt", Unit: "区*"}}, 8}, // not the 2 findings without a unit
		{"path glob that does not match", []rules.Ignore{{Path: "other/*.txt"}}, 0},
		{"unit glob", []rules.Ignore{{Unit: "*教育*"}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			set := loadSet(t, "lint.yaml")
			set.Ignores = c.ignores
			all := mustLinter(t, loadSet(t, "lint.yaml"), "zh").Worker().Lint(testDoc("tables/2025/t.txt"))
			res := mustLinter(t, set, "zh").Worker().Lint(testDoc("tables/2025/t.txt"))
			if res.Ignored != c.ignored || len(res.Findings) != len(all.Findings)-c.ignored {
				t.Errorf("ignored %d, kept %d of %d; want %d ignored", res.Ignored, len(res.Findings), len(all.Findings), c.ignored)
			}
		})
	}
}

// fingerprints maps rule and message to fingerprint.
func fingerprints(fs []Finding) map[string]string {
	m := map[string]string{}
	for _, f := range fs {
		m[f.RuleID+" "+f.Message] = f.Fingerprint
	}
	return m
}

// TestFingerprintStable moves everything down by a line and reverses the order
// of the projects: every finding keeps its fingerprint.
func TestFingerprintStable(t *testing.T) {
	l := mustLinter(t, loadSet(t, "lint.yaml"), "zh")
	before := l.Worker().Lint(testDoc("t.txt")).Findings
	moved := testDoc("t.txt")
	shiftLines(moved, 1)
	u := moved.Units[0]
	slices.Reverse(u.Projects)
	after := l.Worker().Lint(moved).Findings
	fb, fa := fingerprints(before), fingerprints(after)
	if len(fb) != len(before) {
		t.Fatalf("%d distinct findings of %d: the test needs distinct messages", len(fb), len(before))
	}
	for k, v := range fb {
		if fa[k] != v {
			t.Errorf("%s: fingerprint %s became %s", k, v, fa[k])
		}
	}
	seen := map[string]bool{}
	for _, f := range before {
		if len(f.Fingerprint) != 32 || seen[f.Fingerprint] {
			t.Errorf("fingerprint %q of %s is not 32 hex digits or not unique", f.Fingerprint, f.RuleID)
		}
		seen[f.Fingerprint] = true
	}
	// The same text in another file is another finding.
	other := l.Worker().Lint(testDoc("u.txt")).Findings
	if other[0].Fingerprint == before[0].Fingerprint {
		t.Error("fingerprints do not depend on the file")
	}
}

// TestFingerprintRepeats gives findings with the same key distinct fingerprints.
func TestFingerprintRepeats(t *testing.T) {
	set := setFrom(t, "r.yaml", []byte(`rules:
  - {id: twice, title: t, severity: info, scope: project, check: '["a", "b"]', message: m}
`))
	fs := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt")).Findings
	if len(fs) != 4 || fs[0].Fingerprint == fs[1].Fingerprint {
		t.Errorf("findings %v: want 4 with distinct fingerprints", fs)
	}
}

// shiftLines moves every span of doc down by n lines.
func shiftLines(doc *table.Document, n int) {
	sh := func(s *table.Span) {
		if s.Line > 0 {
			s.Line += int32(n)
			s.EndLine += int32(n)
		}
	}
	sh(&doc.Spans.Title)
	sh(&doc.Spans.TotalRow)
	for c := range doc.Total.Cells {
		sh(&doc.Total.Cells[c].Span)
	}
	for _, u := range doc.Units {
		sh(&u.Spans.Name)
		for c := range u.Amounts.Cells {
			sh(&u.Amounts.Cells[c].Span)
		}
		for _, p := range u.Projects {
			for _, s := range []*table.Span{&p.Spans.Name, &p.Spans.Goal, &p.Spans.Indicators} {
				sh(s)
			}
			for c := range p.Amounts.Cells {
				sh(&p.Amounts.Cells[c].Span)
			}
			for _, ind := range p.Indicators {
				for _, s := range []*table.Span{&ind.Spans.Item, &ind.Spans.Number, &ind.Spans.Name, &ind.Spans.Period, &ind.Spans.Annual} {
					sh(s)
				}
			}
		}
	}
}

// TestOrder sorts text findings by line, column, rule and message, and workbook
// findings by sheet, row and column (B10 after B9, AA1 after Z1).
func TestOrder(t *testing.T) {
	fs := []Finding{
		{RuleID: "b", Span: table.Span{Line: 2, Column: 1}},
		{RuleID: "a", Message: "y", Span: table.Span{Line: 2, Column: 1}},
		{RuleID: "a", Message: "x", Span: table.Span{Line: 2, Column: 1}},
		{RuleID: "a", Span: table.Span{Line: 1, Column: 9}},
		{RuleID: "c", Span: table.CellSpan("表1", "B10")},
		{RuleID: "c", Span: table.CellSpan("表1", "AA1")},
		{RuleID: "c", Span: table.CellSpan("表1", "B9")},
		{RuleID: "c", Span: table.CellSpan("表1", "Z1")},
	}
	fs = finished(&Linter{}, fs, nil)
	var got []string
	for _, f := range fs {
		got = append(got, f.Span.Cell()+f.RuleID+f.Message)
	}
	want := []string{"a", "ax", "ay", "b", "Z1c", "AA1c", "B9c", "B10c"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q; want %q", got, want)
	}
}

// TestParallel lints documents from several goroutines with one linter, each
// with its own worker, and gets what a single worker gets. Run with -race.
func TestParallel(t *testing.T) {
	l := mustLinter(t, loadSet(t, "lint.yaml"), "zh")
	want := describe(l.Worker().Lint(testDoc("t.txt")).Findings)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := l.Worker()
			for range 20 {
				if got := describe(w.Lint(testDoc("t.txt")).Findings); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("parallel run gave:\n%s\nwant:\n%s", got, want)
	}
}

// TestFingerprintKey checks fingerprints against the hash of their key written
// out: rule, path, unit, project, indicator, field and text without white
// space, joined by NUL, with a counter for a key seen before.
func TestFingerprintKey(t *testing.T) {
	fs := []Finding{
		{RuleID: "typo", Path: "a.txt", Unit: "局", Project: "甲", Indicator: "1", Field: "annual", Text: "正产 运转\n"},
		{RuleID: "typo", Path: "a.txt", Unit: "局", Project: "甲", Indicator: "1", Field: "annual", Text: "正产运转"},
		{RuleID: "bad", Path: "b.txt", Text: "x\xffy z"},
	}
	fingerprint(fs)
	for i, key := range []string{
		"typo\x00a.txt\x00局\x00甲\x001\x00annual\x00正产运转",
		"typo\x00a.txt\x00局\x00甲\x001\x00annual\x00正产运转\x001",
		"bad\x00b.txt\x00\x00\x00\x00\x00x\uFFFDyz",
	} {
		sum := sha256.Sum256([]byte(key))
		if want := hex.EncodeToString(sum[:16]); fs[i].Fingerprint != want {
			t.Errorf("finding %d: fingerprint %s, want %s (of %q)", i, fs[i].Fingerprint, want, key)
		}
	}
}

// finished adds fs to a found as emit does and returns what finish makes
// of them; res may be nil.
func finished(l *Linter, fs []Finding, res *FileResult) []Finding {
	var fd found
	for _, f := range fs {
		*fd.add(nil) = f
	}
	if res == nil {
		res = &FileResult{}
	}
	l.finish(&fd, res)
	return res.Findings
}

// TestFinishAsPlainSort compares finish, over files from none to several
// chunks of findings, in order or not, with a stable sort of one slice.
func TestFinishAsPlainSort(t *testing.T) {
	for _, n := range []int{0, 1, 2, 31, 32, 33, 100, 5000, 20000} {
		for seed := range 3 {
			fs := make([]Finding, n)
			for i := range fs {
				fs[i] = Finding{RuleID: string(rune('a' + (i*7+seed*3)%11)), Message: string(rune('A' + i%5)), Text: strconv.Itoa(i),
					Span: table.Span{Line: int32((i*13 + seed) % 9)}}
				if seed == 2 { // in order already
					fs[i].Span.Line = int32(i)
				}
			}
			want := slices.Clone(fs)
			slices.SortStableFunc(want, func(a, b Finding) int { return compareFindings(&a, &b) })
			fingerprint(want)
			got := finished(&Linter{}, fs, nil)
			if len(got) != n {
				t.Fatalf("n=%d seed=%d: %d findings", n, seed, len(got))
			}
			for i := range got {
				if got[i].Text != want[i].Text || got[i].Fingerprint != want[i].Fingerprint {
					t.Fatalf("n=%d seed=%d: finding %d is %+v; want %+v", n, seed, i, got[i], want[i])
				}
			}
		}
	}
}
