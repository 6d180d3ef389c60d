package funcs

import (
	"reflect"
	"testing"
)

// TestFlagReadsEachBoolFact sets each bool field of IndicatorFacts alone and
// checks that Flag, at the number FlagIndex gives its expr name, reads it and
// no other; every bool fact must be numbered.
func TestFlagReadsEachBoolFact(t *testing.T) {
	typ := reflect.TypeFor[IndicatorFacts]()
	n := 0
	for i := range typ.NumField() {
		fld := typ.Field(i)
		if fld.Type.Kind() != reflect.Bool {
			continue
		}
		n++
		name := fld.Tag.Get("expr")
		k, ok := FlagIndex(name)
		if !ok {
			t.Errorf("FlagIndex(%q) found nothing", name)
			continue
		}
		var f IndicatorFacts
		reflect.ValueOf(&f).Elem().Field(i).SetBool(true)
		for j := range flagNames {
			if got := f.Flag(j); got != (j == k) {
				t.Errorf("with only %s set, Flag(%d) (%s) = %v", name, j, flagNames[j], got)
			}
		}
	}
	if n != len(flagNames) {
		t.Errorf("IndicatorFacts has %d bool fields, flagNames %d", n, len(flagNames))
	}
	if _, ok := FlagIndex("category"); ok {
		t.Error("FlagIndex(category) found a flag")
	}
}
