package funcs

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hasSpaceRef is what hasSpace must answer: a rune-by-rune unicode.IsSpace scan.
func hasSpaceRef(s string) bool { return strings.IndexFunc(s, unicode.IsSpace) >= 0 }

// normalizeRef is what normalize must return, written plainly. Like
// normalize, it maps text (which turns bytes that are not UTF-8 into U+FFFD)
// only when text holds a space.
func normalizeRef(s string) string {
	if hasSpaceRef(s) {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(finalPunct, r) || r == utf8.RuneError {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TestHasSpaceEveryOffset puts every space and a few runes that share their
// first bytes at every offset of a text longer than two eight-byte words, so
// that each is seen in the word-at-a-time loop and in the tail loop.
func TestHasSpaceEveryOffset(t *testing.T) {
	runes := []rune{'x', '正', '。', '、', '≥', '“', '\u200b', '\u2027', '\u202a', '\u205e', '\u2060', '\u3001',
		'\u1681', '\u167f', '\u00a1', '\u0084', '\u00e0', '\u0800', '\u0fff', '\ufeff', 0x1F600}
	for r := rune(0); r < 0x3001; r++ {
		if unicode.IsSpace(r) {
			runes = append(runes, r)
		}
	}
	for _, pad := range []string{"a", "正", "a正"} {
		for _, r := range runes {
			for k := 0; k <= 17; k++ {
				s := strings.Repeat(pad, 20)[:0]
				for len(s) < k {
					s += pad
				}
				s += string(r) + strings.Repeat(pad, 6)
				if got, want := hasSpace(s), unicode.IsSpace(r); got != want {
					t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestHasSpaceShortBytes compares hasSpace with hasSpaceRef on every string of
// one byte, every two-byte string and every three-byte string that starts with
// a byte that can start a space, ending the text or followed by more text.
func TestHasSpaceShortBytes(t *testing.T) {
	check := func(s string) {
		if got, want := hasSpace(s), hasSpaceRef(s); got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, a := range []byte{0xC2, 0xE0, 0xE1, 0xE2, 0xE3} {
		for b := range 256 {
			for c := range 256 {
				s := string([]byte{a, byte(b), byte(c)})
				check(s)
				check("正常运转" + s + "。")
			}
		}
	}
}

// TestHasSpaceInvalid checks texts that are not valid UTF-8: cut spaces,
// stray continuation bytes and lead bytes before an ASCII space.
func TestHasSpaceInvalid(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"\xe3\x80", false},
		{"正常\xe3\x80", false},
		{"正常运转\xe2\x80", false},
		{"\x80\x80\x80", false},
		{"\xe4 ", true},
		{"\xe3\x80 ", true},
		{"正常\xe3\x80\xe3\x80\x80运转", true},
		{"\xc2\xa0", true},
		{"\xc2\xa1\xc2", false},
		{"\xff\xfe\xe2\x80\xaf", true},
		{"\xed\xa0\x80正常运转", false},
	}
	for _, tt := range tests {
		if got := hasSpace(tt.in); got != tt.want || got != hasSpaceRef(tt.in) {
			t.Errorf("hasSpace(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeEveryEnding ends a text with every rune, and with each final
// mark after every rune, and compares normalize with normalizeRef.
func TestNormalizeEveryEnding(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		for _, s := range []string{"正常" + string(r), string(r), "正 常" + string(r) + "。", string(r) + "，",
			" " + string(r) + "。", "。" + string(r)} {
			norm := normalizeRef(s)
			if got := normalize(s); got != norm {
				t.Fatalf("normalize(%q) = %q, want %q", s, got, norm)
			}
			if got, want := blank(s), norm == ""; got != want {
				t.Fatalf("blank(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"\x80\x82", "\x80\x80\x82", "\xe3\xe3\x80\x82", "\xe3\x80", "。\x82", "\xbc\x8c",
		"\xef\xbc\x8c", "x\xef\xbc", "。 ．.，,；;、：:！!？? ", "\xff。", "\xe3\x80\x82\x82", "", " ", "\u3000。",
		" \xff", "\ufffd。"} {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
		if got, want := blank(s), normalizeRef(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsFinalPunct compares isFinalPunct with the list normalize documents.
func TestIsFinalPunct(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if got, want := isFinalPunct(r), strings.ContainsRune(finalPunct, r); got != want {
			t.Errorf("isFinalPunct(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestFinalPunctLen checks every mark of finalPunct and some that look alike.
func TestFinalPunctLen(t *testing.T) {
	for _, r := range finalPunct {
		if got, want := finalPunctLen("正常"+string(r)), utf8.RuneLen(r); got != want {
			t.Errorf("finalPunctLen(正常%c) = %d, want %d", r, got, want)
		}
	}
	for _, s := range []string{"正常%", "）", "」", "\u3000", " ", "a", "1", "-", "\u3003", "\uff0d", "\x82", "\xbc\x8c", ""} {
		if got := finalPunctLen(s); got != 0 {
			t.Errorf("finalPunctLen(%q) = %d, want 0", s, got)
		}
	}
}

// FuzzNormalize compares normalize and hasSpace with their plain versions.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"正常运转。", " 正常 运转\u3000。；", "\xe2\x80\x8a\xe2\x81\x9f", "a\u00a0b", "9,235.17"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSpace(s), hasSpaceRef(s); got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
		}
		if got, want := blank(s), normalizeRef(s) == ""; got != want {
			t.Fatalf("blank(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestHasSpaceEveryLength puts each space, and runes that share its first
// bytes, at every offset of texts of every length up to 20 bytes, so that each
// way hasSpace reads a text meets each.
func TestHasSpaceEveryLength(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x3002; r++ {
		if unicode.IsSpace(r) {
			runes = append(runes, r, r+1)
		}
	}
	runes = append(runes, '正', '、', '≥', '\u2027', '\u205e', '\u167f')
	for _, r := range runes {
		enc := string(r)
		for n := len(enc); n <= 20; n++ {
			for at := 0; at+len(enc) <= n; at++ {
				s := strings.Repeat("x", at) + enc + strings.Repeat("x", n-at-len(enc))
				if got, want := hasSpace(s), unicode.IsSpace(r); got != want {
					t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
