package baseline

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// sep separates the parts of a key; it cannot occur in the parts.
const sep = "\x00"

func fingerprintKey(file, fingerprint string) string {
	return file + sep + fingerprint
}

func placeKey(rule, file, unit, project, indicator, field, message string) string {
	return strings.Join([]string{rule, file, unit, project, indicator, field, normalize(message, false)}, sep)
}

func loosePlaceKey(rule, file, unit, project, field, message string) string {
	return strings.Join([]string{rule, file, unit, project, field, normalize(message, true)}, sep)
}

// normalize folds a message for comparison: NFKC (full-width to half-width
// letters, digits and punctuation), lower case, no white space, and with
// foldDigits every run of digits (with its separators) as one '#'.
func normalize(s string, foldDigits bool) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	inNumber := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case foldDigits && (unicode.IsDigit(r) || inNumber && (r == '.' || r == ',')):
			if !inNumber {
				b.WriteByte('#')
				inNumber = true
			}
			continue
		}
		inNumber = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
