package engine

import (
	"bytes"
	"strings"

	"github.com/jxlint/jxlint/engine/funcs"
	"github.com/jxlint/jxlint/table"
)

// plainPart is a ${…} part of a message that is a plain member path: one of
// the names finding, params, unit, project, indicator or projectFacts, then
// names of keys or fields, as in finding.word, project.name or
// finding.indicator.number. Most parts of the built-in messages are such
// paths; the worker writes them without a run of the VM. A map is read by
// key; of the model, only the name of a unit, project or indicator, the
// number of an indicator and the copiedFrom of project facts are read. On
// anything else (a key the map lacks, a nil object, another type) write
// declines and the part is run by the VM, so that the message is always the
// one the VM gives.
type plainPart struct {
	root string
	keys []string
}

// plainRoots are the names of Env a plain part may start with.
var plainRoots = map[string]bool{"finding": true, "params": true, "unit": true, "project": true, "indicator": true, "projectFacts": true}

// parsePlainPart returns code as a plain part, or nil when it is anything
// else: a call, an operator, an index, a name outside plainRoots.
func parsePlainPart(code string) *plainPart {
	names := strings.Split(strings.TrimSpace(code), ".")
	for _, n := range names {
		if !isPlainName(n) {
			return nil
		}
	}
	if len(names) < 2 || !plainRoots[names[0]] {
		return nil
	}
	return &plainPart{root: names[0], keys: names[1:]}
}

// isPlainName reports whether s is an identifier of ASCII letters, digits and
// underscores that does not start with a digit.
func isPlainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9' || i == 0) {
			return false
		}
	}
	return s != ""
}

// write writes the part's value in env to b as writeValue does and reports
// whether it could; when it could not, b is as it was.
func (p *plainPart) write(b *bytes.Buffer, env *Env, lang string) bool {
	var v any
	switch p.root {
	case "finding":
		v = env.Finding
	case "params":
		v = env.Params
	case "unit":
		v = env.Unit
	case "project":
		v = env.Project
	case "indicator":
		v = env.Indicator
	case "projectFacts":
		v = env.PFacts
	}
	last := len(p.keys) - 1
	for i, k := range p.keys {
		switch x := v.(type) {
		case map[string]any:
			val, ok := x[k]
			if !ok {
				return false
			}
			v = val
			continue
		case *funcs.ProjectFacts:
			if x != nil && k == "copiedFrom" {
				v = x.CopiedFrom
				continue
			}
		case *table.Unit:
			if x != nil && k == "name" && i == last {
				b.WriteString(x.Name)
				return true
			}
		case *table.Project:
			if x != nil && k == "name" && i == last {
				b.WriteString(x.Name)
				return true
			}
		case *table.Indicator:
			if x != nil && k == "name" && i == last {
				b.WriteString(x.Name)
				return true
			}
			if x != nil && k == "number" && i == last {
				b.WriteString(x.Number)
				return true
			}
		}
		return false
	}
	writeValue(b, v, lang)
	return true
}
