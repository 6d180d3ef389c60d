package rules

import "path/filepath"

// Ignore drops findings by rule, file glob, unit and project name glob; an empty
// field matches everything. Reason is required. The path glob is relative to
// the folder of the configuration file (Set.Dir).
type Ignore struct {
	Rule    string
	Path    string
	Unit    string
	Project string
	Reason  string
	Pos     Pos
}

// Set is a loaded, validated rule set with its dictionaries and ignores: what the
// engine compiles.
type Set struct {
	Rules   []*Rule // enabled rules, sorted by ID
	All     []*Rule // every known rule, disabled ones included, sorted by ID
	Dicts   Dictionaries
	Ignores []Ignore
	Headers map[string][]string // extra header synonyms: canonical header → other names
	Source  string              // the configuration file used, empty for built-in defaults
	DocsURL string              // the base URL of the rules' pages: DefaultDocsURL or docs_url
	Exclude []string            // globs of files and folders a walk leaves out, relative to Dir
}

// Dir is the folder that the path globs of the configuration (ignore paths,
// exclude) are relative to: the configuration file's folder, or "" (the
// working directory) for the built-in set.
func (s *Set) Dir() string {
	if s.Source == "" {
		return ""
	}
	return filepath.Dir(s.Source)
}
