package table

// slabSize is how many objects a slab holds: large enough that allocation
// costs little per object, small enough that a short table wastes little.
const slabSize = 64

// slab hands out objects of a document from shared blocks, so that a table of
// many projects and indicators costs a few large allocations instead of one
// per object. The blocks live as long as any object in them, which is the
// document's life.
type slab[T any] struct {
	block []T
}

// next returns a pointer to a zero T.
func (s *slab[T]) next() *T {
	if len(s.block) == 0 {
		s.block = make([]T, slabSize)
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
		if n > slabSize/2 {
			return make([]T, n)
		}
		s.block = make([]T, slabSize)
	}
	out := s.block[:n:n]
	s.block = s.block[n:]
	return out
}
