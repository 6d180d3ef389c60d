package baseline

import (
	"errors"
	"fmt"
	"io/fs"
)

// Error is a problem with a baseline file, at a line and column where known,
// in English (Error) and Chinese (In("zh")).
type Error struct {
	Path         string
	Line, Column int
	En, Zh       string
	Err          error // the cause, if any
}

// Error returns the English text.
func (e *Error) Error() string { return e.In("en") }

// In returns the text in lang: "en" for English, Chinese otherwise.
func (e *Error) In(lang string) string {
	place := e.Path
	switch {
	case e.Line > 0 && e.Column > 0:
		place = fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Column)
	case e.Line > 0: // a YAML syntax error, placed on its line only
		place = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if lang == "en" {
		return place + ": " + e.En
	}
	return place + "：" + e.Zh
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// readError is the error for a baseline file that cannot be read.
func readError(path string, err error) *Error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Path: path, En: "baseline file not found", Zh: "基线文件不存在", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Path: path, En: "permission denied: the baseline file cannot be read", Zh: "没有权限读取基线文件", Err: err}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: path, En: "cannot read the baseline file: " + err.Error(), Zh: "无法读取基线文件：" + err.Error(), Err: err}
}
