package engine

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/table"
)

// fieldPatch rewrites each read of a plain field of an object of the
// environment, such as facts.quantified or indicator.name, into a call of a
// reader with the environment ($env). expr reads a field through reflection,
// and boxes a bool, number or text in a new allocation; most rules read
// several fields of each object. The reader is a constant function of a
// signature expr calls directly, and it reads the field at its offset: no
// reflection, and no allocation but the one a text needs. Only fields of type
// string, bool, int and float64 and of the types of anyReaders are
// rewritten, and the rule is checked with the same types.
type fieldPatch struct {
	read map[string]bool // the objects whose fields were rewritten, by name
}

// envRoot is an object of Env that fieldPatch reads fields of.
type envRoot struct {
	off uintptr      // of the pointer in Env
	typ reflect.Type // the pointer's type
}

// envRoots are the pointer-to-struct fields of Env, by expr name.
var envRoots = func() map[string]envRoot {
	out := map[string]envRoot{}
	t := reflect.TypeFor[Env]()
	for i := range t.NumField() {
		f := t.Field(i)
		name := f.Tag.Get("expr")
		if name != "" && f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct {
			out[name] = envRoot{off: f.Offset, typ: f.Type}
		}
	}
	return out
}()

// Visit replaces node when it reads a plain field of an object of Env.
func (fp *fieldPatch) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok || m.Optional || m.Method {
		return
	}
	id, ok := m.Node.(*ast.IdentifierNode)
	p, isName := m.Property.(*ast.StringNode)
	if !ok || !isName {
		return
	}
	root, ok := envRoots[id.Value]
	if !ok || m.Node.Type() != root.typ {
		return // not the environment's object, or a variable of the same name
	}
	f, ok := exprField(root.typ.Elem(), p.Value)
	if !ok {
		return
	}
	msg := fmt.Sprintf("cannot get %s from %s", p.Value, id.Value)
	read, typed := readerOf(f.Type, root.off, f.Offset, msg), true
	if read == nil {
		mk, ok := anyReaders[f.Type]
		if !ok {
			return
		}
		read, typed = mk(root.off, f.Offset, msg), false
	}
	callee := &ast.ConstantNode{Value: read}
	// The checker may keep the type of a checked call without visiting its
	// callee again; the compiler calls it directly only when the callee's
	// type is known.
	callee.SetType(reflect.TypeOf(read))
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}}}
	if !typed {
		call.SetNature(*m.Nature()) // the checker keeps the type of a call that has one
	}
	ast.Patch(node, call)
	call.SetLocation(id.Location()) // where expr places a failed read of root.field
	if fp.read == nil {
		fp.read = map[string]bool{}
	}
	fp.read[id.Value] = true
}

// exprField finds the field of struct t that expr names name: its expr tag,
// or its Go name when it has none. Promoted fields are left to expr.
func exprField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("expr")
		if (tag == name || tag == "" && f.Name == name) && f.IsExported() && !f.Anonymous {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// readerOf returns the reader of a field of type t at offset off in the object
// whose pointer is at rootOff in Env; it panics with msg, as expr does, when
// the object is nil. It returns nil for types other than string, bool, int
// and float64.
func readerOf(t reflect.Type, rootOff, off uintptr, msg string) any {
	switch t {
	case reflect.TypeFor[string]():
		return func(env any) string { return *(*string)(fieldAt(env, rootOff, off, msg)) }
	case reflect.TypeFor[bool]():
		return func(env any) bool { return *(*bool)(fieldAt(env, rootOff, off, msg)) }
	case reflect.TypeFor[int]():
		return func(env any) int { return *(*int)(fieldAt(env, rootOff, off, msg)) }
	case reflect.TypeFor[float64]():
		return func(env any) float64 { return *(*float64)(fieldAt(env, rootOff, off, msg)) }
	}
	return nil
}

// anyReaders make the readers of fields of the list and pointer types that
// rules read most. expr has no direct call for functions that give these
// types, so the reader gives any, and its call keeps the field's type.
var anyReaders = map[reflect.Type]func(rootOff, off uintptr, msg string) any{
	reflect.TypeFor[[]*table.Indicator](): readAny[[]*table.Indicator],
	reflect.TypeFor[[]table.Problem]():    readAny[[]table.Problem],
	reflect.TypeFor[[]*table.Project]():   readAny[[]*table.Project],
	reflect.TypeFor[[]*table.Unit]():      readAny[[]*table.Unit],
	reflect.TypeFor[[]string]():           readAny[[]string],
	reflect.TypeFor[*table.Project]():     readAny[*table.Project],
	reflect.TypeFor[*table.Amounts]():     readAny[*table.Amounts],
}

// readAny returns the reader of a field of type T, as readerOf does.
func readAny[T any](rootOff, off uintptr, msg string) any {
	return func(env any) any { return *(*T)(fieldAt(env, rootOff, off, msg)) }
}

// fieldAt returns the address of the field at offset off of the object whose
// pointer is at rootOff in env, a *Env; it panics with msg when that is nil.
func fieldAt(env any, rootOff, off uintptr, msg string) unsafe.Pointer {
	obj := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(env.(*Env)), rootOff))
	if obj == nil {
		panic(msg)
	}
	return unsafe.Add(obj, off)
}
