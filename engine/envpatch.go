package engine

import (
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"

	"github.com/jxlint/jxlint/engine/funcs"
)

// envPatch rewrites what is left of the environment's names after
// fieldPatch: a helper of funcs.Typed that a rule calls, such as
// normalize(x), becomes a call of the helper itself, and an object named on
// its own, such as project in projectText(project), a call of a reader of its
// pointer. expr finds both in Env through reflection at every use. A rule
// cannot declare a variable of the name of one of Env's fields, so each such
// name is Env's.
type envPatch struct {
	typed map[string]any // the helpers of the linter, by expr name
}

// newEnvPatch returns the patch for the helpers typed.
func newEnvPatch(typed funcs.Typed) *envPatch {
	p := &envPatch{typed: map[string]any{}}
	v := reflect.ValueOf(typed)
	for i := range v.NumField() {
		if name := v.Type().Field(i).Tag.Get("expr"); name != "" && !v.Field(i).IsNil() {
			p.typed[name] = v.Field(i).Interface()
		}
	}
	return p
}

// Visit replaces node when it names a typed helper or an object of Env.
func (p *envPatch) Visit(node *ast.Node) {
	id, ok := (*node).(*ast.IdentifierNode)
	if !ok {
		return
	}
	if fn, ok := p.typed[id.Value]; ok && id.Type() == reflect.TypeOf(fn) {
		c := &ast.ConstantNode{Value: fn}
		c.SetType(reflect.TypeOf(fn)) // see fieldPatch.Visit
		ast.Patch(node, c)
		c.SetLocation(id.Location())
		return
	}
	root, ok := envRoots[id.Value]
	if !ok || id.Type() != root.typ {
		return
	}
	read := rootLoader(root.off, typeWord(root.typ))
	callee := &ast.ConstantNode{Value: read}
	callee.SetType(reflect.TypeOf(read))
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}}}
	call.SetNature(*id.Nature())
	ast.Patch(node, call)
	call.SetLocation(id.Location())
}

// rootLoader returns the reader of the pointer at offset off in Env, whose
// type word is typ.
func rootLoader(off uintptr, typ unsafe.Pointer) func(any) any {
	return func(env any) any {
		e := eface{typ, *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(env.(*Env)), off))}
		return *(*any)(unsafe.Pointer(&e))
	}
}
