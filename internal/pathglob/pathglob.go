// Package pathglob matches file paths against globs written relative to a
// folder: the folder of the configuration file that declares them, or the
// working directory for globs given on the command line.
//
// In a path glob `*` and `?` stay inside one folder and `**` crosses folders;
// a glob without a slash matches a file's (or folder's) base name at any depth.
package pathglob

import (
	"path/filepath"
	"regexp"
	"strings"
)

// Pattern is a compiled glob with the folder it is relative to.
type Pattern struct {
	Glob     string // the glob as written
	re       *regexp.Regexp
	base     string // absolute, cleaned
	wd       string // the working directory when compiled: relative paths start here
	baseName bool   // no slash: the glob matches base names anywhere
}

// Compile compiles glob relative to the folder base (empty for the working
// directory).
func Compile(glob, base string) (*Pattern, error) {
	wd, err := filepath.Abs(".")
	if err != nil {
		return nil, err
	}
	if base == "" {
		base = wd
	} else if !filepath.IsAbs(base) {
		base = filepath.Join(wd, base)
	}
	g := strings.TrimPrefix(filepath.ToSlash(glob), "./")
	base = filepath.Clean(base)
	for strings.HasPrefix(g, "../") { // a glob may start above its folder
		base, g = filepath.Dir(base), g[3:]
	}
	p := &Pattern{Glob: glob, base: base, wd: wd, baseName: !strings.Contains(g, "/")}
	if filepath.IsAbs(glob) {
		p.base = ""
	}
	p.re, err = Regexp(g, true)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Match reports whether path (relative to the working directory, or
// absolute) matches the pattern. A path outside the pattern's folder matches
// only a glob of base names.
func (p *Pattern) Match(path string) bool {
	if !filepath.IsAbs(path) {
		path = filepath.Join(p.wd, path)
	}
	path = filepath.Clean(path)
	if p.base == "" {
		return p.re.MatchString(filepath.ToSlash(path))
	}
	rel, err := filepath.Rel(p.base, path)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return p.baseName && p.re.MatchString(filepath.Base(path))
	}
	return p.re.MatchString(rel)
}

// Regexp translates a glob to an anchored regular expression. For a path glob
// `*` and `?` do not cross a slash and a glob without a slash matches the
// last element of a path; otherwise `*` matches any text. `**` matches
// across slashes in both, and `**/` also matches nothing.
func Regexp(glob string, path bool) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("^")
	if path && !strings.Contains(glob, "/") {
		b.WriteString("(?:.*/)?")
	}
	rs := []rune(glob)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; {
		case c == '*' && i+1 < len(rs) && rs[i+1] == '*':
			i++
			if i+1 < len(rs) && rs[i+1] == '/' {
				b.WriteString("(?:.*/)?")
				i++
			} else {
				b.WriteString(".*")
			}
		case c == '*' && path:
			b.WriteString("[^/]*")
		case c == '*':
			b.WriteString(".*")
		case c == '?' && path:
			b.WriteString("[^/]")
		case c == '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}
