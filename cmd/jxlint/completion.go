package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
)

// tableExts are the file name extensions completed for table arguments.
var tableExts = []string{"txt", "tsv", "csv", "xlsx", "xlsm", "json", "yaml", "yml"}

// fixed completes a flag with the values of a fixed list that start with
// what was typed.
func fixed(values ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return withPrefix(values, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}

// withPrefix returns the values that start with prefix.
func withPrefix(values []string, prefix string) []cobra.Completion {
	var out []cobra.Completion
	for _, v := range values {
		if strings.HasPrefix(v, prefix) {
			out = append(out, v)
		}
	}
	return out
}

// files completes file names with the given extensions.
func files(exts ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// dirs completes folder names.
func dirs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// flagCompletions gives, per command path, how each flag's value is
// completed. `jxlint completion bash|zsh|fish|powershell` (cobra's) prints
// the script that uses them.
func flagCompletions(e *env) map[string]map[string]cobra.CompletionFunc {
	return map[string]map[string]cobra.CompletionFunc{
		"jxlint": {"lang": fixed("zh", "en"), "config": files("yaml", "yml")},
		"jxlint lint": {
			"format": fixed(reporters.Formats()...), "output-format": completeOutputFormat, "fail-on": fixed("error", "warning", "info", "none"),
			"color": fixed(colorModes...), "cache-dir": dirs, "baseline": files("yaml", "yml", "json"),
			"write-baseline": files("yaml", "yml", "json"), "max-warnings": fixed("0", "-1"), "jobs": fixed(),
			"stdin-filename": files(tableExts...),
		},
		"jxlint rules": {"format": fixed("text", "json")},
		"jxlint cache": {"cache-dir": dirs},
		"jxlint parse": {"format": fixed("json", "yaml")},
	}
}

// completeOutputFormat completes --output-format with FORMAT= prefixes.
func completeOutputFormat(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if strings.Contains(toComplete, "=") {
		return nil, cobra.ShellCompDirectiveDefault
	}
	var out []string
	for _, f := range reporters.Formats() {
		out = append(out, f+"=")
	}
	return withPrefix(out, toComplete), cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
}

// ruleIDs completes rule ids with their titles, from the rule set the
// configuration gives (or the built-in one when it cannot be loaded).
func ruleIDs(e *env) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		set, err := rules.Load(rules.LoadOptions{ConfigPath: e.global.configPath, NoConfig: e.global.noConfig})
		if err != nil {
			if set, err = rules.Builtin(); err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
		}
		var out []cobra.Completion
		for _, r := range set.All {
			if strings.HasPrefix(r.ID, toComplete) {
				out = append(out, cobra.CompletionWithDesc(r.ID, r.Title.In(e.global.lang)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// addCompletions registers the completions of every command under root:
// flag values, rule ids for `rules explain`, table files for `lint`.
func addCompletions(e *env, root *cobra.Command) {
	byPath := flagCompletions(e)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for name, fn := range byPath[c.CommandPath()] {
			if c.Flags().Lookup(name) != nil || c.PersistentFlags().Lookup(name) != nil {
				_ = c.RegisterFlagCompletionFunc(name, fn) // an error means registered twice
			}
		}
		switch c.CommandPath() {
		case "jxlint rules explain":
			c.ValidArgsFunction = ruleIDs(e)
		case "jxlint lint", "jxlint parse":
			c.ValidArgsFunction = files(tableExts...)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
