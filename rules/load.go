package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// ConfigName is the name of the configuration file searched for.
const ConfigName = ".jxlint.yaml"

// LoadOptions says where the configuration comes from.
type LoadOptions struct {
	ConfigPath string // --config FILE; empty to search
	NoConfig   bool   // --no-config: the built-in set alone
	WorkDir    string // where the search starts; empty for the process's working directory
}

// Load returns the validated rule set: the built-in rules and dictionaries with
// the configuration applied. The configuration is opts.ConfigPath, or else the
// first .jxlint.yaml found from opts.WorkDir upward, or none. Errors in the
// configuration are all returned together, joined, each a *PosError.
func Load(opts LoadOptions) (*Set, error) {
	return load(opts, Builtin)
}

// load is Load with the built-in set given, for tests.
func load(opts LoadOptions, builtin func() (*Set, error)) (*Set, error) {
	path, err := FindConfig(opts)
	if err != nil {
		return nil, err
	}
	set, err := builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	if path == "" {
		return set, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := decodeConfig(path, data)
	if c == nil {
		return nil, err
	}
	if err := joinErrs([]error{err, c.apply(set)}); err != nil {
		return nil, err
	}
	return set, nil
}

// FindConfig returns the configuration file Load would use, or "" for none.
func FindConfig(opts LoadOptions) (string, error) {
	switch {
	case opts.NoConfig && opts.ConfigPath != "":
		return "", posErr("--config and --no-config cannot be used together", "--config 和 --no-config 不能同时使用")
	case opts.NoConfig:
		return "", nil
	case opts.ConfigPath != "":
		if st, err := os.Stat(opts.ConfigPath); err == nil && !st.Mode().IsRegular() {
			return "", &PosError{Pos: Pos{File: opts.ConfigPath}, Msg: "not a regular file; expected a configuration file",
				Zh: "不是普通文件：应为配置文件"}
		}
		if _, err := os.Stat(opts.ConfigPath); err != nil {
			where := Pos{File: opts.ConfigPath}
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return "", &PosError{Pos: where, Msg: "configuration file not found", Zh: "配置文件不存在"}
			case errors.Is(err, fs.ErrPermission):
				return "", &PosError{Pos: where, Msg: "permission denied: the configuration file cannot be read", Zh: "没有权限读取配置文件"}
			}
			return "", &PosError{Msg: "configuration file", Zh: "无法读取配置文件", Err: err}
		}
		return opts.ConfigPath, nil
	}
	dir := opts.WorkDir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// apply adds the configuration's rules to set, then its overrides, ignores,
// dictionaries and headers.
func (c *config) apply(set *Set) error {
	d := &decoder{file: c.path}
	all := set.All
	if c.none {
		all = nil
	}
	all = append(slices.Clone(all), c.includes(d)...)
	all = append(all, c.custom...)
	byID := map[string]*Rule{}
	all = d.checkUnique(all, byID)

	off := map[string]bool{}
	for _, o := range c.overrides {
		r := byID[o.id]
		if r == nil && c.broken[o.id] {
			continue
		}
		if r == nil {
			s := closest(o.id, slices.Sorted(maps.Keys(byID)))
			d.errs = append(d.errs, &PosError{Pos: o.pos, Msg: fmt.Sprintf("unknown rule %q in rules%s", o.id, didYouMean(s)),
				Zh: fmt.Sprintf("「rules」中的规则「%s」不存在%s（jxlint rules 列出全部规则）", o.id, didYouMeanZh(s))})
			continue
		}
		off[o.id] = o.off
		if o.severity != "" {
			r.Severity = o.severity
		}
		d.mergeParams(r, o.params)
	}
	for _, ig := range c.ignores {
		if ig.Rule != "" && byID[ig.Rule] == nil && !c.broken[ig.Rule] {
			s := closest(ig.Rule, slices.Sorted(maps.Keys(byID)))
			d.errs = append(d.errs, &PosError{Pos: ig.Pos, Msg: fmt.Sprintf("ignore: unknown rule %q%s", ig.Rule, didYouMean(s)),
				Zh: fmt.Sprintf("忽略项中的规则「%s」不存在%s（jxlint rules 列出全部规则）", ig.Rule, didYouMeanZh(s))})
		}
	}
	merged := maps.Clone(set.Dicts.Topics)
	if merged == nil {
		merged = map[string]Topic{}
	}
	maps.Copy(merged, c.dicts.Topics)
	d.checkRelated(c.related, merged)
	if len(d.errs) > 0 {
		return joinErrs(d.errs)
	}
	if c.docsURL != "" {
		linkDocs(all, c.docsURL)
		set.DocsURL = c.docsURL
	}
	set.setRules(all, off)
	set.Dicts.extend(c.dicts)
	set.Ignores = c.ignores
	set.Exclude = c.exclude
	set.Headers = c.headers
	set.Source = c.path
	return nil
}

// mergeParams sets the overridden params of r, checking each is known and of
// the same kind as the rule's own value.
func (d *decoder) mergeParams(r *Rule, ps []param) {
	if len(ps) == 0 {
		return
	}
	known := slices.Sorted(maps.Keys(r.Params))
	merged := maps.Clone(r.Params)
	for _, p := range ps {
		def, ok := r.Params[p.name]
		switch {
		case !ok && len(known) == 0:
			d.errs = append(d.errs, &PosError{Pos: p.pos, Rule: r.ID,
				Msg: fmt.Sprintf("unknown param %q; the rule has no params", p.name),
				Zh:  fmt.Sprintf("未知的参数「%s」：这条规则没有参数", p.name)})
		case !ok:
			d.errs = append(d.errs, &PosError{Pos: p.pos, Rule: r.ID,
				Msg: fmt.Sprintf("unknown param %q; known params: %s", p.name, strings.Join(known, ", ")),
				Zh:  fmt.Sprintf("未知的参数「%s」，应为 %s 之一", p.name, listZh(known))})
		case kind(p.value) != kind(def):
			d.errs = append(d.errs, &PosError{Pos: p.pos, Rule: r.ID,
				Msg: fmt.Sprintf("param %q must be %s like its default %v, not %s", p.name, kind(def).en, def, kind(p.value).en),
				Zh:  fmt.Sprintf("参数「%s」应为%s（与默认值 %v 相同），而不是%s", p.name, kind(def).zh, def, kind(p.value).zh)})
		default:
			merged[p.name] = p.value
		}
	}
	r.Params = merged
}

// kind names the kind of a decoded YAML value.
func kind(v any) noun {
	switch v.(type) {
	case int, int64, uint64, float64:
		return noun{"a number", "数字"}
	case string:
		return noun{"a string", "字符串"}
	case bool:
		return noun{"a boolean", "布尔值"}
	case []any:
		return noun{"a sequence", "列表"}
	case map[string]any, map[any]any:
		return noun{"a mapping", "映射（键: 值）"}
	case nil:
		return noun{"empty", "空值"}
	}
	t := fmt.Sprintf("%T", v)
	return noun{t, t}
}

// includes loads the rule files matched by the include globs, relative to the
// configuration file's folder, each file once, in name order per glob.
func (c *config) includes(d *decoder) []*Rule {
	var out []*Rule
	done := map[string]bool{}
	base := filepath.Dir(c.path)
	for _, p := range c.include {
		matches, _ := filepath.Glob(filepath.Join(base, filepath.FromSlash(p.glob))) // checked in decodeConfig
		if len(matches) == 0 {
			d.errs = append(d.errs, &PosError{Pos: p.pos, Msg: fmt.Sprintf("include pattern %q matches no file in %s", p.glob, base),
				Zh: fmt.Sprintf("include 模式「%s」在 %s 中没有匹配的文件：应匹配至少一个规则文件", p.glob, base)})
			continue
		}
		sort.Strings(matches)
		for _, m := range matches {
			if done[m] {
				continue
			}
			done[m] = true
			data, err := os.ReadFile(m)
			if err != nil {
				d.errs = append(d.errs, &PosError{Pos: p.pos, Msg: "include", Zh: "无法读取 include 的规则文件", Err: err})
				continue
			}
			rs, err := LoadFile(m, data)
			if err != nil {
				d.errs = append(d.errs, err)
			}
			out = append(out, rs...)
		}
	}
	return out
}
