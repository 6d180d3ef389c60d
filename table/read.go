package table

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ReaderFunc reads one file's bytes into a Document. path is used in errors and spans.
type ReaderFunc func(path string, data []byte) (*Document, error)

// readers maps a lower-case file extension (".txt") to its reader; each reader
// file registers itself in an init function.
var readers = map[string]ReaderFunc{}

// register adds the reader for the given extensions.
func register(fn ReaderFunc, exts ...string) {
	for _, e := range exts {
		readers[e] = fn
	}
}

// Supported reports whether path has an extension that a reader handles.
func Supported(path string) bool {
	_, ok := readers[strings.ToLower(filepath.Ext(path))]
	return ok
}

// ReadFile reads the table at path, choosing the reader by the file's extension.
func ReadFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, ReadFileError(path, err)
	}
	return Read(path, data)
}

// ReadFileError is the error for a file at path that could not be opened or
// read: a missing file and one without permission are said in words, other
// causes follow "cannot read file". The cause stays wrapped for errors.Is.
func ReadFileError(path string, err error) *Error {
	var e *Error
	switch {
	case errors.Is(err, fs.ErrNotExist):
		e = newError(path, nil, "file not found", "文件不存在")
	case errors.Is(err, fs.ErrPermission):
		e = newError(path, nil, "permission denied: the file cannot be read", "没有权限读取这个文件")
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already the error's own
		}
		return newError(path, err, "cannot read file", "无法读取文件")
	}
	e.cause = err
	return e
}

// Read reads a table from data; path names it in errors and picks the reader by
// extension. An unknown extension is read as the text layout. The document may
// share data's memory (UTF-8 text is not copied): do not change data while the
// document is in use.
func Read(path string, data []byte) (*Document, error) {
	fn, ok := readers[strings.ToLower(filepath.Ext(path))]
	if !ok {
		fn = readers[".txt"]
	}
	if fn == nil {
		return nil, newError(path, nil, "no reader for this kind of file", "不支持这种文件：没有能读取它的读取器")
	}
	return fn(path, data)
}
