// Package rules holds the rule and configuration types, the YAML loader that
// validates them and keeps their source positions, and the built-in rule set and
// dictionaries. It does not know how rules are run.
package rules

// Severity is how serious a finding is.
type Severity string

// Severities, most serious first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Scope is the kind of object a rule runs on, once per object.
type Scope string

// Scopes.
const (
	ScopeDocument  Scope = "document"
	ScopeUnit      Scope = "unit"
	ScopeProject   Scope = "project"
	ScopeIndicator Scope = "indicator"
)

// Text is a string in Chinese and English. A rule file may give a plain string,
// which then serves both languages.
type Text struct {
	Zh string `json:"zh,omitempty"`
	En string `json:"en,omitempty"`
}

// In returns the text in lang ("zh" or "en"), falling back to the other language.
func (t Text) In(lang string) string {
	if lang == "en" && t.En != "" {
		return t.En
	}
	if t.Zh != "" {
		return t.Zh
	}
	return t.En
}

// Pos is a place in a rule or config file: 1-based line and column.
type Pos struct {
	File   string
	Line   int
	Column int
}

// Example is a bad/good pair shown by `jxlint rules explain`.
type Example struct {
	Bad  string `json:"bad,omitempty"`
	Good string `json:"good,omitempty"`
	Note Text   `json:"note,omitempty"`
}

// Rule is one check: a filter and a check expression run over every object of
// its scope, and a message template with ${expr} parts.
type Rule struct {
	ID          string
	Title       Text
	Description Text
	Severity    Severity // effective severity after configuration
	Default     Severity // severity as written in the rule file
	Scope       Scope
	If          []string // facts of the object, one of which must hold for the rule to run; empty: always runs
	When        string   // optional filter expression
	Check       string   // the check expression
	Message     Text     // message template per language
	At          string   // field of the scoped object the finding points at
	Params      map[string]any
	Tags        []string
	Examples    []Example
	HelpURI     string // the rule's page; see DocsPage

	docsLinked bool // HelpURI was derived from a documentation base URL

	// Source positions, for errors: the rule itself and its expression fields.
	Pos        Pos
	IfPos      []Pos // of each name of If
	WhenPos    Pos
	CheckPos   Pos
	MessagePos Pos
}
