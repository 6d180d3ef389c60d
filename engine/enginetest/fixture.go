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
	"errors"
	"fmt"
	"io/fs"
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
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, msg, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := wantLine.FindStringSubmatch(line)
		if m == nil {
			errs = append(errs, &rules.PosError{Pos: rules.Pos{File: name, Line: n},
				Msg: fmt.Sprintf("%q is not `line:col rule-id` or `Sheet!A1 rule-id`", line),
				Zh:  fmt.Sprintf("「%s」应写作「行:列 规则ID」或「工作表!A1 规则ID」", line)})
			continue
		}
		out = append(out, Expect{Place: m[1], Rule: m[2], Message: strings.TrimSpace(msg), Line: n})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// Load finds the fixtures in dir: every table with a sibling `<name>.want`
// (the table's name without its extension) and every `*.txtar` bundle, in
// name order. Rules in `*.rules.yaml` files of dir are added to every case.
// A fixture that cannot be loaded (a table without its .want file, a
// malformed want line, a broken bundle) is an error joined to the others;
// the fixtures that loaded are returned with it. A rule file that cannot be
// loaded, or a folder without fixtures, is an error with no case.
func Load(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &rules.PosError{Pos: rules.Pos{File: dir}, Msg: "cannot read the fixture folder", Zh: "无法读取用例文件夹", Err: err}
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
	var errs []error
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		switch {
		case e.IsDir(), strings.HasSuffix(name, ".rules.yaml"), strings.HasSuffix(name, ".want"), strings.HasPrefix(name, "."):
		case !e.Type().IsRegular(): // a named pipe would block the run
			errs = append(errs, &rules.PosError{Pos: rules.Pos{File: path}, Msg: "not a regular file", Zh: "不是普通文件"})
		case strings.HasSuffix(name, ".txtar"):
			c, err := loadBundle(path)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			c.Rules = append(slices.Clip(shared), c.Rules...)
			cases = append(cases, c)
		case table.Supported(name):
			c, err := loadTable(path)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			c.Rules = shared
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 && len(errs) == 0 {
		return nil, &rules.PosError{Pos: rules.Pos{File: dir},
			Msg: "no fixtures: expected tables with a NAME.want file beside them, or .txtar bundles",
			Zh:  "没有用例：应有表格及其旁边的 NAME.want 期望文件，或 .txtar 包"}
	}
	return cases, errors.Join(errs...)
}

// loadTable reads a table and the .want file beside it; a table without one
// is an error, so that no fixture is skipped unseen.
func loadTable(path string) (Case, error) {
	name := filepath.Base(path)
	wantPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".want"
	want, err := os.ReadFile(wantPath)
	if errors.Is(err, fs.ErrNotExist) {
		return Case{}, &rules.PosError{Pos: rules.Pos{File: path},
			Msg: fmt.Sprintf("a table without expectations: expected %s beside it (an empty file when no finding is expected)", filepath.Base(wantPath)),
			Zh:  fmt.Sprintf("表格没有期望文件：应在旁边放 %s（不应有问题时放一个空文件）", filepath.Base(wantPath))}
	}
	if err != nil {
		return Case{}, readError(wantPath, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Case{}, readError(path, err)
	}
	exp, err := parseWant(wantPath, want)
	if err != nil {
		return Case{}, err
	}
	return Case{Name: name, Path: path, Data: data, Want: exp, WantFile: wantPath}, nil
}

// readError is the error for a fixture file that cannot be read.
func readError(path string, err error) error {
	return &rules.PosError{Pos: rules.Pos{File: path}, Msg: "cannot read the file", Zh: "无法读取文件", Err: err}
}

// loadRules reads a rule file.
func loadRules(path string) ([]*rules.Rule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, readError(path, err)
	}
	return rules.LoadFile(path, data)
}

// loadBundle reads a txtar bundle: a want section, an optional rules.yaml and
// one table (any other file).
func loadBundle(path string) (Case, error) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		return Case{}, readError(path, err)
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
				return Case{}, &rules.PosError{Pos: rules.Pos{File: path},
					Msg: fmt.Sprintf("two tables, %s and %s; a bundle holds one", filepath.Base(c.Path), f.Name),
					Zh:  fmt.Sprintf("有两张表格 %s 和 %s；一个包只能有一张", filepath.Base(c.Path), f.Name)}
			}
			c.Path, c.Data = path+"/"+f.Name, f.Data
			c.Name = filepath.Base(path) + "/" + f.Name
		}
	}
	switch {
	case c.Data == nil:
		return Case{}, &rules.PosError{Pos: rules.Pos{File: path}, Msg: "no table; expected a section named like t.txt or t.csv",
			Zh: "没有表格：应有名为 t.txt 或 t.csv 这样的一节"}
	case !haveWant:
		return Case{}, &rules.PosError{Pos: rules.Pos{File: path}, Msg: "no want section", Zh: "没有 want 一节（期望的问题）"}
	}
	return c, nil
}
