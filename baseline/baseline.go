// Package baseline records findings that a team has accepted, and suppresses
// them in later runs: each entry of a baseline file accepts one finding.
package baseline

import "github.com/jxlint/jxlint/engine"

// Version is the format version written in baseline files.
const Version = 1

// Entry is one accepted finding: its rule, its logical place, its fingerprint
// and its message as it was when the baseline was written.
type Entry struct {
	RuleID      string `json:"ruleId" yaml:"ruleId"`
	File        string `json:"file" yaml:"file"`
	Unit        string `json:"unit,omitempty" yaml:"unit,omitempty"`
	Project     string `json:"project,omitempty" yaml:"project,omitempty"`
	Indicator   string `json:"indicator,omitempty" yaml:"indicator,omitempty"`
	Field       string `json:"field,omitempty" yaml:"field,omitempty"`
	Fingerprint string `json:"fingerprint,omitempty" yaml:"fingerprint,omitempty"`
	Message     string `json:"message,omitempty" yaml:"message,omitempty"`
}

// document is the layout of a baseline file.
type document struct {
	Version int     `json:"version" yaml:"version"`
	Entries []Entry `json:"entries" yaml:"entries"`
}

// Baseline is a loaded baseline file with the entries that matched so far.
// It is meant for one goroutine: the lint command matches findings in order.
type Baseline struct {
	path    string
	dir     string // the baseline file's folder, absolute: entry files are relative to it
	entries []Entry
	used    []bool
	checked map[string]bool   // files (as entries record them) read in this run
	wd      string            // the working directory, that finding paths are relative to
	keys    map[string]string // finding path → entry file, computed once per file

	// Candidate entries by key, in file order; see Match.
	byFingerprint map[string][]int
	byPlace       map[string][]int
	byLoosePlace  map[string][]int
}

// newBaseline indexes entries read from path.
func newBaseline(path string, entries []Entry) *Baseline {
	b := &Baseline{
		path: path, dir: absDir(path), entries: entries, used: make([]bool, len(entries)), checked: map[string]bool{}, keys: map[string]string{},
		wd:            workDir(),
		byFingerprint: map[string][]int{}, byPlace: map[string][]int{}, byLoosePlace: map[string][]int{},
	}
	for i := range entries {
		e := &entries[i]
		e.File = cleanPath(e.File)
		if e.Fingerprint != "" {
			k := fingerprintKey(e.File, e.Fingerprint)
			b.byFingerprint[k] = append(b.byFingerprint[k], i)
		}
		if e.Message != "" {
			k := placeKey(e.RuleID, e.File, e.Unit, e.Project, e.Indicator, e.Field, e.Message)
			b.byPlace[k] = append(b.byPlace[k], i)
			k = loosePlaceKey(e.RuleID, e.File, e.Unit, e.Project, e.Field, e.Message)
			b.byLoosePlace[k] = append(b.byLoosePlace[k], i)
		}
	}
	return b
}

// Path returns the file the baseline was loaded from.
func (b *Baseline) Path() string { return b.path }

// Len returns the number of entries.
func (b *Baseline) Len() int { return len(b.entries) }

// Match reports whether an unused entry accepts f. If one does, Match marks it
// used and sets f.Suppressed to an external suppression naming the baseline.
//
// An entry matches a finding of the same file with the same fingerprint. When
// no fingerprint matches (the flagged place was renumbered or the fingerprint
// scheme changed), it falls back to the same rule, file, unit, project,
// indicator and field with the same normalised message, and then to the same
// place without the indicator, digits in the message folded. None of the keys
// holds a line number or the rest of the row, so lines added above, projects
// reordered and edits elsewhere in the row keep the match. Each entry matches
// at most one finding.
func (b *Baseline) Match(f *engine.Finding) bool {
	if b == nil {
		return false
	}
	file := b.fileKey(f.Path)
	i := -1
	if f.Fingerprint != "" {
		i = b.take(b.byFingerprint, fingerprintKey(file, f.Fingerprint))
	}
	if i < 0 && f.Message != "" {
		i = b.take(b.byPlace, placeKey(f.RuleID, file, f.Unit, f.Project, f.Indicator, f.Field, f.Message))
	}
	if i < 0 && f.Message != "" {
		i = b.take(b.byLoosePlace, loosePlaceKey(f.RuleID, file, f.Unit, f.Project, f.Field, f.Message))
	}
	if i < 0 {
		return false
	}
	b.used[i] = true
	f.Suppressed = &engine.Suppression{Kind: "external", Justification: "baseline " + b.path}
	return true
}

// take returns the first unused entry under key, or -1, dropping used ones.
func (b *Baseline) take(index map[string][]int, key string) int {
	list := index[key]
	for len(list) > 0 && b.used[list[0]] {
		list = list[1:]
	}
	if len(list) == 0 {
		delete(index, key)
		return -1
	}
	index[key] = list[1:]
	return list[0]
}

// fileKey is the path of a finding's file (relative to the working
// directory, or absolute) as the entries record it: relative to the
// baseline file's folder.
func (b *Baseline) fileKey(p string) string {
	k, ok := b.keys[p]
	if !ok {
		k = relFileFrom(b.dir, b.wd, p)
		b.keys[p] = k
	}
	return k
}

// Checked records that the file at path was read and linted in this run, so
// that its entries that match no finding are stale. Entries of files the run
// did not read are never stale.
func (b *Baseline) Checked(path string) {
	if b != nil {
		b.checked[b.fileKey(path)] = true
	}
}

// Stale returns the entries of checked files that matched no finding, in
// file order.
func (b *Baseline) Stale() []Entry {
	var stale []Entry
	for i, e := range b.entries {
		if !b.used[i] && b.checked[e.File] {
			stale = append(stale, e)
		}
	}
	return stale
}

// Prune rewrites the baseline at path (its format chosen by extension)
// without its stale entries: the entries of files this run did not check are
// kept as they are.
func (b *Baseline) Prune(path string) error {
	kept := make([]Entry, 0, len(b.entries))
	for i, e := range b.entries {
		if b.used[i] || !b.checked[e.File] {
			kept = append(kept, e)
		}
	}
	format, err := formatOf(path)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, format, kept)
}
