package ruledocs

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// IndexName is the file name of the index page.
const IndexName = "README.md"

// Index renders the index page: every rule with its title, severity and scope,
// linked to its page.
func Index(rs []*rules.Rule) []byte {
	var b bytes.Buffer
	b.WriteString(generated)
	b.WriteString("\n# 规则 Rules\n\n")
	b.WriteString("| 规则 Rule | 标题 Title | 严重程度 Severity | 范围 Scope |\n|---|---|---|---|\n")
	for _, r := range sorted(rs) {
		fmt.Fprintf(&b, "| [`%s`](%s.md) | %s | `%s` | `%s` |\n", r.ID, r.ID, escape(titles(r)), r.Severity, r.Scope)
	}
	return b.Bytes()
}

// Files returns every page of rs by file name: ID.md per rule and the index.
func Files(rs []*rules.Rule) map[string][]byte {
	out := map[string][]byte{IndexName: Index(rs)}
	for _, r := range rs {
		out[r.ID+".md"] = Page(r)
	}
	return out
}

// Write writes the pages of rs into dir, creating it, and removes the other
// .md files there, so that a rule that is gone loses its page.
func Write(dir string, rs []*rules.Rule) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := Files(rs)
	old, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if _, keep := files[filepath.Base(p)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sorted returns rs sorted by id.
func sorted(rs []*rules.Rule) []*rules.Rule {
	out := append([]*rules.Rule(nil), rs...)
	sort.Slice(out, func(i, j int) bool { return strings.Compare(out[i].ID, out[j].ID) < 0 })
	return out
}
