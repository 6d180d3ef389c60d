package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestHasSpaceAsIsSpace compares hasSpace with strings.IndexFunc and
// unicode.IsSpace, which it stands for, on every rune, on invalid bytes and
// on texts that mix them.
func TestHasSpaceAsIsSpace(t *testing.T) {
	plain := func(s string) bool { return strings.IndexFunc(s, unicode.IsSpace) >= 0 }
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := "指" + string(r) + "标"
		if hasSpace(s) != plain(s) {
			t.Errorf("hasSpace(%q) = %v", s, hasSpace(s))
		}
	}
	for _, s := range []string{"", "\xff", "\xe3\x80", "\xe3\x80\x80", "a\xc2\x85b", "\xc2\xa0", "正产\xff 率", "１００％"} {
		if hasSpace(s) != plain(s) {
			t.Errorf("hasSpace(%q) = %v", s, hasSpace(s))
		}
	}
}

// TestHasSpaceOnRandomBytes compares hasSpace with strings.IndexFunc on
// random strings of the bytes that start and continue white space runes,
// valid or not.
func TestHasSpaceOnRandomBytes(t *testing.T) {
	plain := func(s string) bool { return strings.IndexFunc(s, unicode.IsSpace) >= 0 }
	alphabet := []byte{'a', ' ', 0x80, 0x81, 0x85, 0x8a, 0x9a, 0x9f, 0xa0, 0xa8, 0xaf, 0xbf, 0xc2, 0xe1, 0xe2, 0xe3, 0xe4, 0xed, 0xf0}
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 0, 8)
	for range 200_000 {
		b = b[:0]
		for range 1 + r.IntN(7) {
			b = append(b, alphabet[r.IntN(len(alphabet))])
		}
		if s := string(b); hasSpace(s) != plain(s) {
			t.Fatalf("hasSpace(%q) = %v", s, hasSpace(s))
		}
	}
}

// plainPrints is what the fingerprints of fs are by their definition: the
// hash of each finding's key, with the count of the findings of the same key
// before it when there are any.
func plainPrints(fs []Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i := range fs {
		key := string(appendPrintKey(nil, &fs[i]))
		n := seen[key]
		seen[key]++
		if n > 0 {
			key += "\x00" + strconv.Itoa(n)
		}
		sum := sha256.Sum256([]byte(key))
		out[i] = hex.EncodeToString(sum[:printBytes])
	}
	return out
}

// TestFingerprinterCountsAsOneTable hands findings whose keys repeat, within
// a project and across projects that come back later, in batches of every
// size to a fingerprinter, and compares their fingerprints with plainPrints.
// Some names hold a NUL, so that different names give the same key.
func TestFingerprinterCountsAsOneTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	for round := range 40 {
		fs := make([]Finding, 1+r.IntN(600))
		for i := range fs {
			fs[i] = Finding{RuleID: pick("typo", "sum-row"), Path: "a.txt",
				Unit: pick("", "单位甲", "单位乙", "a\x00b", "a"), Project: pick("", "项目一", "b\x00c", "b", "c"),
				Indicator: pick("", "1", "2"), Field: pick("", "name", "c"), Text: pick("", "正产", "x\x00y", "正 产")}
		}
		want := plainPrints(fs)
		var fp fingerprinter
		for rest := fs; len(rest) > 0; {
			n := min(len(rest), 1+r.IntN(40))
			refs := make([]*Finding, n)
			for i := range refs {
				refs[i] = &rest[i]
			}
			firstPrints(refs)
			fp.count(rest[:n])
			rest = rest[n:]
		}
		for i := range fs {
			if fs[i].Fingerprint != want[i] {
				t.Fatalf("round %d, finding %d of %d (%q): fingerprint %s, want %s", round, i, len(fs),
					appendPrintKey(nil, &fs[i]), fs[i].Fingerprint, want[i])
			}
		}
	}
}
