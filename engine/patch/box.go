package patch

import (
	"reflect"
	"unsafe"
)

// A boxer gives a field of a read-only object as an any without copying it:
// the any points at the field itself. Boxing a text, a list or a struct
// otherwise copies it into a new allocation, and rules read many such fields
// of every indicator. The model is not changed while rules run, so an any
// that points into it keeps its value.
type boxer struct {
	typ  unsafe.Pointer // the field type's type word
	kind boxKind
}

// boxKind is how a field becomes an any.
type boxKind uint8

const (
	boxAt     boxKind = iota // the any points at the field
	boxWord                  // the field is pointer-shaped: the any holds its word
	boxNested                // the field is itself an any
)

// boxerOf returns the boxer of fields of type t, or false for types that it
// does not box: interfaces with methods, types of size zero and structs or
// arrays that Go may store in an interface's word.
func boxerOf(t reflect.Type) (boxer, bool) {
	b := boxer{typ: typeWord(t)}
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		b.kind = boxWord
	case reflect.Interface:
		if t.NumMethod() > 0 {
			return boxer{}, false
		}
		b.kind = boxNested
	case reflect.Struct, reflect.Array:
		if t.Size() <= unsafe.Sizeof(uintptr(0)) {
			return boxer{}, false
		}
	default:
		if t.Size() == 0 {
			return boxer{}, false
		}
	}
	return b, true
}

// box returns the field at p as an any.
func (b boxer) box(p unsafe.Pointer) any {
	switch b.kind {
	case boxWord:
		return makeAny(b.typ, *(*unsafe.Pointer)(p))
	case boxNested:
		return *(*any)(p)
	}
	return makeAny(b.typ, p)
}
