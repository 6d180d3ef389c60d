package engine

import "slices"

// Chunk sizes of found: small files take one small chunk, large ones grow to
// chunks of maxChunk findings.
const firstChunk, maxChunk = 32, 4096

// found holds the findings of the file being linted in chunks that are filled
// in place and never moved, so that a file with many findings does not regrow
// and copy one slice of them; finish places each finding once, in order, in the
// file's result.
type found struct {
	chunks [][]Finding
	n      int
}

// add returns a new zero finding to fill in. A new chunk is one of recycled
// when there is one (see streamer.keep), a new one otherwise; recycled may
// be nil.
func (fd *found) add(recycled chan []Finding) *Finding {
	k := len(fd.chunks)
	if k == 0 || len(fd.chunks[k-1]) == cap(fd.chunks[k-1]) {
		var c []Finding
		select {
		case c = <-recycled:
		default:
			size := firstChunk
			if k > 0 {
				size = min(2*cap(fd.chunks[k-1]), maxChunk)
			}
			c = make([]Finding, 0, size)
		}
		fd.chunks = append(fd.chunks, c)
		k++
	}
	c := fd.chunks[k-1]
	c = c[:len(c)+1]
	fd.chunks[k-1] = c
	fd.n++
	return &c[len(c)-1]
}

// finish drops ignored findings (counted in res.Ignored), sorts the others,
// places them in res.Findings and gives each its fingerprint. The chunks are
// let go. Findings that compare equal keep the order they came in.
func (l *Linter) finish(fd *found, res *FileResult) {
	refs := make([]*Finding, 0, fd.n)
	for _, c := range fd.chunks {
		for i := range c {
			if f := &c[i]; len(l.ignores) > 0 && l.ignored(f) {
				res.Ignored++
			} else {
				refs = append(refs, f)
			}
		}
	}
	sorted := slices.IsSortedFunc(refs, compareFindings)
	switch {
	case len(refs) == 0:
	case sorted && len(fd.chunks) == 1 && len(refs) == fd.n:
		res.Findings = fd.chunks[0] // in order and all kept: the one chunk is the result
	default:
		if !sorted {
			slices.SortStableFunc(refs, compareFindings)
		}
		res.Findings = make([]Finding, len(refs))
		for i, f := range refs {
			res.Findings[i] = *f
		}
	}
	*fd = found{}
	fingerprint(res.Findings)
}

// recycledChunks is how many empty chunks a stream keeps for its workers to
// fill again: more than its runs in flight hold at once.
const recycledChunks = 64
