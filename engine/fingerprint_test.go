package engine

import (
	"math/rand/v2"
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
