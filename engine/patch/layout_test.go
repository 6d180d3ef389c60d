package patch

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestLayout checks what layout.go assumes of an any: that its type word is
// the same for every value of a type and differs between types, that its data
// word is a pointer-shaped value itself and points at any other value, and
// that an any made of the two words is the value. If this fails, a Go
// release changed the layout of interface values, and every reader of this
// package is wrong: fix layout.go before anything else.
func TestLayout(t *testing.T) {
	type pair struct{ a, b string }
	s, p, m := "文本", &pair{"x", "y"}, map[string]any{"k": 1}
	f := 2.5
	for _, c := range []struct {
		v     any
		data  unsafe.Pointer // the data word expected
		typ   reflect.Type
		other any // a value of another type
	}{
		{p, unsafe.Pointer(p), reflect.TypeFor[*pair](), &s},
		{m, *(*unsafe.Pointer)(unsafe.Pointer(&m)), reflect.TypeFor[map[string]any](), map[string]int{}},
	} {
		typ, data := words(c.v)
		if data != c.data {
			t.Errorf("LAYOUT CHANGED: the data word of a %s is not the value itself", c.typ)
		}
		if typ != typeWord(c.typ) {
			t.Errorf("LAYOUT CHANGED: the type word of a %s is not that of its type", c.typ)
		}
		if ot, _ := words(c.other); ot == typ {
			t.Errorf("LAYOUT CHANGED: a %s and a %T have the same type word", c.typ, c.other)
		}
		if back := makeAny(typ, data); !reflect.DeepEqual(back, c.v) {
			t.Errorf("LAYOUT CHANGED: an any made of the words of a %s is %#v", c.typ, back)
		}
	}
	for _, c := range []struct {
		v   any
		at  unsafe.Pointer
		typ reflect.Type
	}{
		{s, unsafe.Pointer(&s), reflect.TypeFor[string]()},
		{pair{"x", "y"}, unsafe.Pointer(p), reflect.TypeFor[pair]()},
		{f, unsafe.Pointer(&f), reflect.TypeFor[float64]()},
	} {
		typ, data := words(c.v)
		if typ != typeWord(c.typ) {
			t.Errorf("LAYOUT CHANGED: the type word of a %s is not that of its type", c.typ)
		}
		if !reflect.DeepEqual(reflect.NewAt(c.typ, data).Elem().Interface(), c.v) {
			t.Errorf("LAYOUT CHANGED: the data word of a %s does not point at the value", c.typ)
		}
		if back := makeAny(typeWord(c.typ), c.at); !reflect.DeepEqual(back, c.v) {
			t.Errorf("LAYOUT CHANGED: an any pointing at a %s is %#v, not the value", c.typ, back)
		}
	}
}
