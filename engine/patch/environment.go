package patch

import (
	"fmt"
	"reflect"
	"unsafe"
)

// environment is where the fields of an environment struct lie.
type environment struct {
	ptr     unsafe.Pointer     // the type word of a pointer to the struct, which runs are given
	name    string             // of the pointer type, for errors
	roots   map[string]envRoot // the pointer-to-struct fields, by expr name
	anys    map[string]uintptr // the offsets of the fields that hold any value, by expr name
	args    uintptr            // the offset of the Args field
	hasArgs bool
	models  []reflect.Type // the struct types reachable from the environment (see dynReader)
}

// envRoot is an object of the environment that fieldPatch reads fields of.
type envRoot struct {
	off uintptr      // of the pointer in the environment
	typ reflect.Type // the pointer's type
}

// newEnvironment finds the fields of the struct type t.
func newEnvironment(t reflect.Type, more ...reflect.Type) *environment {
	e := &environment{ptr: typeWord(reflect.PointerTo(t)), name: reflect.PointerTo(t).String(),
		roots: map[string]envRoot{}, anys: map[string]uintptr{}}
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("expr")
		switch {
		case f.Type == reflect.TypeFor[Args]():
			e.args, e.hasArgs = f.Offset, true
		case name == "" || name == "-":
		case f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct:
			e.roots[name] = envRoot{off: f.Offset, typ: f.Type}
		case f.Type.Kind() == reflect.Interface && f.Type.NumMethod() == 0:
			e.anys[name] = f.Offset
		}
	}
	e.models = reachableStructs(append([]reflect.Type{t}, more...)...)
	return e
}

// base returns the address of the environment struct that env, a pointer to
// it, points at; it panics when env is of another type.
func (e *environment) base(env any) unsafe.Pointer {
	typ, data := words(env)
	if typ != e.ptr {
		panic(fmt.Sprintf("environment is %T, not %s", env, e.name))
	}
	return data
}

// field returns the address of the field at offset off of the environment env.
func (e *environment) field(env any, off uintptr) unsafe.Pointer {
	return unsafe.Add(e.base(env), off)
}
