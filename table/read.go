package table

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// readerFunc reads one file's bytes into a Document, with the options of
// ReadWith. path is used in errors and spans.
type readerFunc func(path string, data []byte, opts ReadOptions) (*Document, error)

// readers maps a lower-case file extension (".txt") to its reader, and
// kindReaders a kind that Sniff tells to its reader; each reader file
// registers itself in an init function.
var (
	readers     = map[string]readerFunc{}
	extKinds    = map[string]Kind{}
	kindReaders = map[Kind]readerFunc{}
)

// register adds the reader of kind for the given extensions.
func register(kind Kind, fn readerFunc, exts ...string) {
	kindReaders[kind] = fn
	for _, e := range exts {
		readers[e], extKinds[e] = fn, kind
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

// Read reads a table from data; path names it in errors. The reader is chosen
// by content first: a file that Sniff knows as a container (PDF, zip, compound
// file, image) goes to the reader of its kind whatever its name, or is refused
// with an error that names the kind (see KindError). Text, and a damaged zip
// or compound file, goes to the reader of the extension; text with an unknown
// extension (standard input without --stdin-filename) to the reader of the
// text kind that Sniff tells. The document may share data's memory (UTF-8 text
// is not copied): do not change data while the document is in use.
func Read(path string, data []byte) (*Document, error) {
	return ReadWith(path, data, ReadOptions{})
}

// ReadOptions are the options of ReadWith; the zero value reads as Read does.
type ReadOptions struct {
	// Workers is how many processors the reading may keep busy at once:
	// with more than one, the indicator cells of a table in the packed
	// layout are split on that many goroutines while the calling goroutine
	// walks the rows. 0 and 1 read on the calling goroutine alone.
	Workers int
}

// ReadWith reads a table from data as Read does, with opts. The document is
// the one that Read returns, whatever the options.
func ReadWith(path string, data []byte, opts ReadOptions) (*Document, error) {
	ext := strings.ToLower(filepath.Ext(path))
	fn, known := readers[ext]
	if k := sniffContainer(data); k != KindUnknown && (!known || !sameFamily(k, extKinds[ext])) {
		if kfn := kindReaders[k]; kfn != nil {
			return kfn(path, data, opts)
		}
		return nil, KindError(path, k)
	}
	if !known {
		fn = kindReaders[sniffText(data)]
	}
	if fn == nil {
		fn = kindReaders[KindText]
	}
	return fn(path, data, opts)
}

// sameFamily reports whether k, a kind that Sniff could not tell more
// precisely (a damaged or unknown zip or compound file), is of the family of
// container that the reader of kind r reads: the reader then says best what is
// wrong with the file.
func sameFamily(k, r Kind) bool {
	switch k {
	case KindZip:
		return r == KindXLSX || r == KindDOCX || r == KindODS
	case KindOLE:
		return r == KindXLS
	}
	return false
}
