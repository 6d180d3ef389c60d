package table

import (
	"errors"
	"fmt"
)

// Error is a problem that stops a file from being read: it names the file and,
// where known, the line and column (or sheet and cell), and says what was
// expected, in English (Msg) and in Chinese (Zh). Error() is the English text;
// In gives either.
type Error struct {
	Path   string
	Line   int
	Column int
	Sheet  string
	Cell   string
	Msg    string // what went wrong and what was expected, in English
	Zh     string // the same in Chinese; Msg stands in when it is empty
	Err    error  // wrapped cause, if any
	cause  error  // a cause that the message already says in words: unwrapped, not printed
}

// newError returns the error for the file at path with its English and Chinese
// text and an optional cause; callers set the place when they know it.
func newError(path string, cause error, en, zh string) *Error {
	e := &Error{Path: path, Msg: en, Zh: zh, Err: cause}
	var r *reasonError
	if errors.As(cause, &r) && r.line > 0 {
		e.Line, e.Column = r.line, r.col
	}
	return e
}

// Error formats the error in English as path:line:col: msg, path:sheet!cell: msg
// or path: msg, followed by ": cause".
func (e *Error) Error() string { return e.In("en") }

// In formats the error like Error, in lang: "en" for English, anything else
// (the default "zh") for Chinese. The place keeps ASCII separators so that tools
// can read it.
func (e *Error) In(lang string) string {
	var s string
	switch {
	case e.Sheet != "" && e.Cell != "":
		s = fmt.Sprintf("%s:%s!%s", e.Path, e.Sheet, e.Cell)
	case e.Line > 0 && e.Column > 0:
		s = fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Column)
	case e.Line > 0:
		s = fmt.Sprintf("%s:%d", e.Path, e.Line)
	default:
		s = e.Path
	}
	return s + ": " + e.Message(lang)
}

// Message is the error's text in lang without its place: the message, then the
// cause. A cause that speaks both languages (Decode's errors, another *Error)
// is given in lang; others (os, zip, excelize errors) are given as they are,
// after the Chinese explanation.
func (e *Error) Message(lang string) string {
	msg, sep := e.Msg, ": "
	if lang != "en" && e.Zh != "" {
		msg, sep = e.Zh, "："
	}
	if e.Err != nil {
		msg += sep + ErrorText(e.Err, lang)
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error {
	if e.Err == nil {
		return e.cause
	}
	return e.Err
}

// ErrorText is err as a user reads it in lang (zh or en): an *Error (or
// another error of this package that speaks both languages) found with
// errors.As gives its text in lang; any other error gives err.Error().
func ErrorText(err error, lang string) string {
	var b bilingual
	if errors.As(err, &b) {
		return b.In(lang)
	}
	return err.Error()
}

// bilingual is an error that can say itself in English or Chinese.
type bilingual interface {
	error
	In(lang string) string
}

// reasonError is a cause without a place, in English and Chinese: why Decode
// refused its input, or why a sheet was refused. It matches kind (ErrEmpty,
// ErrBinary, or nil) with errors.Is.
type reasonError struct {
	kind      error
	en, zh    string
	line, col int // where the input went wrong, when known (1-based)
}

// Error returns the English text.
func (e *reasonError) Error() string { return e.en }

// In returns the text in lang.
func (e *reasonError) In(lang string) string {
	if lang == "en" {
		return e.en
	}
	return e.zh
}

// Unwrap returns the kind of error.
func (e *reasonError) Unwrap() error { return e.kind }
