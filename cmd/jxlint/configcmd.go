package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/width"

	"github.com/jxlint/jxlint/cache"
	"github.com/jxlint/jxlint/rules"
)

// newConfigCmd builds `jxlint config`.
func newConfigCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value comes from (生效的配置)",
		Long: `Print every setting in effect: the configuration file and how it was found,
the language, each rule's severity and parameters, the dictionaries, ignore
entries, header names and the cache folder, each with where its value comes
from: a flag, a place (file:line:col) in the configuration, or the built-in
rule files.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			set, err := loadRuleSet(e)
			if err != nil {
				return err
			}
			src, err := readConfigSource(set.Source)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			changed := func(name string) bool { f := cmd.Flags().Lookup(name); return f != nil && f.Changed }
			return configRun(e.stdout, configSettings(e, set, src, changed("lang"), changed("max-cells")), e.global.lang)
		},
	}
}

// setting is one line of `jxlint config`.
type setting struct {
	key, value, origin string
}

// configSettings lists the settings of set in effect, in a fixed order.
func configSettings(e *env, set *rules.Set, src *configSource, langChanged, maxCellsChanged bool) []setting {
	lang := e.global.lang
	l := func(zh, en string) string { return inLang(lang, zh, en) }
	var out []setting
	add := func(k, v, o string) { out = append(out, setting{k, v, o}) }

	switch {
	case e.global.noConfig:
		add("config", l("（无）", "(none)"), "--no-config")
	case e.global.configPath != "":
		add("config", set.Source, "--config")
	case set.Source != "":
		add("config", set.Source, l("从工作目录向上找到", "found from the working directory upward"))
	default:
		add("config", l("（无）", "(none)"), l("从工作目录向上未找到 "+rules.ConfigName, "no "+rules.ConfigName+" found from the working directory upward"))
	}
	add("lang", lang, pick(langChanged, "--lang", l("默认", "default")))
	add("max-cells", fmt.Sprint(e.global.maxCells), pick(maxCellsChanged, "--max-cells", l("默认", "default")))
	add("extends", src.scalar("default", "extends"), src.origin(l("默认", "default"), "extends"))
	if inc := src.list("include"); inc != "" {
		add("include", inc, src.origin("", "include"))
	}
	builtin := l("内置 ", "built-in ")
	for _, r := range set.All {
		defined := r.Pos.String()
		if r.Pos.File == "" || isBuiltin(r.Pos.File) {
			defined = builtin + r.Pos.String()
		}
		sev := string(r.Severity)
		if !set.Enabled(r.ID) {
			sev = "off"
		}
		sevOrigin := src.origin("", "rules", r.ID, "severity")
		if sevOrigin == "" && src.isScalar("rules", r.ID) {
			sevOrigin = src.origin("", "rules", r.ID)
		}
		add("rules."+r.ID+".severity", sev, pick(sevOrigin != "", sevOrigin, defined))
		for _, name := range sortedKeys(r.Params) {
			add("rules."+r.ID+".params."+name, paramText(r.Params[name]), src.origin(defined, "rules", r.ID, "params", name))
		}
	}
	dictOrigin := func(name string) string {
		if o := src.origin("", "dictionaries", name); o != "" {
			return builtin + "rules/default/dict + " + o
		}
		return builtin + "rules/default/dict"
	}
	d := set.Dicts
	add("dictionaries.typos", fmt.Sprintf(l("%d 条", "%d entries"), len(d.Typos)), dictOrigin("typos"))
	add("dictionaries.topics", fmt.Sprintf(l("%d 个主题", "%d topics"), len(d.Topics)), dictOrigin("topics"))
	add("dictionaries.vague", fmt.Sprintf(l("%d 个词", "%d words"), len(d.Vague)), dictOrigin("vague"))
	add("dictionaries.framework", fmt.Sprintf(l("%d 个一级指标", "%d first-level categories"), len(d.Framework)), dictOrigin("framework"))
	for i, ig := range set.Ignores {
		add(fmt.Sprintf("ignore[%d]", i), ignoreText(ig), ig.Pos.String())
	}
	if len(set.Exclude) > 0 {
		add("exclude", strings.Join(set.Exclude, " "), src.origin("", "exclude"))
	}
	for _, canon := range sortedKeys(set.Headers) {
		add("headers."+canon, fmt.Sprint(set.Headers[canon]), src.origin("", "headers", canon))
	}
	if dir, err := cache.DefaultDir(); err == nil {
		add("cache", dir, l("默认（用户缓存目录；jxlint lint --cache-dir、--no-cache 可改）", "default (the user's cache folder; jxlint lint --cache-dir, --no-cache change it)"))
	}
	return out
}

// configRun writes the settings as columns aligned for a terminal, where a
// Chinese character takes two places: setting, value, origin.
func configRun(w io.Writer, settings []setting, lang string) error {
	rows := append([]setting{{inLang(lang, "设置", "setting"), inLang(lang, "值", "value"), inLang(lang, "来源", "origin")}}, settings...)
	var wKey, wValue int
	for _, r := range rows {
		wKey, wValue = max(wKey, displayWidth(r.key)), max(wValue, displayWidth(r.value))
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r.key)
		b.WriteString(strings.Repeat(" ", wKey-displayWidth(r.key)+2))
		b.WriteString(r.value)
		b.WriteString(strings.Repeat(" ", wValue-displayWidth(r.value)+2))
		b.WriteString(r.origin)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// displayWidth is how many terminal columns s takes: two for each wide East
// Asian character.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// pick returns a when cond holds, else b.
func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
