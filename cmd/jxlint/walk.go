package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jxlint/jxlint/internal/pathglob"
	"github.com/jxlint/jxlint/table"
)

// walkable reports whether a walk reads the file at path: the one place that
// says which files are tables. A model file (.json, .yaml) is read only when
// its content is a model; see lintInput.read.
func walkable(path string) bool {
	return table.Supported(path)
}

// inputList gathers the files of a run: each file once, in the order met.
type inputList struct {
	inputs    []lintInput
	skipped   []skipNote
	seen      map[string]bool // identities of the files already listed
	exclude   []*pathglob.Pattern
	readStdin bool
}

// expandInputs turns the command-line paths into files: a folder gives the
// tables below it in name order (hidden files and folders, files excluded by
// --exclude or exclude:, and files that are not tables are skipped and listed
// as skipped); - gives standard input (read once, here). A file named twice,
// or named and found by a walk, is read once. A path that cannot be listed
// stays an input with its error, so that it is reported in its place.
func expandInputs(paths []string, stdin io.Reader, stdinName string, exclude []*pathglob.Pattern) ([]lintInput, []skipNote) {
	l := &inputList{seen: map[string]bool{}, exclude: exclude}
	for _, p := range paths {
		if p == "-" {
			l.addStdin(stdin, stdinName)
			continue
		}
		st, err := os.Stat(p)
		switch {
		case err != nil || st.Mode().IsRegular():
			if l.excludedNamed(p) {
				l.skip(p, "excluded", "已排除")
				continue
			}
			l.add(lintInput{path: p}) // reading reports a missing file
		case st.IsDir():
			l.walk(p)
		default:
			l.add(lintInput{path: p, err: notRegularError(p)})
		}
	}
	return l.inputs, l.skipped
}

// addStdin reads standard input, once.
func (l *inputList) addStdin(stdin io.Reader, name string) {
	in := lintInput{path: name, isStd: true}
	if l.readStdin {
		in.err = &table.Error{Path: name, Msg: "standard input given twice", Zh: "标准输入（-）给了两次"}
	} else {
		var err error
		if in.stdin, err = io.ReadAll(stdin); err != nil {
			in.err = &table.Error{Path: name, Msg: "cannot read standard input", Zh: "无法读取标准输入", Err: err}
		}
	}
	l.readStdin = true
	l.inputs = append(l.inputs, in)
}

// add lists in unless its file is already listed.
func (l *inputList) add(in lintInput) { l.addAs(in, fileIdentity(in.path)) }

// addAs lists in, whose file has identity id, unless it is already listed.
func (l *inputList) addAs(in lintInput, id string) {
	if l.seen[id] {
		return
	}
	l.seen[id] = true
	l.inputs = append(l.inputs, in)
}

// fileIdentity names the file at path the same way however the path is
// written: absolute, cleaned, symbolic links resolved.
func fileIdentity(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// skip records a path left out.
func (l *inputList) skip(path, en, zh string) {
	l.skipped = append(l.skipped, skipNote{path: path, en: en, zh: zh})
}

// excluded reports whether an exclude glob matches path.
func (l *inputList) excluded(path string) bool {
	for _, p := range l.exclude {
		if p.Match(path) {
			return true
		}
	}
	return false
}

// excludedNamed reports whether an exclude glob matches a named file or one
// of the folders above it.
func (l *inputList) excludedNamed(path string) bool {
	for p := filepath.Clean(path); ; p = filepath.Dir(p) {
		if l.excluded(p) {
			return true
		}
		if up := filepath.Dir(p); up == p || p == "." || p == ".." || strings.HasSuffix(p, string(filepath.Separator)+"..") {
			return false
		}
	}
}

// walk lists the tables under dir in name order (WalkDir's order). A dir
// that is a link to a folder is walked as that folder.
func (l *inputList) walk(dir string) {
	root, start := fileIdentity(dir), dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		start = dir + string(filepath.Separator) // WalkDir follows a root given with a trailing separator
	}
	err := filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.inputs = append(l.inputs, lintInput{path: p, err: &table.Error{Path: p, Msg: "cannot list folder", Zh: "无法列出文件夹", Err: err}})
			return nil
		}
		if p == start {
			return nil
		}
		hidden := strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && (hidden || l.excluded(p)):
			l.skip(p+string(filepath.Separator), ifStr(hidden, "hidden folder", "excluded"), ifStr(hidden, "隐藏文件夹", "已排除"))
			return filepath.SkipDir
		case d.IsDir():
			return nil
		case hidden:
			l.skip(p, "hidden file", "隐藏文件")
		case l.excluded(p):
			l.skip(p, "excluded", "已排除")
		case !walkable(p):
			l.skip(p, "not a supported table file", "不是支持的表格文件")
		case !regularFile(p, d):
			l.skip(p, "not a regular file", "不是普通文件")
		default:
			l.addAs(lintInput{path: p, walked: true}, walkedIdentity(root, dir, p, d))
		}
		return nil
	})
	if err != nil {
		l.inputs = append(l.inputs, lintInput{path: dir, err: err})
	}
}

// walkedIdentity is fileIdentity of the entry p met walking dir, whose
// identity is root. A walk does not follow links to folders, so a regular
// file's real path is root and its path below dir, found without resolving
// each folder above it again; a link is resolved.
func walkedIdentity(root, dir, p string, d fs.DirEntry) string {
	if rel, err := filepath.Rel(dir, p); err == nil && d.Type().IsRegular() {
		return filepath.Join(root, rel)
	}
	return fileIdentity(p)
}

// regularFile reports whether the walked entry is a regular file, or a
// symbolic link to one.
func regularFile(p string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// ifStr returns a when cond holds, b otherwise.
func ifStr(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
