package defaults_test

import (
	"testing"

	"github.com/jxlint/jxlint/rules"
)

// TestTopicsDictionary checks the built-in fields of government work: every
// field has an English name, a section names a class that exists, related
// fields exist, and no keyword or unit word belongs to two fields (the matcher
// would give it to one of them silently).
func TestTopicsDictionary(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	topics := set.Dicts.Topics
	if len(topics) < 60 {
		t.Errorf("%d topics, want the classes and sections of the classification", len(topics))
	}
	owner := map[string]string{}
	for name, tp := range topics {
		if tp.En == "" {
			t.Errorf("topic %s has no English name", name)
		}
		if c, ok := topics[tp.Class]; tp.Class != "" && (!ok || c.Class != "") {
			t.Errorf("topic %s: class %q is not a class", name, tp.Class)
		}
		for _, r := range tp.Related {
			if _, ok := topics[r]; !ok {
				t.Errorf("topic %s: related %q is not a topic", name, r)
			}
		}
		for _, list := range [][]string{tp.Keywords, tp.Units} {
			seen := map[string]bool{}
			for _, w := range list {
				if seen[w] {
					continue
				}
				seen[w] = true
				if o, ok := owner[w]; ok && o != name {
					t.Errorf("%q belongs to both %s and %s", w, o, name)
				}
				owner[w] = name
			}
		}
	}
}
