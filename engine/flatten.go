package engine

import (
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/builtin"
)

// flattenOption declares flatten for rules as expr's flatten, the elements of
// nested lists in order, except that an object of the table stays itself:
// expr's flatten copies the struct each pointer points to, and a finding
// that names a copy could not be placed in the table.
func flattenOption() expr.Option {
	return expr.Function("flatten", func(p ...any) (any, error) {
		v := reflect.ValueOf(p[0])
		if k := v.Kind(); k != reflect.Slice && k != reflect.Array {
			return nil, errorf("flatten: argument is %s, not a list", "flatten：参数是 %s，不是列表", typeName(p[0]))
		}
		return flatten(v, []any{}, 0)
	}, new(func(any) []any))
}

// flatten appends the elements of the list v to out, those of its lists in
// their place.
func flatten(v reflect.Value, out []any, depth int) ([]any, error) {
	if depth > builtin.MaxDepth {
		return nil, builtin.ErrorMaxDepth
	}
	for i := range v.Len() {
		e := v.Index(i)
		if e.Kind() == reflect.Interface {
			e = e.Elem()
		}
		var err error
		switch {
		case !e.IsValid():
			out = append(out, nil)
		case e.Kind() == reflect.Slice || e.Kind() == reflect.Array:
			out, err = flatten(e, out, depth+1)
		default:
			out = append(out, e.Interface())
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
