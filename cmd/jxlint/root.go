package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// version is the tool version, set at build time with -ldflags "-X main.version=…".
var version = "0.1.0"

// infoURI is where users read about the tool; SARIF consumers link to it.
const infoURI = "https://github.com/jxlint/jxlint"

// exitCode is a process exit status.
type exitCode int

// Exit codes: no finding at or above --fail-on; findings; usage, configuration or input errors.
const (
	exitOK       exitCode = 0
	exitFindings exitCode = 1
	exitError    exitCode = 2
)

// codeError carries an exit code out of a command's RunE.
type codeError struct {
	code exitCode
	err  error // nil when the command already printed what went wrong
}

func (e *codeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

// env is what every command reads and writes instead of the process globals,
// with the flags every command shares.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	global         globalOptions
}

// globalOptions are the persistent flags of the root command.
type globalOptions struct {
	lang       string // zh or en
	configPath string // --config FILE
	noConfig   bool   // --no-config
	verbose    bool   // -v
	maxCells   int    // --max-cells: cells of one workbook sheet that are read
}

// commands lists the constructors of the subcommands, in the order help
// lists them and suggestions for a mistyped one are made.
var commands = []func(*env) *cobra.Command{newInitCmd, newLintCmd, newParseCmd, newRulesCmd, newTestCmd,
	newConfigCmd, newCacheCmd, newVersionCmd}

// newRoot builds the root command with every subcommand.
func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "jxlint",
		Short:         "Lint budget performance-goal tables (项目支出绩效目标表)",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(flagError)
	f := root.PersistentFlags()
	f.StringVar(&e.global.lang, "lang", "zh", "language of messages: zh or en")
	f.StringVar(&e.global.configPath, "config", "", "configuration file (default: .jxlint.yaml found from the working directory upward)")
	f.BoolVar(&e.global.noConfig, "no-config", false, "ignore configuration files; use the built-in rule set")
	f.BoolVarP(&e.global.verbose, "verbose", "v", false, "say which configuration file is used and what is read")
	f.IntVar(&e.global.maxCells, "max-cells", table.DefaultMaxSheetCells, "most cells read from one workbook sheet (rows: a tenth of it, at least 50000)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if e.global.lang != "zh" && e.global.lang != "en" {
			return &codeError{code: exitError, err: &usageError{en: fmt.Sprintf("--lang must be zh or en, not %q", e.global.lang),
				zh: fmt.Sprintf("--lang 应为 zh 或 en，而不是「%s」", e.global.lang)}}
		}
		if e.global.maxCells < 1 {
			return &codeError{code: exitError, err: &usageError{en: fmt.Sprintf("--max-cells must be at least 1, not %d", e.global.maxCells),
				zh: fmt.Sprintf("--max-cells 至少为 1，而不是 %d", e.global.maxCells)}}
		}
		table.SetMaxSheetCells(e.global.maxCells)
		return nil
	}
	for _, c := range commands {
		root.AddCommand(c(e))
	}
	addCompletions(e, root)
	return root
}

// run executes the command line and returns the process exit code. Errors are
// printed in the run's language: rule and configuration errors, input errors
// and usage errors each carry English and Chinese text.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return int(exitOK)
	}
	lang := runLang(e.global.lang, args)
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			_, _ = fmt.Fprintln(stderr, "jxlint:", rules.ErrorText(ce.err, lang))
		}
		return int(ce.code)
	}
	_, _ = fmt.Fprintln(stderr, "jxlint:", rules.ErrorText(unknownCommand(cmd, err), lang))
	return int(exitError)
}
