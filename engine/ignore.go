package engine

import (
	"fmt"
	"regexp"

	"github.com/jxlint/jxlint/internal/pathglob"
	"github.com/jxlint/jxlint/rules"
)

// ignore is a configuration ignore entry with its globs compiled; a nil
// pattern matches everything.
type ignore struct {
	rule, unit, project *regexp.Regexp
	path                *pathglob.Pattern
}

// compileIgnores compiles the globs of the ignore entries. A path glob is
// relative to base, the folder of the configuration file (see pathglob); in
// rule, unit and project globs `*` matches any text.
func compileIgnores(list []rules.Ignore, base string) ([]ignore, []error) {
	var out []ignore
	var errs []error
	bad := func(ig rules.Ignore, glob string, err error) {
		errs = append(errs, &rules.PosError{Pos: ig.Pos, Msg: fmt.Sprintf("ignore: bad pattern %q: %v", glob, err),
			Zh: fmt.Sprintf("ignore：模式「%s」有误：%v", glob, err)})
	}
	for _, ig := range list {
		var c ignore
		for _, g := range []struct {
			dst  **regexp.Regexp
			glob string
		}{{&c.rule, ig.Rule}, {&c.unit, ig.Unit}, {&c.project, ig.Project}} {
			if g.glob == "" {
				continue
			}
			var err error
			if *g.dst, err = pathglob.Regexp(g.glob, false); err != nil {
				bad(ig, g.glob, err)
			}
		}
		if ig.Path != "" {
			var err error
			if c.path, err = pathglob.Compile(ig.Path, base); err != nil {
				bad(ig, ig.Path, err)
			}
		}
		out = append(out, c)
	}
	return out, errs
}

// matches reports whether the entry drops finding f.
func (ig *ignore) matches(f *Finding) bool {
	return match(ig.rule, f.RuleID) && (ig.path == nil || ig.path.Match(f.Path)) &&
		match(ig.unit, f.Unit) && match(ig.project, f.Project)
}

// match reports whether s matches re; a nil re matches everything.
func match(re *regexp.Regexp, s string) bool {
	return re == nil || re.MatchString(s)
}
