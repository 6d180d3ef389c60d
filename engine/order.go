package engine

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ignored reports whether an ignore entry drops f.
func (l *Linter) ignored(f *Finding) bool {
	for i := range l.ignores {
		if l.ignores[i].matches(f) {
			return true
		}
	}
	return false
}

// compareFindings orders findings by place, then rule id and message: line and
// column in a text file; sheet, row and column in a workbook.
func compareFindings(a, b *Finding) int {
	if c := cmp.Compare(a.Span.Sheet(), b.Span.Sheet()); c != 0 {
		return c
	}
	ar, ac := position(a)
	br, bc := position(b)
	if c := cmp.Compare(ar, br); c != 0 {
		return c
	}
	if c := cmp.Compare(ac, bc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.RuleID, b.RuleID); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// position is a finding's line and column, or for a workbook cell its row and
// column numbers.
func position(f *Finding) (row, col int) {
	if f.Span.Line > 0 || f.Span.Cell() == "" {
		return int(f.Span.Line), int(f.Span.Column)
	}
	return cellPosition(f.Span.Cell())
}

// cellPosition parses an A1 reference into row and column numbers.
func cellPosition(ref string) (row, col int) {
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	row, _ = strconv.Atoi(ref[i:])
	return row, col
}

// fingerprint sets each finding's fingerprint: a hash of what the finding is
// about, never of where it stands, so that lines added above or projects
// reordered keep it. A key that repeats in the file gets a counter. The key is
// the rule, path, unit, project, indicator, field and text without white
// space, joined by NUL; it is built in one buffer for all findings. The
// fingerprints are written into one string and each finding's is a slice of
// it, so that many findings do not cost an allocation each.
func fingerprint(fs []Finding) {
	const half = sha256.Size / 2 // the bytes of the hash a fingerprint shows
	const width = 2 * half       // in hex digits
	seen := make(map[[sha256.Size]byte]int, len(fs))
	var key []byte
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
		n := seen[sum]
		seen[sum] = n + 1
		if n > 0 {
			key = append(append(key, 0), strconv.Itoa(n)...)
			sum = sha256.Sum256(key)
		}
		hex.Encode(digits[:], sum[:half])
		all.Write(digits[:])
	}
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
