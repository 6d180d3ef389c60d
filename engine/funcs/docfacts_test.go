package funcs

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

// TestDocumentFactsAgreeWithHelpers finds the facts of the rule examples, the
// corpus and generated tables with every defect kind, and compares each with
// what the helpers it stands for give on every row and problem.
func TestDocumentFactsAgreeWithHelpers(t *testing.T) {
	files, _ := filepath.Glob("../../rules/default/testdata/*.txt")
	csvs, _ := filepath.Glob("../../rules/default/testdata/*.csv")
	files = append(append(files, csvs...), "../../testdata/corpus/pazhou-project-goals.txt")
	var docs []*table.Document
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := table.Read(name, data); err == nil {
			docs = append(docs, doc)
		}
	}
	for seed := uint64(1); seed <= 8; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, Rates: tablegen.UniformRates(0.002)}, 32<<10)
		docs = append(docs, doc)
	}
	var seen, unseen DocumentFacts // the facts that some table holds, and that some table does not
	for _, doc := range docs {
		var want DocumentFacts
		kinds := func(ps []table.Problem) {
			for _, p := range ps {
				want.AmountProblem = want.AmountProblem || p.Kind == "invalid-amount"
				want.Malformed = want.Malformed || p.Kind == "malformed-indicator"
			}
		}
		row := func(v any) {
			want.NegativeAmount = want.NegativeAmount || len(negativeCells(v)) > 0
			want.BadRowSum = want.BadRowSum || badRowSum(v)
		}
		kinds(doc.Problems)
		row(doc.Total)
		for _, u := range doc.Units {
			row(u.Amounts)
			for _, p := range u.Projects {
				kinds(p.Problems)
				row(p)
			}
		}
		want.BadTotalSum = plainBadTotalSum(doc)
		want.findSet()
		var got DocumentFacts
		FindDocument(doc, &got)
		if got != want {
			t.Errorf("%s: facts %+v, want %+v", doc.Path, got, want)
		}
		seen.Set |= want.Set
		unseen.Set |= ^want.Set
	}
	if all := FactSet(1)<<len(DocumentFactNames) - 1; seen.Set&all != all || unseen.Set&all != all {
		t.Errorf("every fact should hold in some table and not in another: held %b, not held %b", seen.Set&all, unseen.Set&all)
	}
}

// plainBadTotalSum is what sum-total's when and check say, in decimal
// arithmetic without shortcuts.
func plainBadTotalSum(doc *table.Document) bool {
	if doc.Total == nil || !hasAmounts(doc.Total) || hasInvalid(doc.Total) {
		return false
	}
	for _, u := range doc.Units {
		if hasInvalid(u.Amounts) {
			return false
		}
	}
	for c := range doc.Total.Cells {
		sum := decimal.Zero
		for _, u := range doc.Units {
			if hasAmounts(u.Amounts) {
				sum = sum.Add(u.Amounts.Get(c))
				continue
			}
			for _, p := range u.Projects {
				sum = sum.Add(p.Amounts.Get(c))
			}
		}
		if !sum.Equal(doc.Total.Get(c)) {
			return true
		}
	}
	return false
}

// TestBadUnitSumAsPlain compares badUnitSum with what sum-unit's when and
// check said before, in decimal arithmetic without shortcuts, on every unit
// of generated tables with sum defects and of the rule examples.
func TestBadUnitSumAsPlain(t *testing.T) {
	bad := 0
	for seed := uint64(1); seed <= 8; seed++ {
		doc := generatedDoc(t, tablegen.Options{Seed: seed, Rates: tablegen.UniformRates(0.05)}, 32<<10)
		for _, u := range doc.Units {
			want := false
			if hasAmounts(u) && len(u.Projects) > 0 && !hasInvalid(u) &&
				!slices.ContainsFunc(u.Projects, func(p *table.Project) bool { return hasInvalid(p) }) {
				for c := range u.Amounts.Cells {
					sum := decimal.Zero
					for _, p := range u.Projects {
						sum = sum.Add(p.Amounts.Get(c))
					}
					want = want || !sum.Equal(u.Amounts.Get(c))
				}
			}
			if got := badUnitSum(u); got != want {
				t.Errorf("badUnitSum of unit %q = %v, want %v", u.Name, got, want)
			}
			if want {
				bad++
			}
		}
	}
	if bad == 0 {
		t.Error("no unit with a bad sum: nothing tested")
	}
}
