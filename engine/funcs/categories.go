package funcs

import "github.com/jxlint/jxlint/table"

// categoryLists holds every list that categories can return, boxed once, so
// that the categories helper neither builds nor boxes a list per project:
// rules read the list and never change it.
type categoryLists struct {
	bit   map[string]uint // a canonical first-level name → its bit in a set of them
	lists []any           // the []string of each set, the names of framework order
}

// maxListed is the number of distinct first-level names up to which every
// set of them has its list made beforehand.
const maxListed = 10

// newCategoryLists makes the lists of every set of the names of order, or
// returns nil when there are more than maxListed names.
func newCategoryLists(order []string) *categoryLists {
	c := &categoryLists{bit: map[string]uint{}}
	for _, name := range order {
		if _, ok := c.bit[name]; !ok {
			c.bit[name] = uint(len(c.bit))
		}
	}
	if len(c.bit) > maxListed {
		return nil
	}
	c.lists = make([]any, 1<<len(c.bit))
	for set := range c.lists {
		list := []string{}
		for _, name := range order { // as categories lists them, a name that order repeats included
			if set&(1<<c.bit[name]) != 0 {
				list = append(list, name)
			}
		}
		c.lists[set] = list
	}
	return c
}

// categoriesOf returns categories(p) boxed, without allocating when every set
// of first-level names has its list.
func (f *framework) categoriesOf(p *table.Project) any {
	if f.lists == nil || p == nil {
		return f.categories(p)
	}
	set := 0
	for _, in := range p.Indicators {
		if c := f.level1Of(in); c != "" {
			set |= 1 << f.lists.bit[c]
		}
	}
	return f.lists.lists[set]
}

// categoryList returns categories(p), as categoriesOf does but unboxed.
func (f *framework) categoryList(p *table.Project) []string {
	if l, ok := f.categoriesOf(p).([]string); ok {
		return l
	}
	return nil
}
