package engine

import (
	"reflect"
	"unsafe"

	"github.com/expr-lang/expr/ast"
)

// guardInfo records what the patches wrote, so that guards can evaluate it:
// the fields that field reads read, the values of parameters and the helpers
// that typed calls call.
type guardInfo struct {
	roots   map[*ast.CallNode]envRead
	members map[*ast.CallNode]memberRead
	params  map[*ast.CallNode]any
	helpers map[*ast.ConstantNode]any
}

// newGuardInfo returns an empty record.
func newGuardInfo() *guardInfo {
	return &guardInfo{roots: map[*ast.CallNode]envRead{}, members: map[*ast.CallNode]memberRead{},
		params: map[*ast.CallNode]any{}, helpers: map[*ast.ConstantNode]any{}}
}

// note records a field read that fieldPatch wrote; root or member is nil.
func (gi *guardInfo) note(call *ast.CallNode, root *envRead, member *memberRead) {
	switch {
	case gi == nil:
	case root != nil:
		gi.roots[call] = *root
	case member != nil:
		gi.members[call] = *member
	}
}

// envRead is a field of an object of Env that fieldPatch rewrote a read of.
type envRead struct {
	rootOff, off uintptr
	typ          reflect.Type
}

// at returns the address of the field in env, or nil when its object is not set.
func (r envRead) at(env *Env) unsafe.Pointer {
	obj := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(env), r.rootOff))
	if obj == nil {
		return nil
	}
	return unsafe.Add(obj, r.off)
}

// memberRead is a field of a struct, or of a pointer to one, that fieldPatch
// rewrote a read of: of is the type of the value read from, typ the field's.
type memberRead struct {
	of  reflect.Type
	off uintptr
	typ reflect.Type
}
