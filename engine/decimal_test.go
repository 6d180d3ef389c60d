package engine

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr"
	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/table"
)

// TestDecimalOperators runs each operator with a decimal on either side and a
// decimal, pointer, int, float or run-time value on the other; every case must
// be true. Project 甲 has total 100.50, fiscal 60.50, other 40; weight is 2.5.
func TestDecimalOperators(t *testing.T) {
	doc := testDoc("t.txt")
	w := dec("2.5")
	env := &Env{Document: doc, Unit: doc.Units[0], Project: doc.Units[0].Projects[0],
		Indicator: &table.Indicator{Weight: &w}, Params: map[string]any{"limit": 100, "rate": 0.5, "amount": dec("100.5")}}
	cases := []string{
		// decimal with decimal
		"project.amounts.total == project.amounts.fiscal + project.amounts.other",
		"project.amounts.total - project.amounts.fiscal == project.amounts.other",
		"project.amounts.fiscal * project.amounts.special == project.amounts.special",
		"project.amounts.total != project.amounts.fiscal",
		"project.amounts.fiscal < project.amounts.total && project.amounts.total > project.amounts.fiscal",
		"project.amounts.fiscal <= project.amounts.total && project.amounts.total >= project.amounts.total",
		// decimal with int, both orders
		"project.amounts.total > 100 && 100 < project.amounts.total",
		"project.amounts.other == 40 && 40 == project.amounts.other",
		"project.amounts.other != 41 && 41 != project.amounts.other",
		"project.amounts.other <= 40 && 40 >= project.amounts.other",
		"project.amounts.other + 1 == 41 && 1 + project.amounts.other == 41",
		"project.amounts.other - 1 == 39 && 50 - project.amounts.other == 10",
		"project.amounts.other * 2 == 80 && 2 * project.amounts.other == 80",
		// decimal with float, both orders: exact, 0.1 + 0.2 is 0.3
		"project.amounts.total == 100.5 && 100.5 == project.amounts.total",
		"project.amounts.total > 100.49 && 100.51 > project.amounts.total",
		"project.amounts.special + 0.1 + 0.2 == 0.3",
		"0.5 * project.amounts.other == 20 && project.amounts.other * 0.5 == 20",
		"100.6 - project.amounts.total == 0.1",
		// pointer to decimal, both orders
		"indicator.weight == 2.5 && 2.5 == indicator.weight",
		"indicator.weight * 2 == 5 && 2 * indicator.weight == 5",
		"indicator.weight < project.amounts.other && project.amounts.other > indicator.weight",
		// values known at run time: parameters
		"project.amounts.total > params.limit && params.limit < project.amounts.total",
		"project.amounts.other * params.rate == 20 && params.rate * project.amounts.other == 20",
		"params.amount == project.amounts.total && project.amounts.total == params.amount",
		"project.amounts.total - params.limit == 0.5",
		// missing values compare unequal
		"project.amounts.total != params.missing && params.missing != project.amounts.total",
		// exact sums
		"dsum(map(unit.projects, .amounts.total)) == 150.5",
		"unit.amounts.total == dsum(map(unit.projects, .amounts.total)) + 1",
		"dsum([]) == 0",
		"dsum([1, 2.5, project.amounts.other]) == 43.5",
	}
	opts := append([]expr.Option{expr.Env(Env{})}, decimalOptions()...)
	for _, src := range cases {
		p, err := expr.Compile(src, opts...)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		out, err := expr.Run(p, env)
		if err != nil || out != true {
			t.Errorf("%s = %v, %v; want true", src, out, err)
		}
	}
}

// TestDecimalOperatorErrors checks the mistakes reported when compiling and
// when running: a string is not a number.
func TestDecimalOperatorErrors(t *testing.T) {
	opts := append([]expr.Option{expr.Env(Env{})}, decimalOptions()...)
	if _, err := expr.Compile(`project.amounts.total > "100"`, opts...); err == nil {
		t.Error("decimal > string compiled; want a type error")
	}
	p, err := expr.Compile(`project.amounts.total > params.limit`, opts...)
	if err != nil {
		t.Fatal(err)
	}
	env := &Env{Project: &table.Project{Amounts: table.Amounts{Total: decimal.NewFromInt(1)}}, Params: map[string]any{"limit": "x"}}
	_, err = expr.Run(p, env)
	if err == nil || !strings.Contains(err.Error(), "invalid operation: > between decimal.Decimal and string") {
		t.Errorf("run error = %v; want invalid operation between decimal and string", err)
	}
}
