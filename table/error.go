package table

import "fmt"

// Error is a problem that stops a file from being read: it names the file and,
// where known, the line and column (or sheet and cell), and says what was expected.
type Error struct {
	Path   string
	Line   int
	Column int
	Sheet  string
	Cell   string
	Msg    string
	Err    error // wrapped cause, if any
}

// Error formats the error as path:line:col: msg, path:sheet!cell: msg or path: msg.
func (e *Error) Error() string {
	var s string
	switch {
	case e.Sheet != "" && e.Cell != "":
		s = fmt.Sprintf("%s:%s!%s: %s", e.Path, e.Sheet, e.Cell, e.Msg)
	case e.Line > 0 && e.Column > 0:
		s = fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		s = fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	default:
		s = fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
