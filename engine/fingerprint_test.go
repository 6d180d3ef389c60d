package engine

import (
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
