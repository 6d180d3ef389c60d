package rules

import (
	"errors"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/table"
)

// headers decodes a configuration's headers: map, canonical column → other
// names, and reports each column or name that the spreadsheet readers cannot
// take at its place in the file.
func (d *decoder) headers(n *yaml.Node) map[string][]string {
	fields, _ := d.mapping(n, "", key("headers"))
	out := make(map[string][]string, len(fields))
	keys := map[string]*yaml.Node{}
	names := map[[2]string]*yaml.Node{}
	for _, f := range fields {
		keys[f.key] = f.keyN
		list := d.strings(f.value, "", key("headers").entry(f.key))
		out[f.key] = list
		if v := resolve(f.value); v.Kind == yaml.SequenceNode {
			for _, c := range v.Content {
				if c = resolve(c); c.Kind == yaml.ScalarNode {
					names[[2]string{f.key, c.Value}] = c
				}
			}
		}
	}
	err := table.CheckHeaderSynonyms(out)
	if err == nil {
		return out
	}
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	for _, e := range list {
		var he *table.HeaderError
		if !errors.As(e, &he) {
			d.errs = append(d.errs, &PosError{Pos: d.pos(n), Msg: e.Error()})
			continue
		}
		at := keys[he.Column]
		if c, ok := names[[2]string{he.Column, he.Name}]; ok && he.Name != "" {
			at = c
		}
		if at == nil {
			at = n
		}
		d.errs = append(d.errs, &PosError{Pos: d.pos(at), Msg: he.In("en"), Zh: he.In("zh")})
	}
	return nil
}
