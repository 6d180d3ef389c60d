package table

import (
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
		return nil, &Error{Path: path, Msg: "cannot read file", Err: err}
	}
	return Read(path, data)
}

// Read reads a table from data; path names it in errors and picks the reader by
// extension. An unknown extension is read as the text layout.
func Read(path string, data []byte) (*Document, error) {
	fn, ok := readers[strings.ToLower(filepath.Ext(path))]
	if !ok {
		fn = readers[".txt"]
	}
	if fn == nil {
		return nil, &Error{Path: path, Msg: "no reader for this kind of file"}
	}
	return fn(path, data)
}
