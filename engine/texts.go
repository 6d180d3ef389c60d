package engine

import "strings"

// The blocks a worker keeps its findings' texts in start at firstTextBlock
// bytes and double up to textBlock, so that a worker or a file with few
// texts keeps little.
const firstTextBlock, textBlock = 512, 16 << 10

// texts holds the messages and fix descriptions a worker writes, each a
// slice of a block that is only ever appended to, so that many findings do
// not cost an allocation each (as the fingerprints of firstPrints are slices
// of one string). A block is let go when no finding holds a text of it.
type texts struct {
	block strings.Builder
}

// add returns b as a string, copied into the current block or, when it does
// not fit there, into a new one; a text longer than a quarter of the largest
// block gets a string of its own.
func (ts *texts) add(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > textBlock/4:
		return string(b)
	case ts.block.Cap()-ts.block.Len() < len(b):
		size := max(min(2*ts.block.Cap(), textBlock), firstTextBlock, len(b))
		ts.block = strings.Builder{}
		ts.block.Grow(size)
	}
	start := ts.block.Len()
	ts.block.Write(b)
	return ts.block.String()[start:]
}
