package rules

import (
	"io/fs"
	"path"

	defaults "github.com/jxlint/jxlint/rules/default"
)

// builtinDir is how built-in files are named in error messages.
const builtinDir = "rules/default"

// Builtin returns the embedded default rule set: every rule of
// rules/default/*.yaml at its written severity, and the dictionaries of
// rules/default/dict/*.yaml. Each call returns a fresh Set the caller may change.
func Builtin() (*Set, error) {
	return builtinFrom(defaults.FS)
}

// builtinFrom loads a built-in set from fsys, laid out as rules/default.
func builtinFrom(fsys fs.FS) (*Set, error) {
	var errs []error
	var all []*Rule
	names, _ := fs.Glob(fsys, "*.yaml") // sorted; the pattern is valid
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rs, err := LoadFile(path.Join(builtinDir, name), data)
		all = append(all, rs...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	d := &decoder{}
	all = d.checkUnique(all, map[string]*Rule{})
	errs = append(errs, d.errs...)

	linkDocs(all, DefaultDocsURL)
	s := &Set{DocsURL: DefaultDocsURL}
	dicts, _ := fs.Glob(fsys, "dict/*.yaml")
	for _, name := range dicts {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		dd := newDecoder(path.Join(builtinDir, name), data)
		if top := dd.parse(data); top != nil {
			dd.dictFile(path.Base(name), top, &s.Dicts)
		}
		errs = append(errs, dd.errs...)
	}
	s.setRules(all, nil)
	return s, joinErrs(errs)
}
