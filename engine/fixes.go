package engine

// fixBlock is how many fixes a block of fixes holds.
const fixBlock = 256

// fixes hands out the Fix values of a worker's findings from blocks of
// fixBlock, so that a fix does not cost an allocation of its own. A block is
// let go when no finding points into it.
type fixes struct {
	block []Fix
}

// add returns a new zero fix to fill in.
func (fs *fixes) add() *Fix {
	if len(fs.block) == 0 {
		fs.block = make([]Fix, fixBlock)
	}
	f := &fs.block[0]
	fs.block = fs.block[1:]
	return f
}
