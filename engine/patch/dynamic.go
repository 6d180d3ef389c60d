package patch

import (
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/vm/runtime"
)

// A read of a field of a value whose type the checker does not know, such as
// finding.indicator.name in a message or .word of a helper's match, goes
// through expr's reflection, which boxes texts and lists in new allocations.
// dynReader reads it without reflection when the value is a map of texts to
// values, as a list element of a check is, or one of the struct types a rule
// can meet (those reachable from the environment and from what its helpers
// give); anything else is left to expr.

// anyMapType is the type of the maps a check's list elements are.
var anyMapType = reflect.TypeFor[map[string]any]()

// dynField is where a field of one struct type, or of a pointer to it, lies.
type dynField struct {
	typ unsafe.Pointer // the type word of the struct or of the pointer
	off uintptr
	box boxer
}

// reachableStructs returns the struct types reachable from roots through
// fields, pointers, lists and maps, each once, in the order found.
func reachableStructs(roots ...reflect.Type) []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		for i := range t.NumField() {
			walk(t.Field(i).Type)
		}
	}
	for _, t := range roots {
		walk(t)
	}
	return out
}

// dynFields returns where the field that expr names name lies in each of
// the model types that has it, as a value and through a pointer.
func (e *environment) dynFields(name string) []dynField {
	var out []dynField
	for _, st := range e.models {
		for _, t := range []reflect.Type{reflect.PointerTo(st), st} {
			if f, b, ok := boxedField(t, name); ok {
				out = append(out, dynField{typ: typeWord(t), off: f.Offset, box: b})
			}
		}
	}
	return out
}

// dynReader returns the reader of the field name of a value of any type.
func (e *environment) dynReader(name string) func(any) any {
	fields := e.dynFields(name)
	return func(v any) any {
		if m, ok := v.(map[string]any); ok {
			return m[name]
		}
		typ, data := words(v)
		for i := range fields {
			if f := &fields[i]; f.typ == typ {
				if data == nil {
					break
				}
				return f.box.box(unsafe.Add(data, f.off))
			}
		}
		return runtime.Fetch(v, name)
	}
}
