package baseline

import (
	"path/filepath"
	"strings"
)

// relFileFrom is the path p (relative to the working directory wd, or
// absolute) as a baseline in folder dir records it: relative to dir, with
// forward slashes, so that a baseline matches wherever jxlint runs from. With
// no dir, p is only cleaned. A path that cannot be made relative stays absolute.
func relFileFrom(dir, wd, p string) string {
	if dir == "" || wd == "" || p == "" {
		return cleanPath(p)
	}
	abs := p
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(wd, p)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return cleanPath(abs)
	}
	return cleanPath(rel)
}

// workDir is the working directory, or "" when it cannot be told.
func workDir() string {
	wd, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	return wd
}

// absDir is the absolute folder of the file at path, or "" when it cannot be told.
func absDir(path string) string {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return ""
	}
	return dir
}

// cleanPath makes file paths comparable: clean, with forward slashes.
func cleanPath(p string) string {
	if p == "" {
		return ""
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(p)), "./")
}
