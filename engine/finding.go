package engine

import (
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Finding is one problem found by a rule, with its exact place in the source and
// its logical place in the table.
type Finding struct {
	RuleID   string
	Severity rules.Severity
	Message  string // rendered in the run's language
	Path     string // the file, as given on the command line
	Span     table.Span

	// Logical place: unit and project names, the indicator's number as written
	// (empty for findings above indicator level) and the field pointed at.
	Unit      string
	Project   string
	Indicator string
	Field     string

	Text        string // the flagged text (hashed into the fingerprint)
	Fingerprint string // stable across unrelated edits: no line numbers in it
	Fix         *Fix
	Suppressed  *Suppression // set when a baseline accepted the finding
}

// Fix replaces the characters of Span with Replacement.
type Fix struct {
	Span        table.Span
	Old         string // the text at Span as it was read: a fix applies only where the file still holds it
	Replacement string
	Description string // a verb phrase: "将「正产」改为「正常」"
}

// Suppression says why a finding does not count: kind "external" for a baseline.
type Suppression struct {
	Kind          string
	Justification string
}

// FileResult is what linting one file produced: counts, findings in order
// (line, column, rule), or the error that stopped the file from being read.
type FileResult struct {
	Path       string
	Format     string
	Encoding   string
	Projects   int
	Indicators int
	Err        error // not nil when the file could not be read; see table.Error
	Findings   []Finding
	Ignored    int             // findings dropped by ignore entries in the configuration
	RuleErrors []RuleError     // rules that failed at run time, once per rule
	Doc        *table.Document // the model, for fixes and for reporters that draw the table; may be released by callers
	Data       []byte          // the file's bytes, set by callers for reporters that copy the file; nil otherwise
	Source     string          // the decoded text of a text or CSV file, set by callers that show excerpts
}

// RuleError is a rule that failed at run time on an object of the file (a nil
// access, a type mismatch): a problem of the tool, not of the table. Span is
// where the first failing object stands.
type RuleError struct {
	RuleID string
	Err    error
	Span   table.Span
}
