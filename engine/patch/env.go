package patch

import (
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// envPatch rewrites what is left of the environment's names after
// fieldPatch: a typed helper that a rule calls, such as normalize(x), becomes
// a call of the helper itself, and an object named on its own, such as
// project in projectText(project) or finding in a message, a call of a reader
// of its value. expr finds both in the environment through reflection at
// every use. A rule cannot declare a variable of the name of one of the
// environment's fields, so each such name is the environment's.
type envPatch struct {
	env   *environment
	typed map[string]any // the helpers, by expr name
}

// newEnvPatch returns the patch for the environment e and the helpers typed,
// a struct of funcs of expr names.
func newEnvPatch(e *environment, typed any) *envPatch {
	p := &envPatch{env: e, typed: map[string]any{}}
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
	var read func(any) any
	if root, ok := p.env.roots[id.Value]; ok && id.Type() == root.typ {
		read = p.env.rootLoader(root.off, typeWord(root.typ))
	} else if off, ok := p.env.anys[id.Value]; ok {
		read = p.env.anyLoader(off)
	} else {
		return
	}
	callee := &ast.ConstantNode{Value: read}
	callee.SetType(reflect.TypeOf(read))
	call := &ast.CallNode{Callee: callee, Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}}}
	call.SetNature(*id.Nature())
	ast.Patch(node, call)
	call.SetLocation(id.Location())
}

// rootLoader returns the reader of the pointer at offset off in the
// environment, whose type word is typ.
func (e *environment) rootLoader(off uintptr, typ unsafe.Pointer) func(any) any {
	return func(env any) any {
		return makeAny(typ, *(*unsafe.Pointer)(e.field(env, off)))
	}
}

// anyLoader returns the reader of the any at offset off in the environment.
func (e *environment) anyLoader(off uintptr) func(any) any {
	return func(env any) any {
		return *(*any)(e.field(env, off))
	}
}
