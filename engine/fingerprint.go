package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fingerprint sets each finding's fingerprint: a hash of what the finding is
// about, never of where it stands, so that lines added above or projects
// reordered keep it. A key that repeats in the file gets a counter. The key is
// the rule, path, unit, project, indicator, field and text without white
// space, joined by NUL; it is built in one buffer for all findings. The
// fingerprints are written into one string and each finding's is a slice of
// it, so that many findings do not cost an allocation each.
func fingerprint(fs []Finding) {
	var fp fingerprinter
	fp.add(fs)
}

// fingerprinter gives fingerprints to the findings of one file, handed to it
// in order in one or more batches; it counts the keys seen so far, so that
// the batches get the fingerprints that the whole file would at once.
type fingerprinter struct {
	seen map[[sha256.Size / 2]byte]int32 // by the half of the key's hash a fingerprint shows
	key  []byte
}

// add sets the fingerprints of fs, the file's next findings in order.
func (fp *fingerprinter) add(fs []Finding) {
	const half = sha256.Size / 2 // the bytes of the hash a fingerprint shows
	const width = 2 * half       // in hex digits
	if fp.seen == nil {
		fp.seen = make(map[[sha256.Size / 2]byte]int32, len(fs))
	}
	key := fp.key
	var all strings.Builder
	all.Grow(width * len(fs))
	var digits [width]byte
	for i := range fs {
		f := &fs[i]
		key = key[:0]
		for k, part := range [...]string{f.RuleID, f.Path, f.Unit, f.Project, f.Indicator, f.Field} {
			if k > 0 {
				key = append(key, 0)
			}
			key = append(key, part...)
		}
		key = append(key, 0)
		key = appendNoSpace(key, f.Text)
		sum := sha256.Sum256(key)
		n := fp.seen[[half]byte(sum[:half])]
		fp.seen[[half]byte(sum[:half])] = n + 1
		if n > 0 {
			key = strconv.AppendInt(append(key, 0), int64(n), 10)
			sum = sha256.Sum256(key)
		}
		hex.Encode(digits[:], sum[:half])
		all.Write(digits[:])
	}
	fp.key = key
	text := all.String()
	for i := range fs {
		fs[i].Fingerprint = text[i*width : (i+1)*width]
	}
}

// appendNoSpace appends s without its white space to b, so that re-wrapping a
// cell keeps fingerprints. Like strings.Map, it keeps s as it is when s has
// no white space and otherwise writes each invalid byte as U+FFFD.
func appendNoSpace(b []byte, s string) []byte {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return append(b, s...)
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}
