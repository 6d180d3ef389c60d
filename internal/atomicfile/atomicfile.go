// Package atomicfile replaces a file's contents all at once: the new bytes are
// written to a temporary file in the same folder, which is then renamed over
// the old one, so that a reader (or a crash) never sees half a file.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Write replaces the file at path with data. An existing file keeps its
// permission bits, and a symbolic link is followed so that the file it points
// at is replaced and the link stays; a new file gets mode perm. On error the
// old file is left as it was and the temporary file is removed.
func Write(path string, data []byte, perm fs.FileMode) error {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	mode := perm
	if fi, err := os.Stat(target); err == nil {
		if !fi.Mode().IsRegular() {
			return &fs.PathError{Op: "replace", Path: path, Err: errors.New("not a regular file")}
		}
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, mode)
	}
	if err == nil {
		err = os.Rename(name, target)
	}
	if err != nil {
		_ = os.Remove(name)
		return err
	}
	return nil
}
