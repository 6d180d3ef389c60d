// Package reporters writes lint results as text, JSON, SARIF and GitHub
// annotations, and as a reviewer's HTML page and annotated workbook drawn on
// the table. Every reporter writes to an io.Writer and returns write errors.
package reporters

import (
	"io"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Run describes the lint run as a whole, known before the first file.
type Run struct {
	ToolName    string
	Version     string
	InfoURI     string
	Lang        string        // zh or en
	Rules       []*rules.Rule // the active rule set, sorted by ID
	WorkDir     string        // paths are made relative to this for SARIF URIs
	ColorOutput bool          // text reporter only: colour for a terminal
	ShowSource  bool          // text reporter only: the flagged text under each finding, from FileResult.Source
	Grouped     bool          // text reporter only: findings under their file's path, for a terminal
}

// Summary is what a reporter prints last.
type Summary struct {
	Errors, Warnings, Infos int // findings that count, by severity
	Suppressed              int // findings accepted by a baseline
	Ignored                 int // findings dropped by ignore entries in config
	Stale                   int // baseline entries that no longer occur
	Files, FilesFailed      int // files reported (read or not) and those that could not be read
	FilesSkipped            int // files a walk left out: excluded, hidden, not tables
	ToolErrors              []ToolError
}

// ToolError is a problem of the run rather than of a table: a rule that failed
// while running, a fix that could not be written, a run that read no table.
// Every reporter carries them, so that no output reads as a clean pass.
type ToolError struct {
	Path    string     // the file it concerns, if any
	Span    table.Span // where in the file, if known
	RuleID  string     // the rule that failed, if any
	Message string     // in the run's language
}

// Reporter receives results file by file, in a deterministic order, and writes
// them as they come so that memory stays bounded.
type Reporter interface {
	Begin(w io.Writer, run Run) error
	File(res *engine.FileResult) error
	End(sum Summary) error
}

// Batcher is a Reporter that can also write a file's findings in batches as
// they are found, before the file's result: Findings is called with the
// file's next findings in order, any number of times, then File with the
// result, which then holds none of them. A batch is valid only during the
// call. The text, JSON, SARIF and GitHub reporters are Batchers; the others
// need a file's findings at once. A Batcher with Run.Grouped or
// Run.ShowSource takes findings only through File.
type Batcher interface {
	Reporter
	Findings(fs []engine.Finding) error
}
