package engine

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// ignore is a configuration ignore entry with its globs compiled; a nil
// pattern matches everything.
type ignore struct {
	rule, path, unit, project *regexp.Regexp
}

// compileIgnores compiles the globs of the ignore entries. In a path glob `*`
// and `?` stay inside one folder and `**` crosses folders; a path glob without
// a slash matches the file's base name. In rule, unit and project globs `*`
// matches any text.
func compileIgnores(list []rules.Ignore) ([]ignore, []error) {
	var out []ignore
	var errs []error
	for _, ig := range list {
		var c ignore
		var err error
		for _, g := range []struct {
			dst  **regexp.Regexp
			glob string
			path bool
		}{{&c.rule, ig.Rule, false}, {&c.path, ig.Path, true}, {&c.unit, ig.Unit, false}, {&c.project, ig.Project, false}} {
			if g.glob == "" {
				continue
			}
			*g.dst, err = globRegexp(g.glob, g.path)
			if err != nil {
				errs = append(errs, &rules.PosError{Pos: ig.Pos, Msg: fmt.Sprintf("ignore: bad pattern %q: %v", g.glob, err),
					Zh: fmt.Sprintf("ignore：模式「%s」有误：%v", g.glob, err)})
			}
		}
		out = append(out, c)
	}
	return out, errs
}

// globRegexp translates a glob to an anchored regular expression.
func globRegexp(glob string, path bool) (*regexp.Regexp, error) {
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

// matches reports whether the entry drops finding f.
func (ig *ignore) matches(f *Finding) bool {
	return match(ig.rule, f.RuleID) && match(ig.path, filepath.ToSlash(f.Path)) &&
		match(ig.unit, f.Unit) && match(ig.project, f.Project)
}

// match reports whether s matches re; a nil re matches everything.
func match(re *regexp.Regexp, s string) bool {
	return re == nil || re.MatchString(s)
}
