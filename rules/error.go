package rules

import (
	"fmt"
	"strings"
)

// PosError is a problem in a rule, dictionary or configuration file, at a place.
// It says what is wrong and what was expected in English (Msg) and in Chinese
// (Zh). Error() is the English text, `file:line:col: rule "id": message`; In
// gives either language, the place and the rule id where they are in English.
type PosError struct {
	Pos  Pos
	Rule string // the rule concerned, empty when none
	Msg  string // what is wrong and what was expected, in English
	Zh   string // the same in Chinese; the English text stands in when it is empty
	Err  error  // wrapped cause, if any
}

// Error returns the message in English with its position and rule.
func (e *PosError) Error() string { return e.In("en") }

// In returns the message in lang, "en" for English and anything else (the
// default "zh") for Chinese, as `file:line:col: 规则「id」：message`. An error
// without Chinese text is given in English whatever lang is.
func (e *PosError) In(lang string) string {
	zh := lang != "en" && e.Zh != ""
	var b strings.Builder
	if e.Pos.File != "" {
		b.WriteString(e.Pos.String())
		b.WriteString(": ")
	}
	msg, sep := e.Msg, ": "
	switch {
	case zh:
		msg, sep = e.Zh, "："
		if e.Rule != "" {
			fmt.Fprintf(&b, "规则「%s」：", e.Rule)
		}
	case e.Rule != "":
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	b.WriteString(msg)
	if e.Err != nil {
		if msg != "" {
			b.WriteString(sep)
		}
		b.WriteString(ErrorText(e.Err, lang))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *PosError) Unwrap() error { return e.Err }

// ErrorText is err as a user reads it in lang (zh or en): joined errors one to
// a line, each error that can say itself in both languages (a *PosError, a
// table error) in lang, any other error as err.Error().
func ErrorText(err error, lang string) string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		lines := make([]string, 0, len(j.Unwrap()))
		for _, e := range j.Unwrap() {
			lines = append(lines, ErrorText(e, lang))
		}
		return strings.Join(lines, "\n")
	}
	if b, ok := err.(interface{ In(lang string) string }); ok {
		return b.In(lang)
	}
	return err.Error()
}

// posErr returns a *PosError without a place or a rule, in English and Chinese.
func posErr(en, zh string) *PosError { return &PosError{Msg: en, Zh: zh} }

// noun names a part of a file in messages, in English and in Chinese.
type noun struct{ en, zh string }

// key is the noun for the value of the YAML key (or dotted key path) k: the key
// as written, in 「」 in Chinese.
func key(k string) noun { return noun{k, "「" + k + "」"} }

// entry is the noun for the value of the entry k of the mapping n names.
func (n noun) entry(k string) noun { return noun{n.en + " " + k, n.zh + "中「" + k + "」的值"} }

// in returns the noun in lang.
func (n noun) in(lang string) string {
	if lang == "en" {
		return n.en
	}
	return n.zh
}

// sprintfIn formats format with args in lang: a noun argument is given in lang.
func sprintfIn(lang, format string, args []any) string {
	a := make([]any, len(args))
	for i, x := range args {
		if n, ok := x.(noun); ok {
			x = n.in(lang)
		}
		a[i] = x
	}
	return fmt.Sprintf(format, a...)
}

// listZh joins a list of words the Chinese way, with 、.
func listZh(words []string) string { return strings.Join(words, "、") }

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
