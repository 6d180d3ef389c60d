package table

import "unsafe"

// slabBytes is the size of a slab block: the largest small-object size class,
// so that a block loses little to rounding up, large enough that allocation
// costs little per object, small enough that a short table wastes little.
const slabBytes = 32 << 10

// slab hands out objects of a document from shared blocks, so that a table of
// many projects and indicators costs a few large allocations instead of one
// per object. The blocks live as long as any object in them, which is the
// document's life.
type slab[T any] struct {
	block []T
}

// blockLen returns how many Ts a block holds.
func (s *slab[T]) blockLen() int {
	var t T
	return max(1, slabBytes/int(unsafe.Sizeof(t)))
}

// next returns a pointer to a zero T.
func (s *slab[T]) next() *T {
	if len(s.block) == 0 {
		s.block = make([]T, s.blockLen())
	}
	p := &s.block[0]
	s.block = s.block[1:]
	return p
}

// take returns n zero Ts in a row, from the current block when it has room.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return []T{} // empty, not nil: it is written as [] and not null
	}
	if n > len(s.block) {
		size := s.blockLen()
		if n > size/2 {
			return make([]T, n)
		}
		s.block = make([]T, size)
	}
	out := s.block[:n:n]
	s.block = s.block[n:]
	return out
}
