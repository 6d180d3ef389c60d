package reporters

import (
	"os"
	"path/filepath"
	"strings"
)

// srcRoot is the uriBaseId of every artifact inside the work directory.
const srcRoot = "%SRCROOT%"

// paths turns file paths as given on the command line into paths relative to
// the run's work directory, and into SARIF URIs.
type paths struct {
	cwd, root string
}

// newPaths resolves workDir (empty: the current directory) against the
// current directory.
func newPaths(workDir string) paths {
	cwd, err := os.Getwd()
	if err != nil {
		cwd = string(filepath.Separator)
	}
	root := workDir
	if root == "" {
		root = cwd
	} else if !filepath.IsAbs(root) {
		root = filepath.Join(cwd, root)
	}
	return paths{cwd: cwd, root: filepath.Clean(root)}
}

// abs returns path as an absolute, clean path.
func (p paths) abs(path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(p.cwd, path)
}

// rel returns path relative to the work directory with forward slashes, and
// false when the file lies outside it.
func (p paths) rel(path string) (string, bool) {
	r, err := filepath.Rel(p.root, p.abs(path))
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// display returns the path a CI annotation should name: relative to the work
// directory where possible, with forward slashes.
func (p paths) display(path string) string {
	if r, ok := p.rel(path); ok {
		return r
	}
	return filepath.ToSlash(path)
}

// artifact returns the SARIF artifact location of path: a percent-encoded URI
// relative to %SRCROOT%, or an absolute file URI for a file outside it.
func (p paths) artifact(path string) sarifArtifact {
	if r, ok := p.rel(path); ok {
		return sarifArtifact{URI: encodeURIPath(r), URIBaseID: srcRoot}
	}
	return sarifArtifact{URI: fileURI(p.abs(path))}
}

// fileURI returns the file URI of an absolute path.
func fileURI(abs string) string {
	s := filepath.ToSlash(abs)
	if !strings.HasPrefix(s, "/") {
		s = "/" + s // a Windows drive letter
	}
	return "file://" + encodeURIPath(s)
}

// encodeURIPath percent-encodes every byte of a slash-separated path except
// RFC 3986 unreserved characters and the slashes, so that non-ASCII names are
// UTF-8 percent-encoded and no character can be read as a scheme or query.
func encodeURIPath(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/':
			b.WriteByte(c)
		case c == ':' && i == 2 && s[0] == '/':
			b.WriteByte(c) // the colon of a drive letter: /C:/
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
