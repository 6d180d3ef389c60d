package table

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpaceBytes checks that the byte comparisons of spaceAt and spaceBefore
// take exactly the white space characters, and that trimSpan's byte tables
// know their ends, over every rune.
func TestSpaceBytes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		want := 0
		if unicode.IsSpace(r) {
			want = len(s)
		}
		if got := spaceAt(s, 0, len(s)); got != want {
			t.Errorf("spaceAt(%U) = %d, want %d", r, got, want)
		}
		if got := spaceBefore(s, 0, len(s)); got != want {
			t.Errorf("spaceBefore(%U) = %d, want %d", r, got, want)
		}
		if want > 0 && (!spaceFirst[s[0]] || !spaceLast[s[len(s)-1]]) {
			t.Errorf("%U: its first or last byte is missing from spaceFirst or spaceLast", r)
		}
	}
}

// TestTrimSpan checks trimSpan against the reference trimming, which decodes
// both ends, on fields with every kind of white space and broken UTF-8 at the ends.
func TestTrimSpan(t *testing.T) {
	ends := []string{"", " ", "\t", "\u3000", "\u00A0", "\u0085", "\u2028", "\u202F", "\u1680",
		"\xE3\x80", "\x80", "\xC2", "\xC2\x85", "\xE2\x80\x41", "年", "%", "😀", "\xE3", "\x80\x80"}
	for _, l := range ends {
		for _, r := range ends {
			for _, mid := range []string{"", "值", " x "} {
				s := "；" + l + mid + r + "；"
				a, b := len("；"), len(s)-len("；")
				ga, gb := trimSpan(s, a, b)
				wa, wb := decodedTrim(s, a, b)
				if ga != wa || gb != wb {
					t.Errorf("%q: trimSpan gives %d, %d; want %d, %d", s[a:b], ga, gb, wa, wb)
				}
			}
		}
	}
}

// decodedTrim is the plain definition trimSpan must agree with: decode a rune at
// each end and drop it while it is white space.
func decodedTrim(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for a < b {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}
