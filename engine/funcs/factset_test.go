package funcs

import (
	"reflect"
	"slices"
	"testing"
)

// TestFactSetBits checks that the bit of each fact name is set from the bool
// field of that expr name, and from no other, and that every bool field has
// a name.
func TestFactSetBits(t *testing.T) {
	checkBits[IndicatorFacts](t, IndicatorFactNames, (*IndicatorFacts).findSet, func(f *IndicatorFacts) FactSet { return f.Set })
	checkBits[ProjectFacts](t, ProjectFactNames, (*ProjectFacts).findSet, func(f *ProjectFacts) FactSet { return f.Set })
}

func checkBits[T any](t *testing.T, names []string, find func(*T), set func(*T) FactSet) {
	t.Helper()
	typ := reflect.TypeFor[T]()
	var fields []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name := f.Tag.Get("expr")
		if f.Type.Kind() != reflect.Bool || name == "" || name == "-" {
			continue
		}
		fields = append(fields, name)
		var v T
		reflect.ValueOf(&v).Elem().Field(i).SetBool(true)
		find(&v)
		bit := slices.Index(names, name)
		if bit < 0 {
			t.Errorf("%s: bool fact %q has no bit", typ, name)
			continue
		}
		if got := set(&v); got != 1<<bit {
			t.Errorf("%s: only %q true gives the set %b, want bit %d", typ, name, got, bit)
		}
	}
	if len(fields) != len(names) {
		t.Errorf("%s: %d names for %d bool facts %q", typ, len(names), len(fields), fields)
	}
}
