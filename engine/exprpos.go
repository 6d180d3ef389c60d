package engine

import (
	"errors"
	"strings"
	"unicode/utf16"

	"github.com/expr-lang/expr/file"

	"github.com/jxlint/jxlint/rules"
)

// exprError turns an error of expr, compiling or running the part what
// ("check") of rule r, into a *rules.PosError at the mistake's place in the
// rule file: src is the expression and start the position of its first
// character. An error without a place, or in an expression not given (src
// is ""), stands at start.
func exprError(r *rules.Rule, what, src string, start rules.Pos, err error) *rules.PosError {
	line, col := 1, 1
	en, zh := errorText(err)
	var fe *file.Error
	if errors.As(err, &fe) && fe.Line > 0 && src != "" {
		line, col = fe.Line, utf16Column(src, fe.Line, fe.Column)
	}
	return &rules.PosError{Pos: start.Offset(line, col), Rule: r.ID, Msg: what + ": " + en, Zh: what + "：" + zh}
}

// utf16Column converts expr's 0-based column in runes on 1-based line of src to
// a 1-based column in UTF-16 code units.
func utf16Column(src string, line, runeCol int) int {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return runeCol + 1
	}
	units, n := 0, 0
	for _, r := range lines[line-1] {
		if n == runeCol {
			break
		}
		units += utf16.RuneLen(r)
		n++
	}
	return units + 1 + (runeCol - n) // past the end of the line: count the rest as one unit each
}

// textPos returns the 1-based line and UTF-16 column of byte offset off in s.
func textPos(s string, off int) (line, col int) {
	line, col = 1, 1
	for _, r := range s[:off] {
		if r == '\n' {
			line, col = line+1, 1
			continue
		}
		col += utf16.RuneLen(r)
	}
	return line, col
}
