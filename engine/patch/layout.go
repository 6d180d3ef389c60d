package patch

import (
	"reflect"
	"unsafe"
)

// This file is the only one that reads a layout of Go's runtime: an
// interface value with no methods (any) is two words, its type and its
// data. The data word is the value itself when the type is pointer-shaped
// (a pointer, a map, a func), and else points at the value. TestLayout fails
// when a Go release changes this.

// eface is the layout of an any.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// typeWord is the type word that an any holding a value of type t carries.
func typeWord(t reflect.Type) unsafe.Pointer {
	v := reflect.Zero(t).Interface()
	return (*eface)(unsafe.Pointer(&v)).typ
}

// words returns the type and data words of v.
func words(v any) (typ, data unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&v))
	return e.typ, e.data
}

// makeAny returns the any of type word typ and data word data.
func makeAny(typ, data unsafe.Pointer) any {
	e := eface{typ, data}
	return *(*any)(unsafe.Pointer(&e))
}
