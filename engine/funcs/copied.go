package funcs

import (
	"hash/maphash"

	"github.com/jxlint/jxlint/table"
)

// findCopied sets f.CopiedFrom for project p and notes p when it is the first
// of its key. Keys are compared by hash and then, on a match, in full. It
// runs after the texts of p are scanned, and trusts f.Typos when they were.
func (f *ProjectFacts) findCopied(h *helpers, p *table.Project) {
	f.CopiedFrom = nil
	if len(p.Indicators) == 0 {
		return
	}
	if f.keys == nil {
		f.keys = map[uint64]*table.Project{}
	}
	typoFree := f.Skip&PartTexts == 0 && !f.Typos // FindProject scanned every name and value for typos
	f.key = h.appendKey(f.key[:0], p, typoFree, &f.cats)
	sum := maphash.Bytes(h.seed, f.key)
	first, ok := f.keys[sum]
	if !ok {
		f.keys[sum] = p
		return
	}
	if string(f.key) == f.fullKey(h, first) {
		f.CopiedFrom = first
		return
	}
	for _, q := range f.more[sum] {
		if string(f.key) == f.fullKey(h, q) {
			f.CopiedFrom = q
			return
		}
	}
	if f.more == nil {
		f.more = map[uint64][]*table.Project{}
	}
	f.more[sum] = append(f.more[sum], p)
}

// fullKey returns the indicator key of an earlier project q, found the first
// time a later project's key has its hash: a table that copies one list many
// times compares each copy with the same first.
func (f *ProjectFacts) fullKey(h *helpers, q *table.Project) string {
	if k, ok := f.full[q]; ok {
		return k
	}
	if f.full == nil {
		f.full = map[*table.Project]string{}
	}
	k := h.indicatorKey(q)
	f.full[q] = k
	return k
}
