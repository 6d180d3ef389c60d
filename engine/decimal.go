package engine

import (
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/shopspring/decimal"
)

// decimalOps are the operators overloaded for decimals: what each computes,
// and whether it compares (gives a bool) or computes a decimal.
var decimalOps = map[string]struct {
	compare bool
	apply   func(a, b decimal.Decimal) any
}{
	"+":  {false, func(a, b decimal.Decimal) any { return a.Add(b) }},
	"-":  {false, func(a, b decimal.Decimal) any { return a.Sub(b) }},
	"*":  {false, func(a, b decimal.Decimal) any { return a.Mul(b) }},
	"==": {true, func(a, b decimal.Decimal) any { return a.Equal(b) }},
	"!=": {true, func(a, b decimal.Decimal) any { return !a.Equal(b) }},
	"<":  {true, func(a, b decimal.Decimal) any { return a.LessThan(b) }},
	">":  {true, func(a, b decimal.Decimal) any { return a.GreaterThan(b) }},
	"<=": {true, func(a, b decimal.Decimal) any { return a.LessThanOrEqual(b) }},
	">=": {true, func(a, b decimal.Decimal) any { return a.GreaterThanOrEqual(b) }},
}

var (
	decimalType    = reflect.TypeFor[decimal.Decimal]()
	decimalPtrType = reflect.TypeFor[*decimal.Decimal]()
	boolType       = reflect.TypeFor[bool]()
)

// decimalOptions declares the decimal operators and dsum. An operator whose
// one side is a decimal (or a pointer to one) and whose other side is a
// decimal, a number or a value known only at run time (params.limit) becomes a
// call of exact decimal arithmetic, so `project.amounts.total > 1000` and
// `1000 < project.amounts.total` both work.
func decimalOptions() []expr.Option {
	return []expr.Option{expr.Patch(&decimalPatcher{}), expr.Function("dsum", dsum,
		new(func([]decimal.Decimal) decimal.Decimal), new(func([]any) decimal.Decimal))}
}

// decimalPatcher replaces binary operators on decimals with calls. Unlike
// expr.Operator it leaves alone an operand whose type is unknown because it
// failed to check (project.amout), so that the checker still reports it.
type decimalPatcher struct {
	applied bool
}

// Visit patches one node.
func (p *decimalPatcher) Visit(node *ast.Node) {
	b, ok := (*node).(*ast.BinaryNode)
	if !ok {
		return
	}
	d, ok := decimalOps[b.Operator]
	if !ok {
		return
	}
	l, r := b.Left.Nature().Type, b.Right.Nature().Type // nil when the operand failed to check
	if ok := isDecimalType(l) && isOperand(r) || isOperand(l) && isDecimalType(r); !ok {
		return
	}
	fn := decimalCall(b.Operator, d.apply)
	callee := &ast.ConstantNode{Value: fn} // called directly, as a function of a known type
	callee.SetType(reflect.TypeOf(fn))
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{b.Left, b.Right}}
	if d.compare {
		call.SetType(boolType)
	} else {
		call.SetType(decimalType)
	}
	ast.Patch(node, call)
	p.applied = true
}

// Reset is called before each pass over the tree.
func (p *decimalPatcher) Reset() { p.applied = false }

// ShouldRepeat asks for another pass after a change, so that nested operators
// see the decimal type of the calls patched inside them.
func (p *decimalPatcher) ShouldRepeat() bool { return p.applied }

// isDecimalType reports whether t is decimal.Decimal or a pointer to it.
func isDecimalType(t reflect.Type) bool {
	return t == decimalType || t == decimalPtrType
}

// isOperand reports whether a value of type t can meet a decimal: a decimal,
// a number, or an interface checked at run time. A nil type (a node that failed
// to check) is not.
func isOperand(t reflect.Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Float64, reflect.Interface:
		return true
	}
	return isDecimalType(t)
}

// decimalCall returns the run-time body of an overloaded operator, as the
// operator's calls call it; a failure is raised as expr raises it.
func decimalCall(op string, apply func(a, b decimal.Decimal) any) func(x, y any) any {
	return func(x, y any) any {
		a, aok := toDecimal(x)
		b, bok := toDecimal(y)
		switch {
		case aok && bok:
			return apply(a, b)
		case (op == "==" || op == "!=") && (x == nil || y == nil || isNilDecimal(x) || isNilDecimal(y)):
			return op == "!=" // a missing value equals nothing, but ordering it is a mistake
		}
		panic(errorf("invalid operation: %s between %s and %s", "无效的运算：%[2]s 与 %[3]s 之间不能用 %[1]s", op, typeName(x), typeName(y)))
	}
}

// dsum adds a list of decimals (or numbers) exactly.
func dsum(params ...any) (any, error) {
	sum := decimal.Zero
	switch list := params[0].(type) {
	case []decimal.Decimal:
		for _, d := range list {
			sum = sum.Add(d)
		}
	case []any:
		for i, v := range list {
			d, ok := toDecimal(v)
			if !ok {
				return nil, errorf("dsum: element %d is %s, not a number", "dsum：第 %d 个元素是 %s，不是数", i, typeName(v))
			}
			sum = sum.Add(d)
		}
	default:
		return nil, errorf("dsum: argument is %s, not a list", "dsum：参数是 %s，不是列表", typeName(params[0]))
	}
	return sum, nil
}

// toDecimal converts a number to a decimal; it fails for nil and non-numbers.
func toDecimal(v any) (decimal.Decimal, bool) {
	switch x := v.(type) {
	case decimal.Decimal:
		return x, true
	case *decimal.Decimal:
		if x == nil {
			return decimal.Decimal{}, false
		}
		return *x, true
	case int:
		return decimal.NewFromInt(int64(x)), true
	case int64:
		return decimal.NewFromInt(x), true
	case float64:
		return decimal.NewFromFloat(x), true
	}
	return decimal.Decimal{}, false
}

// isNilDecimal reports whether v is a nil *decimal.Decimal.
func isNilDecimal(v any) bool {
	p, ok := v.(*decimal.Decimal)
	return ok && p == nil
}

// typeName names the type of v for error messages.
func typeName(v any) string {
	if v == nil {
		return "nil"
	}
	return reflect.TypeOf(v).String()
}
