package engine

// The blocks of a worker's fixes hold firstFixBlock fixes at first and
// double up to fixBlock.
const firstFixBlock, fixBlock = 8, 256

// fixes hands out the Fix values of a worker's findings from blocks, so that
// a fix does not cost an allocation of its own. A block is let go when no
// finding points into it.
type fixes struct {
	block []Fix
	size  int // the length of the last block made
}

// add returns a new zero fix to fill in.
func (fs *fixes) add() *Fix {
	if len(fs.block) == 0 {
		fs.size = min(max(2*fs.size, firstFixBlock), fixBlock)
		fs.block = make([]Fix, fs.size)
	}
	f := &fs.block[0]
	fs.block = fs.block[1:]
	return f
}
