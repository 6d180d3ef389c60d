package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/spf13/cobra"
)

// inLang returns zh or en for the language of the run.
func inLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// loadRuleSet loads the rule set that --config and --no-config ask for; with -v
// it says on stderr which configuration file is used.
func loadRuleSet(e *env) (*rules.Set, error) {
	set, err := rules.Load(rules.LoadOptions{ConfigPath: e.global.configPath, NoConfig: e.global.noConfig})
	if err != nil {
		return nil, &codeError{code: exitError, err: err}
	}
	if e.global.verbose {
		msg := inLang(e.global.lang, "未使用配置文件，只用内置规则", "no config file; using the built-in rules")
		if set.Source != "" {
			msg = inLang(e.global.lang, "使用配置 ", "using config ") + set.Source
		}
		_, _ = fmt.Fprintln(e.stderr, "jxlint:", msg) // a note; failing to write it does not stop the run
	}
	// Spreadsheet readers match header names through one table; the
	// configuration's headers: map extends it before any file is read.
	if err := table.SetHeaderSynonyms(set.Headers); err != nil {
		return nil, &codeError{code: exitError, err: fmt.Errorf("%s: %w", set.Source, err)}
	}
	return set, nil
}

// rulesOptions are the flags of `jxlint rules`.
type rulesOptions struct {
	format string // text or json
}

// newRulesCmd builds `jxlint rules` and its `explain` subcommand.
func newRulesCmd(e *env) *cobra.Command {
	opts := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, severity, scope and title (规则列表)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			if opts.format != "text" && opts.format != "json" {
				return &codeError{code: exitError, err: &usageError{en: fmt.Sprintf("--format must be text or json, not %q", opts.format),
					zh: fmt.Sprintf("--format 应为 text 或 json，而不是「%s」", opts.format)}}
			}
			set, err := loadRuleSet(e)
			if err != nil {
				return err
			}
			return rulesRun(e.stdout, set, e.global.lang, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text or json")
	cmd.AddCommand(newExplainCmd(e), newRuleDocsCmd(e))
	return cmd
}

// ruleRow is one rule as `jxlint rules` lists it.
type ruleRow struct {
	ID       string   `json:"id"`
	Severity string   `json:"severity"` // effective, or "off"
	Default  string   `json:"default"`  // as written in the rule file
	Scope    string   `json:"scope"`
	Title    string   `json:"title"`
	Tags     []string `json:"tags,omitempty"`
}

// rulesRun writes every known rule, disabled ones with severity off, sorted by ID.
func rulesRun(w io.Writer, set *rules.Set, lang string, opts *rulesOptions) error {
	all := set.All
	if all == nil {
		all = set.Rules
	}
	rows := make([]ruleRow, 0, len(all))
	for _, r := range all {
		sev := string(r.Severity)
		if !set.Enabled(r.ID) {
			sev = "off"
		}
		rows = append(rows, ruleRow{ID: r.ID, Severity: sev, Default: string(r.Default), Scope: string(r.Scope),
			Title: r.Title.In(lang), Tags: r.Tags})
	}
	if opts.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		if _, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Scope, r.Title); err != nil {
			return err
		}
	}
	return tw.Flush()
}
