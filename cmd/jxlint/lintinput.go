package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jxlint/jxlint/table"
)

// lintInput is one file to lint: a path, or standard input under a name.
type lintInput struct {
	path  string
	stdin []byte // the bytes of standard input when the path was -
	isStd bool
	err   error // set when the path could not be listed
}

// expandInputs turns the command-line paths into files: a folder gives the
// supported tables below it in name order, hidden folders skipped; - gives
// standard input (read once, here). A path that cannot be listed stays an
// input with its error, so that it is reported in its place.
func expandInputs(paths []string, stdin io.Reader, stdinName string) []lintInput {
	var out []lintInput
	readStdin := false
	for _, p := range paths {
		if p == "-" {
			in := lintInput{path: stdinName, isStd: true}
			if readStdin {
				in.err = &table.Error{Path: stdinName, Msg: "standard input given twice", Zh: "标准输入（-）给了两次"}
			} else {
				in.stdin, in.err = io.ReadAll(stdin)
				if in.err != nil {
					in.err = &table.Error{Path: stdinName, Msg: "cannot read standard input", Zh: "无法读取标准输入", Err: in.err}
				}
			}
			readStdin = true
			out = append(out, in)
			continue
		}
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			out = append(out, lintInput{path: p}) // reading reports a missing file
			continue
		}
		out = append(out, walkTables(p)...)
	}
	return out
}

// walkTables lists the supported tables under dir in name order (WalkDir's
// order), skipping hidden folders.
func walkTables(dir string) []lintInput {
	var out []lintInput
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, lintInput{path: p, err: &table.Error{Path: p, Msg: "cannot list folder", Zh: "无法列出文件夹", Err: err}})
			return nil
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if table.Supported(p) {
			out = append(out, lintInput{path: p})
		}
		return nil
	})
	if err != nil {
		out = append(out, lintInput{path: dir, err: err})
	}
	return out
}

// read returns the input's bytes and model.
func (in *lintInput) read() ([]byte, *table.Document, error) {
	data, err := in.bytes()
	if err != nil {
		return nil, nil, err
	}
	doc, err := table.Read(in.path, data)
	return data, doc, err
}

// bytes returns the input's bytes.
func (in *lintInput) bytes() ([]byte, error) {
	if in.err != nil {
		return nil, in.err
	}
	if in.isStd {
		return in.stdin, nil
	}
	data, err := os.ReadFile(in.path)
	if err != nil {
		return nil, table.ReadFileError(in.path, err)
	}
	return data, nil
}
