package rules

import (
	"fmt"
	"strings"
)

// PosError is a problem in a rule, dictionary or configuration file, at a place.
// Its text reads `file:line:col: rule "id": message`.
type PosError struct {
	Pos  Pos
	Rule string // the rule concerned, empty when none
	Msg  string // what is wrong and what was expected
}

// Error returns the message with its position and rule.
func (e *PosError) Error() string {
	var b strings.Builder
	if e.Pos.File != "" {
		b.WriteString(e.Pos.String())
		b.WriteString(": ")
	}
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// String returns the position as file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Column == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Offset maps a position inside an expression to its position in the file,
// where p is the position of the expression's first character (Rule.CheckPos,
// WhenPos, MessagePos). exprLine and exprCol are 1-based; expr's
// file.Error.Column is 0-based, so pass its Column+1.
//
// For a block scalar (`|`), p is the first content line at the content's
// indentation, so lines add and the column is p.Column+exprCol-1. For a plain or
// quoted scalar on one line, the line is p.Line and the column adds. A folded
// (`>`) or multi-line flow scalar reaches expr as one line, so positions after
// its first source line are approximate.
func (p Pos) Offset(exprLine, exprCol int) Pos {
	if exprLine < 1 {
		exprLine = 1
	}
	if exprCol < 1 {
		exprCol = 1
	}
	return Pos{File: p.File, Line: p.Line + exprLine - 1, Column: p.Column + exprCol - 1}
}
