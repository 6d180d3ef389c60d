package tablegen_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// readGenerated generates a table and reads it with the text reader.
func readGenerated(t *testing.T, opt tablegen.Options) (*table.Document, tablegen.Manifest) {
	t.Helper()
	var b bytes.Buffer
	m, err := tablegen.Generate(&b, opt)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("generated.txt", b.Bytes())
	var te *table.Error
	if errors.As(err, &te) && strings.Contains(te.Msg, "no reader") {
		t.Skip("no text reader registered")
	}
	if err != nil {
		t.Fatalf("reading the generated table: %v", err)
	}
	return doc, m
}

func TestTextReaderReadsGeneratedTable(t *testing.T) {
	for _, opt := range []tablegen.Options{
		{Seed: 21, Units: 12, PageBreakEvery: 9},
		{Seed: 22, Units: 12, PageBreakEvery: 5, Rates: tablegen.UniformRates(0.2)},
	} {
		doc, m := readGenerated(t, opt)
		if doc.Department != m.Department || doc.MoneyUnit != "万元" {
			t.Errorf("seed %d: read department %q, money unit %q; want %q, 万元", opt.Seed, doc.Department, doc.MoneyUnit, m.Department)
		}
		// Amounts written as text are recorded where they are written: on the
		// project's line and on its repeat after a page break.
		approx := map[int]bool{}
		for _, d := range m.Defects {
			if d.Kind == tablegen.KindInvalidAmount {
				approx[d.Line] = true
				if d.Continued > 0 {
					approx[d.Continued] = true
				}
			}
		}
		for _, pr := range doc.Problems {
			if pr.Kind != "invalid-amount" || !approx[int(pr.Span.Line)] {
				t.Errorf("seed %d: reading problem %+v", opt.Seed, pr)
			}
		}
		projects, indicators := 0, 0
		for _, u := range doc.Units {
			for _, p := range u.Projects {
				projects++
				indicators += len(p.Indicators)
				for _, pr := range p.Problems {
					// Injected half-width label colons and malformed items are recorded.
					if pr.Kind != "mixed-punctuation" && pr.Kind != "malformed-indicator" {
						t.Errorf("seed %d: project %s: reading problem %+v", opt.Seed, p.Name, pr)
					}
				}
			}
		}
		if len(doc.Units) != m.Units || projects != m.Projects || indicators != m.Indicators {
			t.Errorf("seed %d: read %d units, %d projects, %d indicators; generated %d, %d, %d",
				opt.Seed, len(doc.Units), projects, indicators, m.Units, m.Projects, m.Indicators)
		}
		checkIndicatorDefects(t, doc, m)
	}
}

// annualMarks are words an injected defect leaves in the annual value.
var annualMarks = map[tablegen.Kind]string{tablegen.KindTopicMismatch: "游戏", tablegen.KindVagueTimeliness: "及时"}

// checkIndicatorDefects finds each indicator defect of m where the reader put
// it (the project on the defect's line) and checks what the reader sees there.
func checkIndicatorDefects(t *testing.T, doc *table.Document, m tablegen.Manifest) {
	t.Helper()
	byLine := map[int]*table.Project{}
	for _, u := range doc.Units {
		for _, p := range u.Projects {
			byLine[int(p.Spans.Name.Line)] = p
		}
	}
	for _, d := range m.Defects {
		if d.Indicator == "" {
			continue
		}
		p := byLine[d.Line]
		if p == nil || p.Name != d.Project {
			t.Errorf("%s: no project %s read on line %d", d.Kind, d.Project, d.Line)
			continue
		}
		if d.Kind == tablegen.KindMalformed {
			if !slices.ContainsFunc(p.Problems, func(pr table.Problem) bool {
				return pr.Kind == "malformed-indicator" && strings.HasPrefix(pr.Text, d.Indicator+"、")
			}) {
				t.Errorf("line %d: project %s has no malformed item %s", d.Line, d.Project, d.Indicator)
			}
			continue
		}
		var in *table.Indicator
		for _, x := range p.Indicators {
			if x.Number == d.Indicator {
				in = x
			}
		}
		if in == nil {
			t.Errorf("%s: line %d: project %s has no indicator %s", d.Kind, d.Line, d.Project, d.Indicator)
			continue
		}
		switch d.Kind {
		case tablegen.KindSameValues:
			if in.Period != in.Annual {
				t.Errorf("line %d indicator %s: period %q, annual %q; want them equal", d.Line, d.Indicator, in.Period, in.Annual)
			}
		case tablegen.KindCategoryName:
			if in.Name != d.Detail {
				t.Errorf("line %d indicator %s: name %q, want %q", d.Line, d.Indicator, in.Name, d.Detail)
			}
		case tablegen.KindUnknownCategory:
			if in.Level2.Name != d.Detail {
				t.Errorf("line %d indicator %s: second level %q, want %q", d.Line, d.Indicator, in.Level2.Name, d.Detail)
			}
		case tablegen.KindCodeMismatch:
			if got := in.Level2.Code + "-" + in.Level2.Name; got != d.Detail {
				t.Errorf("line %d indicator %s: second level %q, want %q", d.Line, d.Indicator, got, d.Detail)
			}
		case tablegen.KindEmptyValue:
			if v := map[string]string{"实施周期指标值": in.Period, "年度指标值": in.Annual}[d.Detail]; v != "" {
				t.Errorf("line %d indicator %s: %s %q, want it empty", d.Line, d.Indicator, d.Detail, v)
			}
		case tablegen.KindTopicMismatch, tablegen.KindVagueTimeliness:
			if !strings.Contains(in.Annual, annualMarks[d.Kind]) {
				t.Errorf("line %d indicator %s: %s defect not in annual value %q", d.Line, d.Indicator, d.Kind, in.Annual)
			}
		}
	}
}

func TestTextReaderSumsReconcile(t *testing.T) {
	doc, _ := readGenerated(t, tablegen.Options{Seed: 23, Units: 10, PageBreakEvery: 8})
	var total [4]decimal.Decimal
	for _, u := range doc.Units {
		var sum [4]decimal.Decimal
		for _, p := range u.Projects {
			for c := range 4 {
				sum[c] = sum[c].Add(p.Amounts.Get(c))
			}
			if f := p.Amounts.Fiscal.Add(p.Amounts.Special).Add(p.Amounts.Other); !f.Equal(p.Amounts.Total) {
				t.Errorf("project %s: 总计 %s, funding columns sum to %s", p.Name, p.Amounts.Total, f)
			}
		}
		for c := range 4 {
			if !sum[c].Equal(u.Amounts.Get(c)) {
				t.Errorf("unit %s column %d: %s, projects sum to %s", u.Name, c, u.Amounts.Get(c), sum[c])
			}
			total[c] = total[c].Add(u.Amounts.Get(c))
		}
	}
	if doc.Total == nil {
		t.Fatal("no 合计 row read")
	}
	for c := range 4 {
		if !total[c].Equal(doc.Total.Get(c)) {
			t.Errorf("合计 column %d: %s, units sum to %s", c, doc.Total.Get(c), total[c])
		}
	}
}
