package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// manners are the flags of `jxlint lint` that shape how a run behaves at a
// desk and in CI: the result cache, quietness, a warning budget, colour,
// statistics and source excerpts.
type manners struct {
	cacheDir    string // --cache-dir: the cache folder; empty for the user's cache folder
	noCache     bool   // --no-cache: lint every file afresh and store nothing
	quiet       bool   // --quiet: report errors only
	maxWarnings int    // --max-warnings: more warnings than this fail the run; -1 for no limit
	color       string // --color: auto, always or never
	stats       bool   // --stats: findings and time per rule on stderr
	showSource  bool   // --show-source: the flagged text under each finding
}

// colorModes are the values of --color, for validation and completion.
var colorModes = []string{"auto", "always", "never"}

// flags registers the manners' flags on cmd.
func (m *manners) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&m.cacheDir, "cache-dir", "", "folder of the result cache (default: jxlint in the user's cache folder)")
	f.BoolVar(&m.noCache, "no-cache", false, "lint every file afresh; neither read nor write the cache")
	f.BoolVarP(&m.quiet, "quiet", "q", false, "report errors only; warnings and infos still count for --fail-on and --max-warnings")
	f.IntVar(&m.maxWarnings, "max-warnings", -1, "fail (exit status 1) when there are more warnings than this; -1 for no limit")
	f.StringVar(&m.color, "color", "auto", "colour text output: auto (on a terminal, per NO_COLOR and FORCE_COLOR), always or never")
	f.BoolVar(&m.stats, "stats", false, "print findings and time per rule on standard error")
	f.BoolVar(&m.showSource, "show-source", false, "show the flagged text under each finding of the text format, marked with ^")
}

// validate checks the manners' flags.
func (m *manners) validate() error {
	switch m.color {
	case "auto", "always", "never":
	default:
		return &usageError{en: fmt.Sprintf("--color must be auto, always or never, not %q", m.color),
			zh: fmt.Sprintf("--color 应为 auto、always 或 never，而不是「%s」", m.color)}
	}
	if m.maxWarnings < -1 {
		return &usageError{en: fmt.Sprintf("--max-warnings must be -1 (no limit) or more, not %d", m.maxWarnings),
			zh: fmt.Sprintf("--max-warnings 应为 -1（不限）或更大，而不是 %d", m.maxWarnings)}
	}
	if m.noCache && m.cacheDir != "" {
		return &usageError{en: "--no-cache and --cache-dir contradict each other", zh: "--no-cache 与 --cache-dir 不能同时使用"}
	}
	return nil
}

// useColor reports whether text written to w is coloured: --color always or
// never decides; with auto, NO_COLOR (any value) turns colour off,
// FORCE_COLOR (any value but 0 or false) turns it on (an empty variable is
// taken as unset), and otherwise a
// terminal gets colour.
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	if fc := os.Getenv("FORCE_COLOR"); fc != "" && fc != "0" && fc != "false" {
		return true
	}
	return isTerminal(w)
}

// isTTY reports whether w is a terminal: output sent to the null device is
// not grouped for reading, nor is progress shown there.
func isTTY(w io.Writer) bool { return isCharDevice(w) }
