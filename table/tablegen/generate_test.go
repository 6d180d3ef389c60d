package tablegen

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// defective are options that inject every kind of defect often.
var defective = Options{Seed: 7, Units: 6, PageBreakEvery: 12, Rates: UniformRates(0.15)}

// generate returns the table and manifest for opt, failing t on error.
func generate(t *testing.T, opt Options) (string, Manifest) {
	t.Helper()
	var b bytes.Buffer
	m, err := Generate(&b, opt)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if m.Bytes != int64(b.Len()) {
		t.Errorf("manifest says %d bytes, %d written", m.Bytes, b.Len())
	}
	return b.String(), m
}

func TestSameSeedSameBytes(t *testing.T) {
	a, _ := generate(t, defective)
	b, _ := generate(t, defective)
	if a != b {
		t.Fatal("two runs with the same options wrote different tables")
	}
	other := defective
	other.Seed++
	if c, _ := generate(t, other); c == a {
		t.Fatal("seeds 7 and 8 wrote the same table")
	}
}

func TestRatesLeaveCleanContentAlone(t *testing.T) {
	clean := defective
	clean.Rates = Rates{}
	_, mc := generate(t, clean)
	_, md := generate(t, defective)
	if mc.Units != md.Units || mc.Department != md.Department {
		t.Errorf("rates changed the units: %d %s vs %d %s", mc.Units, mc.Department, md.Units, md.Department)
	}
}

func TestAmountsReconcileInACleanTable(t *testing.T) {
	opt := Options{Seed: 3, Units: 8, PageBreakEvery: 10}
	text, m := generate(t, opt)
	rows := parseTable(t, text)
	if found := detect(rows); len(found) != 0 {
		t.Errorf("a table without injected defects has defects: %v", found)
	}
	if len(m.Defects) != 0 || len(m.Counts) != 0 {
		t.Errorf("manifest of a clean table lists defects: %v", m.Counts)
	}
	if rows[0].kind != "total" {
		t.Fatalf("first data row is a %s row, want the 合计 row", rows[0].kind)
	}
}

func TestManifestMatchesText(t *testing.T) {
	for _, opt := range []Options{
		defective,
		{Seed: 11, Units: 20, PageBreakEvery: 7, Rates: withTotalSum(UniformRates(0.3))},
		{Seed: 12, Units: 3, IndicatorsPerProject: Range{1, 8}, Rates: UniformRates(0.5)},
	} {
		text, m := generate(t, opt)
		rows := parseTable(t, text)
		got, want := detect(rows), manifestKeys(m)
		if !slices.Equal(got, want) {
			t.Errorf("seed %d: defects in the text and in the manifest differ\ntext only:     %v\nmanifest only: %v",
				opt.Seed, minus(got, want), minus(want, got))
		}
		counts := map[Kind]int{}
		for _, d := range m.Defects {
			counts[d.Kind]++
		}
		for _, k := range Kinds {
			if counts[k] != m.Counts[k] {
				t.Errorf("seed %d: Counts[%s] = %d, %d defects listed", opt.Seed, k, m.Counts[k], counts[k])
			}
			if counts[k] == 0 && opt.Seed == 11 {
				t.Errorf("seed %d: no %s defect at rate 0.3", opt.Seed, k)
			}
		}
		units, projects, indicators := 0, 0, 0
		for _, r := range rows {
			switch r.kind {
			case "unit":
				units++
			case "project":
				projects++
				for _, it := range r.items {
					if !it.malformed {
						indicators++
					}
				}
			}
		}
		if units != m.Units || projects != m.Projects || indicators != m.Indicators {
			t.Errorf("seed %d: text has %d units, %d projects, %d indicators; manifest %d, %d, %d",
				opt.Seed, units, projects, indicators, m.Units, m.Projects, m.Indicators)
		}
		if n := strings.Count(text, "\n") + 1; n != m.Lines {
			t.Errorf("seed %d: text has %d lines, manifest %d", opt.Seed, n, m.Lines)
		}
		if n := strings.Count(text, headerLine); n != m.Pages {
			t.Errorf("seed %d: text has %d pages, manifest %d", opt.Seed, n, m.Pages)
		}
	}
}

// withTotalSum returns r with a wrong 合计 row for certain.
func withTotalSum(r Rates) Rates {
	r.TotalSum = 1
	return r
}

// minus returns the elements of a not in b.
func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func TestGenerateSizeHitsTheSize(t *testing.T) {
	for _, size := range []int64{20_000, 300_000, 3_000_000} {
		var b bytes.Buffer
		m, err := GenerateSize(&b, Options{Seed: 5, PageBreakEvery: 30, Rates: UniformRates(0.02)}, size)
		if err != nil {
			t.Fatal(err)
		}
		if off := float64(int64(b.Len())-size) / float64(size); off < -0.03 || off > 0.03 {
			t.Errorf("GenerateSize(%d) wrote %d bytes, %.1f%% off", size, b.Len(), 100*off)
		}
		if m.Bytes != int64(b.Len()) {
			t.Errorf("GenerateSize(%d): manifest says %d bytes, %d written", size, m.Bytes, b.Len())
		}
		rows := parseTable(t, b.String())
		if got, want := detect(rows), manifestKeys(m); !slices.Equal(got, want) {
			t.Errorf("GenerateSize(%d): text only %v, manifest only %v", size, minus(got, want), minus(want, got))
		}
	}
}

func TestPageLayoutIsTheCorpusLayout(t *testing.T) {
	corpus, err := os.ReadFile("../../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := generate(t, Options{Seed: 1, Units: 2, ProjectsPerUnit: Range{8, 8}, PageBreakEvery: 10})
	got, want := shape(text), shape(string(corpus))
	want = want[:strings.Index(want, "C\n")+2]
	if !strings.HasPrefix(got, want) {
		t.Errorf("first page and break differ from the corpus:\ngot  %q\nwant %q", got[:min(len(got), len(want))], want)
	}
}

// shape reduces a table to one letter per line: blank, Title, Department, Money
// unit, Header, 合计 (S), unit (U), project (P), short continuation (C).
func shape(text string) string {
	var b strings.Builder
	prevHeader := 0
	for line := range strings.SplitSeq(text, "\n") {
		cells := strings.Split(line, "\t")
		switch {
		case line == "":
			b.WriteByte('_')
		case line == titleLine:
			b.WriteByte('T')
		case strings.HasPrefix(line, deptPrefix):
			b.WriteByte('D')
		case line == moneyLine:
			b.WriteByte('M')
		case line == headerLine:
			prevHeader++
			b.WriteByte('H')
			b.WriteByte('\n')
			continue
		case cells[0] == totalLabel:
			b.WriteByte('S')
		case len(cells) == 7 && cells[5] == "" && cells[6] == "":
			b.WriteByte('U')
		case prevHeader > 1 && strings.HasSuffix(b.String(), "H\n"):
			b.WriteByte('C')
		default:
			b.WriteByte('P')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	text, _ := generate(t, Options{Seed: 2, Units: 2, ProjectsPerUnit: Range{2, 3}, PageBreakEvery: 5,
		Rates: Rates{Typo: 0.3, HalfWidth: 0.3, SameValues: 0.3, RowSum: 0.2}})
	path := filepath.Join("testdata", "seed2.txt")
	if *update {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if text != string(want) {
		t.Errorf("output for seed 2 changed; if intended, review and rerun with -update")
	}
}

func TestOptionErrors(t *testing.T) {
	for _, tc := range []struct {
		opt  Options
		want string
	}{
		{Options{}, "Units is 0"},
		{Options{Units: 1, IndicatorsPerProject: Range{3, 9}}, "IndicatorsPerProject is 3–9"},
		{Options{Units: 1, ProjectsPerUnit: Range{5, 2}}, "ProjectsPerUnit is 5–2"},
		{Options{Units: 1, Rates: Rates{Typo: 1.5}}, "rate typo is 1.5"},
		{Options{Units: 1, PageBreakEvery: -1}, "PageBreakEvery is -1"},
	} {
		_, err := Generate(&bytes.Buffer{}, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Generate(%+v) error = %v, want one saying %q", tc.opt, err, tc.want)
		}
	}
	var r Rates
	if err := r.Set("misspelling", 0.1); err == nil || !strings.Contains(err.Error(), `unknown defect kind "misspelling"`) {
		t.Errorf("Rates.Set with an unknown kind: error = %v", err)
	}
	if err := r.Set(KindTypo, 0.25); err != nil || r.Typo != 0.25 {
		t.Errorf("Rates.Set(typo, 0.25): error %v, Typo = %v", err, r.Typo)
	}
	if _, err := GenerateSize(&bytes.Buffer{}, Options{}, 0); err == nil {
		t.Error("GenerateSize with size 0: no error")
	}
}

func TestManifestMatchesTextAcrossOptions(t *testing.T) {
	for seed := uint64(200); seed < 300; seed++ {
		opt := Options{Seed: seed, Units: 1 + int(seed%7), PageBreakEvery: int(seed % 5),
			ProjectsPerUnit: Range{Min: 1, Max: 1 + int(seed%9)}, IndicatorsPerProject: Range{Min: 1, Max: 1 + int(seed%8)},
			Rates: UniformRates(float64(seed%5) / 4)}
		text, m := generate(t, opt)
		if got, want := detect(parseTable(t, text)), manifestKeys(m); !slices.Equal(got, want) {
			t.Errorf("seed %d: text only %v, manifest only %v", seed, minus(got, want), minus(want, got))
		}
	}
}
