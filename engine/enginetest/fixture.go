// Package enginetest runs fixture tables against a rule set and compares the
// findings with expectations written beside them: `<name>.want` files of
// `line:col rule-id` (or `Sheet!A1 rule-id`) lines, each optionally followed
// by `# message`, the finding's message in the run's language, or txtar bundles holding
// the table, its want section and optional rules. The repository's tests and
// `jxlint test` share it.
package enginetest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Case is one fixture: a table, what it should give, and rules of its own.
type Case struct {
	Name     string        // the table's file name, or the bundle's and the table's: "b.txtar/t.txt"
	Path     string        // the table's path as findings name it
	Data     []byte        // the table's bytes
	Want     []Expect      // expected findings
	WantFile string        // where Want was read, for errors
	Rules    []*rules.Rule // extra rules: *.rules.yaml beside the table, or the bundle's rules.yaml
}

// Expect is one expected finding: its place and rule, and its message when
// the want line gives one.
type Expect struct {
	Place   string // "12:3" or "Sheet1!B4"
	Rule    string
	Message string // after # on the want line; empty when any message will do
	Line    int    // line in the want file
}

// String writes the expectation as a want line.
func (e Expect) String() string { return e.Place + " " + e.Rule }

// wantLine is `line:col rule-id` or `Sheet!A1 rule-id`.
var wantLine = regexp.MustCompile(`^(\d+:\d+|[^\s!]+![A-Z]+[0-9]+)\s+([a-z][a-z0-9-]*)$`)

// parseWant reads want lines: `place rule-id`, then `# message` or nothing; a
// line that starts with # is a comment.
func parseWant(name string, data []byte) ([]Expect, error) {
	var out []Expect
	var errs []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, msg, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := wantLine.FindStringSubmatch(line)
		if m == nil {
			errs = append(errs, fmt.Sprintf("%s:%d: %q is not `line:col rule-id` or `Sheet!A1 rule-id`", name, n, line))
			continue
		}
		out = append(out, Expect{Place: m[1], Rule: m[2], Message: strings.TrimSpace(msg), Line: n})
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// Load finds the fixtures in dir: every table with a sibling `<name>.want`
// (the table's name without its extension) and every `*.txtar` bundle, in
// name order. Rules in `*.rules.yaml` files of dir are added to every case.
func Load(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var shared []*rules.Rule
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, ".rules.yaml") {
			rs, err := loadRules(filepath.Join(dir, name))
			if err != nil {
				return nil, err
			}
			shared = append(shared, rs...)
		}
	}
	var cases []Case
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		switch {
		case e.IsDir(), strings.HasSuffix(name, ".rules.yaml"), strings.HasSuffix(name, ".want"):
		case strings.HasSuffix(name, ".txtar"):
			c, err := loadBundle(path)
			if err != nil {
				return nil, err
			}
			c.Rules = append(slices.Clip(shared), c.Rules...)
			cases = append(cases, c)
		case table.Supported(name):
			wantPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".want"
			want, err := os.ReadFile(wantPath)
			if os.IsNotExist(err) {
				continue // a table without expectations is not a fixture
			}
			if err != nil {
				return nil, err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			exp, err := parseWant(wantPath, want)
			if err != nil {
				return nil, err
			}
			cases = append(cases, Case{Name: name, Path: path, Data: data, Want: exp, WantFile: wantPath, Rules: shared})
		}
	}
	return cases, nil
}

// loadRules reads a rule file.
func loadRules(path string) ([]*rules.Rule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return rules.LoadFile(path, data)
}

// loadBundle reads a txtar bundle: a want section, an optional rules.yaml and
// one table (any other file).
func loadBundle(path string) (Case, error) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		return Case{}, err
	}
	c := Case{WantFile: path + "/want"}
	var haveWant bool
	for _, f := range ar.Files {
		switch f.Name {
		case "want":
			if c.Want, err = parseWant(c.WantFile, f.Data); err != nil {
				return Case{}, err
			}
			haveWant = true
		case "rules.yaml":
			if c.Rules, err = rules.LoadFile(path+"/rules.yaml", f.Data); err != nil {
				return Case{}, err
			}
		default:
			if c.Data != nil {
				return Case{}, fmt.Errorf("%s: two tables, %s and %s; a bundle holds one", path, filepath.Base(c.Path), f.Name)
			}
			c.Path, c.Data = path+"/"+f.Name, f.Data
			c.Name = filepath.Base(path) + "/" + f.Name
		}
	}
	switch {
	case c.Data == nil:
		return Case{}, fmt.Errorf("%s: no table; expected a section named like t.txt or t.csv", path)
	case !haveWant:
		return Case{}, fmt.Errorf("%s: no want section", path)
	}
	return c, nil
}
