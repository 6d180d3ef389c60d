package patch

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/vm/runtime"
)

// fieldPatch rewrites each read of a field of a struct whose type the checker
// knows, such as indicator.name, facts.quantified, .kind of a problem or
// project.amounts.total, into a call of a reader. expr reads a field through
// reflection, and boxes a text, a list or a struct in a new allocation; most
// rules read several fields of each object. The reader is a constant function
// of a signature expr calls directly: it reads the field at its offset, and
// gives it as an any that points at the field (see boxer), so without
// reflection and without allocation. The call keeps the field's type, so the
// rule is checked and compiled as before.
type fieldPatch struct {
	env *environment
}

// Visit replaces node when it reads a field of a struct of known type.
func (fp *fieldPatch) Visit(node *ast.Node) {
	m, ok := (*node).(*ast.MemberNode)
	if !ok || m.Optional || m.Method {
		return
	}
	p, isName := m.Property.(*ast.StringNode)
	if !isName {
		return
	}
	var read func(any) any
	var arg ast.Node
	id, isIdent := m.Node.(*ast.IdentifierNode)
	root, isRoot := envRoot{}, false
	if isIdent {
		root, isRoot = fp.env.roots[id.Value]
		isRoot = isRoot && m.Node.Type() == root.typ // not a variable of the same name
	}
	if isRoot {
		f, b, ok := boxedField(root.typ, p.Value)
		if !ok {
			return
		}
		read = fp.env.rootReader(root.off, f.Offset, b, fmt.Sprintf("cannot get %s from %s", p.Value, id.Value))
		arg = &ast.IdentifierNode{Value: "$env"}
	} else {
		t := m.Node.Type()
		if f, b, ok := boxedField(t, p.Value); ok {
			read = memberReader(t, f, b)
		} else if t == nil || t == anyMapType || t.Kind() == reflect.Interface && t.NumMethod() == 0 {
			read = fp.env.dynReader(p.Value)
		} else {
			return
		}
		arg = m.Node
	}
	callee := &ast.ConstantNode{Value: read}
	// The checker may keep the type of a checked call without visiting its
	// callee again; the compiler calls it directly only when the callee's
	// type is known.
	callee.SetType(reflect.TypeOf(read))
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{arg}}
	call.SetNature(*m.Nature()) // the checker keeps the type of a call that has one
	loc := m.Location()
	if isRoot {
		loc = id.Location() // where expr places a failed read of root.field
	}
	ast.Patch(node, call)
	call.SetLocation(loc)
}

// boxedField finds the field that expr names name in the struct of type t,
// or that t points to, and its boxer. It reports false when t is no such
// type, when the field is promoted, shadowed by a method or of a type that
// boxerOf does not box, and when t is a struct that Go may store in an
// interface's word.
func boxedField(t reflect.Type, name string) (reflect.StructField, boxer, bool) {
	if t == nil {
		return reflect.StructField{}, boxer{}, false
	}
	st := t
	if t.Kind() == reflect.Pointer {
		st = t.Elem()
	} else if t.Size() <= unsafe.Sizeof(uintptr(0)) {
		return reflect.StructField{}, boxer{}, false
	}
	if st.Kind() != reflect.Struct {
		return reflect.StructField{}, boxer{}, false
	}
	if _, ok := t.MethodByName(name); ok {
		return reflect.StructField{}, boxer{}, false
	}
	f, ok := exprField(st, name)
	if !ok {
		return reflect.StructField{}, boxer{}, false
	}
	b, ok := boxerOf(f.Type)
	return f, b, ok
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

// rootReader returns the reader of the field at offset off of the object
// whose pointer is at offset rootOff in the environment, boxed by b; it
// panics with msg, as expr does, when the object is nil.
func (e *environment) rootReader(rootOff, off uintptr, b boxer, msg string) func(any) any {
	return func(env any) any {
		obj := *(*unsafe.Pointer)(e.field(env, rootOff))
		if obj == nil {
			panic(msg)
		}
		return b.box(unsafe.Add(obj, off))
	}
}

// memberReader returns the reader of field f, boxed by b, of a value of type
// t: a pointer to a struct or a struct. A value of another type is left to
// expr's own read, with its result or error; a nil pointer is an error.
func memberReader(t reflect.Type, f reflect.StructField, b boxer) func(any) any {
	want, off := typeWord(t), f.Offset
	slow := &runtime.Field{Index: f.Index, Path: []string{f.Name}}
	if tag := f.Tag.Get("expr"); tag != "" {
		slow.Path[0] = tag
	}
	nilMsg := fmt.Sprintf("cannot get %s from nil", slow.Path[0])
	return func(v any) any {
		typ, data := words(v)
		if typ != want {
			return runtime.FetchField(v, slow)
		}
		if data == nil {
			panic(nilMsg) // expr's own read fails inside reflect
		}
		return b.box(unsafe.Add(data, off))
	}
}
