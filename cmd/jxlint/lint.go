package main

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/baseline"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
)

// lintOptions are the flags of `jxlint lint`.
type lintOptions struct {
	formats       []string // --format, repeatable
	outputs       []string // --output, repeatable: the i-th pairs with the i-th format
	outputFormats []string // --output-format FORMAT=FILE, repeatable
	failOn        string   // error, warning, info or none
	jobs          int      // -j: files linted at once
	stdinName     string   // --stdin-filename: the name of "-"
	baseline      string   // --baseline FILE: accept the findings it lists
	writeBaseline string   // --write-baseline FILE: record every finding
	pruneBaseline bool     // --prune-baseline: drop stale entries from --baseline
	fix           bool     // --fix: apply the fixes rules suggest
	dryRun        bool     // --dry-run: with --fix, print the diff instead
	exclude       []string // --exclude GLOB, repeatable: files and folders left out
	manners                // cache, progress, colour and the other flags of lintflags.go
	keepDoc       bool     // set by lintRun: a reporter draws the table, so the model and bytes are kept
}

// newLintCmd builds `jxlint lint`.
func newLintCmd(e *env) *cobra.Command {
	opts := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [flags] PATH...",
		Short: "Check tables against the rules and report findings (检查表格)",
		Long: `Check each table against the active rule set and report the findings.

PATH is a table file, a folder (walked for supported tables in name order;
hidden files and folders, --exclude matches and JSON or YAML files that are
not table models are skipped, and -v lists them) or - for standard input.
A file named twice is checked once. Files are checked in parallel and
reported in the order given. The findings of a file unchanged since an
earlier run with the same rules are read from a cache (--cache-dir,
--no-cache). On a terminal, text output is grouped under each file's path.

Exit status: 0 when no finding is at or above --fail-on; 1 when some are;
2 for a usage or configuration error, a file that cannot be read, a rule that
fails while running, or a run that read no table at all (the findings of the
other files are still reported).`,
		Args: minArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := opts.validate(); err != nil {
				return &codeError{code: exitError, err: err}
			}
			return lintRun(e, args, opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.formats, "format", nil, "output format: "+strings.Join(reporters.Formats(), ", ")+" (repeatable)")
	f.StringArrayVarP(&opts.outputs, "output", "o", nil, "write to FILE instead of standard output, in the format its extension names (.json, .sarif, .txt, .html, .xlsx, .md) or the --format left for it (repeatable)")
	f.StringArrayVar(&opts.outputFormats, "output-format", nil, "write FORMAT to FILE, as FORMAT=FILE (repeatable)")
	f.StringVar(&opts.failOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info or none")
	f.IntVarP(&opts.jobs, "jobs", "j", runtime.NumCPU(), "files checked at once")
	f.StringVar(&opts.stdinName, "stdin-filename", "<stdin>", "the name under which standard input (-) is reported")
	f.StringVar(&opts.baseline, "baseline", "", "accept the findings listed in this baseline file")
	f.StringVar(&opts.writeBaseline, "write-baseline", "", "write every finding to this baseline file (.yaml or .json)")
	f.BoolVar(&opts.pruneBaseline, "prune-baseline", false, "remove entries that no longer match from the --baseline file")
	f.BoolVar(&opts.fix, "fix", false, "apply the fixes that rules suggest to text and CSV files")
	f.BoolVar(&opts.dryRun, "dry-run", false, "with --fix, print the changes as a diff instead of writing them")
	f.StringArrayVar(&opts.exclude, "exclude", nil, "leave out files and folders matching GLOB, relative to the working directory (repeatable)")
	opts.flags(cmd)
	return cmd
}

// validate checks flags that do not depend on the files.
func (o *lintOptions) validate() error {
	switch o.failOn {
	case "error", "warning", "info", "none":
	default:
		return &usageError{en: fmt.Sprintf("--fail-on must be error, warning, info or none, not %q", o.failOn),
			zh: fmt.Sprintf("--fail-on 应为 error、warning、info 或 none，而不是「%s」", o.failOn)}
	}
	if o.jobs < 1 {
		return &usageError{en: fmt.Sprintf("-j must be at least 1, not %d", o.jobs), zh: fmt.Sprintf("-j 至少为 1，而不是 %d", o.jobs)}
	}
	if o.pruneBaseline && o.baseline == "" {
		return &usageError{en: "--prune-baseline needs --baseline FILE", zh: "--prune-baseline 需要与 --baseline FILE 一起使用"}
	}
	if o.writeBaseline != "" {
		if err := baseline.CheckName(o.writeBaseline); err != nil {
			return err
		}
	}
	if o.dryRun && !o.fix {
		return &usageError{en: "--dry-run goes with --fix", zh: "--dry-run 需要与 --fix 一起使用"}
	}
	return o.manners.validate() // lintOptions.validate shadows it
}

// fails reports whether findings of severity s fail the run: s is at or
// above --fail-on, and --fail-on is not none.
func (o *lintOptions) fails(s rules.Severity) bool {
	return o.failOn != "none" && s.Rank() >= rules.Severity(o.failOn).Rank()
}
