package funcs

import "github.com/jxlint/jxlint/table"

// DocumentFacts are yes-or-no facts of a whole table, found once per document
// in one pass over its rows, before its rules run, and read as
// documentFacts.x. Document rules list them under if: a rule that walks every
// row for something most tables do not hold then runs only on the tables
// that hold it.
type DocumentFacts struct {
	AmountProblem  bool `expr:"amountProblem"`  // an amount that is no number: a problem of kind invalid-amount of the document or of a project
	NegativeAmount bool `expr:"negativeAmount"` // negativeCells of the 合计 row, of a unit or of a project is not empty
	Malformed      bool `expr:"malformed"`      // an indicator item could not be split: a problem of kind malformed-indicator of the document or of a project
	BadRowSum      bool `expr:"badRowSum"`      // badRowSum of the 合计 row, of a unit or of a project
	BadTotalSum    bool `expr:"badTotalSum"`    // a column of the 合计 row is not the sum of the units, as sum-total checks: badTotalSum(document)

	Set FactSet `expr:"-"` // the facts above that are true, as bits, for the rules' `if` lists
}

// DocumentFactNames are the names of the yes-or-no facts of a document, by
// bit: the expr names of the bool fields of DocumentFacts.
var DocumentFactNames = []string{"amountProblem", "negativeAmount", "malformed", "badRowSum", "badTotalSum"}

// FindDocument fills f with the facts of doc.
func FindDocument(doc *table.Document, f *DocumentFacts) {
	*f = DocumentFacts{}
	f.problems(doc.Problems)
	f.row(doc.Total)
	for _, u := range doc.Units {
		f.row(&u.Amounts)
		for _, p := range u.Projects {
			f.problems(p.Problems)
			f.row(&p.Amounts)
		}
	}
	f.BadTotalSum = badTotalSum(doc)
	f.findSet()
}

// problems notes the kinds of ps.
func (f *DocumentFacts) problems(ps []table.Problem) {
	for i := range ps {
		switch ps[i].Kind {
		case "invalid-amount":
			f.AmountProblem = true
		case "malformed-indicator":
			f.Malformed = true
		}
	}
}

// row notes what the amounts of one row hold; a is nil for a table without
// a 合计 row.
func (f *DocumentFacts) row(a *table.Amounts) {
	if a == nil {
		return
	}
	if !f.NegativeAmount {
		for c, cell := range a.Cells {
			if !cell.Invalid && a.Get(c).IsNegative() {
				f.NegativeAmount = true
			}
		}
	}
	f.BadRowSum = f.BadRowSum || badRowSum(a)
}

// findSet sets f.Set from the other facts of f.
func (f *DocumentFacts) findSet() {
	f.Set = setOf(f.AmountProblem, f.NegativeAmount, f.Malformed, f.BadRowSum, f.BadTotalSum)
}
