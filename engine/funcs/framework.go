package funcs

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// framework answers questions about the indicator framework; it is built once
// from the dictionaries.
type framework struct {
	level1 map[string]string // name or alias, without 指标 → canonical first-level name
	level2 map[string]string // same for second-level names
	exact1 map[string]string // level1 by names as tables write them (产出, 产出指标): no normalizing
	exact2 map[string]string // the same for level2
	parent map[string]string // canonical second-level name → canonical first-level name
	code1  map[string]string // first-level code → canonical name
	code2  map[string]string // second-level code → canonical name
	order  []string          // canonical first-level names in framework order
	maxLen int               // bytes of the longest name or key of the maps: longer texts are no category
	exact  map[string]names  // what the framework knows of the names of exact1 and exact2
	byKey  map[string]names  // the same by categoryKey, for the keys of level1 and level2
	none   names             // what it knows of any other name
	lists  *categoryLists    // the lists categories returns, when there are few first-level names
	starts *runeSet          // the first runes of the keys of level1 and level2; nil when "" is one
}

// names is what the framework knows of one name, found in one look-up:
// canon1(name), canon2(name), parentOf(name) and parentOf(canon2(name)).
type names struct {
	level1, level2, parent, level2Parent string
}

// newFramework indexes the categories of cats.
func newFramework(cats []rules.Category) *framework {
	f := &framework{level1: map[string]string{}, level2: map[string]string{}, parent: map[string]string{},
		code1: map[string]string{}, code2: map[string]string{}}
	for _, c := range cats {
		f.order = append(f.order, c.Name)
		f.code1[c.Code] = c.Name
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			f.level1[categoryKey(n)] = c.Name
		}
		for _, k := range c.Children {
			f.code2[k.Code] = k.Name
			if _, seen := f.parent[k.Name]; !seen {
				f.parent[k.Name] = c.Name
			}
			for _, n := range append([]string{k.Name}, k.Aliases...) {
				f.level2[categoryKey(n)] = k.Name
			}
		}
	}
	f.exact1, f.exact2 = exactNames(f.level1), exactNames(f.level2)
	for _, m := range [...]map[string]string{f.exact1, f.exact2} {
		for k := range m {
			f.maxLen = max(f.maxLen, len(k))
		}
	}
	f.exact, f.byKey = map[string]names{}, map[string]names{}
	for _, m := range [...]map[string]string{f.exact1, f.exact2} {
		for k := range m {
			f.exact[k] = f.namesOf(k)
		}
	}
	for _, m := range [...]map[string]string{f.level1, f.level2} {
		for k := range m {
			f.byKey[k] = names{level1: f.level1[k], level2: f.level2[k]}
			f.byKey[k] = f.withParents(f.byKey[k])
		}
	}
	f.none = f.withParents(names{})
	f.lists = newCategoryLists(f.order)
	f.starts = &runeSet{}
	for _, m := range [...]map[string]string{f.level1, f.level2} {
		for k := range m {
			if k == "" {
				f.starts = nil
				return f
			}
			f.starts.add(firstRune(k))
		}
	}
	return f
}

// namesOf finds what the framework knows of name with one look-up per question.
func (f *framework) namesOf(name string) names {
	return f.withParents(names{level1: f.canon1(name), level2: f.canon2(name)})
}

// withParents completes n with the parents of its second level.
func (f *framework) withParents(n names) names {
	n.parent = f.parent[n.level2]
	n.level2Parent = f.parentOf(n.level2)
	return n
}

// lookup returns what the framework knows of name, as namesOf finds it, with
// at most two map look-ups, and none for most names that are no category.
func (f *framework) lookup(name string) names {
	if f.noKey(name) {
		return f.none
	}
	if len(name) <= f.maxLen {
		if n, ok := f.exact[name]; ok {
			return n
		}
	}
	if k := categoryKey(name); len(k) <= f.maxLen {
		if n, ok := f.byKey[k]; ok {
			return n
		}
	}
	return f.none
}

// noKey reports whether name is known to be no category without looking it
// up: its first rune, when it is no space (the first of its key then), is
// the first of no key. Every name of exact starts as its key does.
func (f *framework) noKey(name string) bool {
	if f.starts == nil || name == "" {
		return false
	}
	r, _ := decodeRune(name, 0)
	return r != utf8.RuneError && !unicode.IsSpace(r) && !f.starts.has(r)
}

// exactNames maps each key of byKey, with and without 指标, and the empty name
// to what byKey gives for its categoryKey, so that the names tables use are
// found without normalizing them first.
func exactNames(byKey map[string]string) map[string]string {
	m := make(map[string]string, 2*len(byKey)+1)
	m[""] = byKey[categoryKey("")]
	for k := range byKey {
		for _, name := range [...]string{k, k + "指标"} {
			m[name] = byKey[categoryKey(name)]
		}
	}
	return m
}

// categoryKey is how category names are compared: without white space and
// without a trailing 指标 (产出指标 and 产出 are the same).
func categoryKey(name string) string {
	return strings.TrimSuffix(normalize(name), "指标")
}

// canon1 returns the canonical first-level name of name, or "" when the
// framework does not know it.
func (f *framework) canon1(name string) string {
	if len(name) <= f.maxLen {
		if c, ok := f.exact1[name]; ok {
			return c
		}
	}
	if k := categoryKey(name); len(k) <= f.maxLen {
		return f.level1[k]
	}
	return ""
}

// canon2 returns the canonical second-level name of name, or "".
func (f *framework) canon2(name string) string {
	if len(name) <= f.maxLen {
		if c, ok := f.exact2[name]; ok {
			return c
		}
	}
	if k := categoryKey(name); len(k) <= f.maxLen {
		return f.level2[k]
	}
	return ""
}

// parentOf returns the canonical first-level name above a second-level name, or "".
func (f *framework) parentOf(name string) string { return f.parent[f.canon2(name)] }

// level1Of returns the canonical first-level category of an indicator: by its
// first-level name, else by its first-level code, else the parent of its
// second level. It returns "" when none is known.
func (f *framework) level1Of(in *table.Indicator) string {
	if c := f.canon1(in.Level1.Name); c != "" {
		return c
	}
	if c := f.code1[in.Level1.Code]; c != "" && in.Level1.Name == "" {
		return c
	}
	return f.parentOf(in.Level2.Name)
}

// categories returns the canonical first-level categories that the project's
// indicators use, in framework order.
func (f *framework) categories(p *table.Project) []string {
	if p == nil {
		return nil
	}
	found := make(map[string]bool, len(f.order))
	for _, in := range p.Indicators {
		if c := f.level1Of(in); c != "" {
			found[c] = true
		}
	}
	out := make([]string, 0, len(found))
	for _, c := range f.order {
		if found[c] {
			out = append(out, c)
		}
	}
	return out
}
