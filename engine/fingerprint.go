package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fingerprints show half of a SHA-256 hash, in hex digits.
const (
	printBytes = sha256.Size / 2
	printWidth = 2 * printBytes
)

// fingerprint sets each finding's fingerprint: a hash of what the finding is
// about, never of where it stands, so that lines added above or projects
// reordered keep it. A key that repeats in the file gets a counter. The key is
// the rule, path, unit, project, indicator, field and text without white
// space, joined by NUL. fs are a file's findings, in order.
func fingerprint(fs []Finding) {
	refs := make([]*Finding, len(fs))
	for i := range fs {
		refs[i] = &fs[i]
	}
	firstPrints(refs)
	var fp fingerprinter
	fp.count(fs)
}

// firstPrints sets the fingerprint of each of fs as if its key were the first
// of its kind in the file, as it most often is; fingerprinter.count mends
// the others. The fingerprints are written into one string and each
// finding's is a slice of it, so that many findings do not cost an
// allocation each.
func firstPrints(fs []*Finding) {
	var key []byte
	var all strings.Builder
	all.Grow(printWidth * len(fs))
	var digits [printWidth]byte
	for _, f := range fs {
		key = appendPrintKey(key[:0], f)
		sum := sha256.Sum256(key)
		hex.Encode(digits[:], sum[:printBytes])
		all.Write(digits[:])
	}
	text := all.String()
	for i, f := range fs {
		f.Fingerprint = text[i*printWidth : (i+1)*printWidth]
	}
}

// appendPrintKey appends the key of f's fingerprint to b.
func appendPrintKey(b []byte, f *Finding) []byte {
	for k, part := range [...]string{f.RuleID, f.Path, f.Unit, f.Project, f.Indicator, f.Field} {
		if k > 0 {
			b = append(b, 0)
		}
		b = append(b, part...)
	}
	b = append(b, 0)
	return appendNoSpace(b, f.Text)
}

// fingerprinter counts the fingerprints of one file's findings, handed to it
// in order in one or more batches, so that a key that repeats gets the
// counter it would if the whole file were fingerprinted at once.
type fingerprinter struct {
	seen  map[[printBytes]byte]int32 // by the fingerprint of a key's first finding
	key   []byte
	texts texts // the fingerprints it mends
}

// count gives the findings of fs, the file's next ones in order, each with
// the fingerprint of firstPrints, their fingerprints: the n-th finding of a
// key after the first has its key hashed again with n.
func (fp *fingerprinter) count(fs []Finding) {
	if fp.seen == nil {
		fp.seen = make(map[[printBytes]byte]int32, len(fs))
	}
	var first [printBytes]byte
	var digits [printWidth]byte
	for i := range fs {
		f := &fs[i]
		_, _ = hex.Decode(first[:], []byte(f.Fingerprint)) // always hex digits, from firstPrints
		known := len(fp.seen)
		fp.seen[first]++ // one look-up: most keys are new, and a new key makes the map longer
		if len(fp.seen) == known {
			n := fp.seen[first] - 1 // the findings of the key before this one
			fp.key = strconv.AppendInt(append(appendPrintKey(fp.key[:0], f), 0), int64(n), 10)
			sum := sha256.Sum256(fp.key)
			hex.Encode(digits[:], sum[:printBytes])
			f.Fingerprint = fp.texts.add(digits[:])
		}
	}
}

// appendNoSpace appends s without its white space to b, so that re-wrapping a
// cell keeps fingerprints. Like strings.Map, it keeps s as it is when s has
// no white space and otherwise writes each invalid byte as U+FFFD.
func appendNoSpace(b []byte, s string) []byte {
	if !hasSpace(s) {
		return append(b, s...)
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// hasSpace reports whether s holds a rune that unicode.IsSpace takes for
// white space, as strings.IndexFunc(s, unicode.IsSpace) >= 0 does, a byte at
// a time. The white space beyond ASCII (U+0085, U+00A0, U+1680, U+2000 to
// U+3000) is encoded with a first byte of C2, E1, E2 or E3, and only there is
// a rune decoded; other bytes start no white space, and a byte that
// continues a rune never starts one, so stepping over it is safe.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch spaceStart[s[i]] {
		case startsSpace:
			return true
		case mayStartSpace:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// What a byte says of the rune it starts, for hasSpace.
const (
	startsNoSpace = iota
	startsSpace   // ASCII white space
	mayStartSpace // the first byte of some white space runes and of other runes
)

// spaceStart is what each byte says of the rune it starts.
var spaceStart = [256]uint8{'\t': startsSpace, '\n': startsSpace, '\v': startsSpace, '\f': startsSpace, '\r': startsSpace,
	' ': startsSpace, 0xC2: mayStartSpace, 0xE1: mayStartSpace, 0xE2: mayStartSpace, 0xE3: mayStartSpace}
