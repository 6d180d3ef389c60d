package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/internal/atomicfile"
)

// yamlHeader opens every YAML baseline, for whoever reviews it.
const yamlHeader = "# jxlint baseline: findings accepted as they are.\n" +
	"# Each entry suppresses one matching finding; an entry that no longer matches is stale.\n"

// Write writes a baseline holding one entry per finding, in format "json" or
// "yaml", sorted by file, unit, project, indicator, rule and fingerprint.
func Write(w io.Writer, format string, findings []engine.Finding) error {
	return writeRelative(w, format, findings, "")
}

// writeRelative writes findings with their files relative to dir (none: as given).
func writeRelative(w io.Writer, format string, findings []engine.Finding, dir string) error {
	entries := make([]Entry, len(findings))
	wd := workDir()
	for i := range findings {
		entries[i] = entryOf(&findings[i], dir, wd)
	}
	sortEntries(entries)
	return writeEntries(w, format, entries)
}

// WriteFile writes a baseline to path, choosing the format by extension:
// .json, or .yaml and .yml. Entry files are written relative to the
// baseline file's folder, as Load reads them.
func WriteFile(path string, findings []engine.Finding) error {
	format, err := formatOf(path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeRelative(&buf, format, findings, absDir(path)); err != nil {
		return err
	}
	return replaceFile(path, buf.Bytes())
}

// entryOf records a finding.
func entryOf(f *engine.Finding, dir, wd string) Entry {
	return Entry{RuleID: f.RuleID, File: relFileFrom(dir, wd, f.Path), Unit: f.Unit, Project: f.Project,
		Indicator: f.Indicator, Field: f.Field, Fingerprint: f.Fingerprint, Message: f.Message}
}

// sortEntries orders entries by file, unit, project, indicator (numbers by
// value), rule, fingerprint and message.
func sortEntries(entries []Entry) {
	slices.SortStableFunc(entries, func(a, b Entry) int {
		return cmp.Or(
			strings.Compare(a.File, b.File),
			strings.Compare(a.Unit, b.Unit),
			strings.Compare(a.Project, b.Project),
			compareNumbered(a.Indicator, b.Indicator),
			strings.Compare(a.RuleID, b.RuleID),
			strings.Compare(a.Fingerprint, b.Fingerprint),
			strings.Compare(a.Message, b.Message),
		)
	})
}

// compareNumbered compares indicator numbers by value when both are numbers.
func compareNumbered(a, b string) int {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return cmp.Compare(x, y)
	}
	return strings.Compare(a, b)
}

// writeEntries writes entries in order.
func writeEntries(w io.Writer, format string, entries []Entry) error {
	if entries == nil {
		entries = []Entry{}
	}
	doc := document{Version: Version, Entries: entries}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	case "yaml":
		if _, err := io.WriteString(w, yamlHeader); err != nil {
			return err
		}
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(doc); err != nil {
			return err
		}
		return enc.Close()
	}
	return fmt.Errorf("unknown baseline format %q (valid: json, yaml)", format)
}

// CheckName reports whether path names a baseline file by its extension
// (.json, .yaml or .yml), so that a run can refuse a bad name before it starts.
func CheckName(path string) error {
	_, err := formatOf(path)
	return err
}

// formatOf picks the format from a file name's extension.
func formatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return "json", nil
	case ".yaml", ".yml":
		return "yaml", nil
	}
	return "", &Error{Path: path, En: "a baseline file must end in .json, .yaml or .yml", Zh: "基线文件名应以 .json、.yaml 或 .yml 结尾"}
}

// writeFileAtomic writes entries to path in format.
func writeFileAtomic(path, format string, entries []Entry) error {
	var buf bytes.Buffer
	if err := writeEntries(&buf, format, entries); err != nil {
		return err
	}
	return replaceFile(path, buf.Bytes())
}

// replaceFile writes data to a temporary file beside path and renames it over
// path, so that a failed write never leaves half a baseline.
func replaceFile(path string, data []byte) error {
	if err := atomicfile.Write(path, data, 0o644); err != nil {
		var pe *fs.PathError
		cause := err
		if errors.As(err, &pe) {
			cause = pe.Err
		}
		return &Error{Path: path, En: "cannot write the baseline file: " + cause.Error(), Zh: "无法写入基线文件：" + cause.Error(), Err: err}
	}
	return nil
}
