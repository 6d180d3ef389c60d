package cache

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// lintFile lints one file of the repository's testdata with the built-in rules.
func lintFile(t *testing.T, set *rules.Set, path string) ([]byte, engine.FileResult) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read(path, data)
	if err != nil {
		t.Fatal(err)
	}
	l, err := engine.New(set, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := l.Worker().Lint(doc)
	res.Doc = nil
	return data, res
}

func builtin(t *testing.T) *rules.Set {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func openTemp(t *testing.T, set *rules.Set) *Cache {
	t.Helper()
	id, err := RunID(set, "test", "lang=zh")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Open(t.TempDir(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRoundTrip stores the results of tables in every input kind (text,
// CSV, workbook with cell places) and reads back exactly the same values.
func TestRoundTrip(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	for _, p := range []string{"../testdata/corpus/pazhou-project-goals.txt", "../testdata/sheets/layout-rows-example.csv", "../testdata/sheets/layout-rows-example.xlsx"} {
		data, res := lintFile(t, set, p)
		if len(res.Findings) == 0 {
			t.Fatalf("%s: no findings to store", p)
		}
		k := c.Key(p, data)
		if _, ok := c.Get(k, p); ok {
			t.Fatalf("%s: hit before any Put", p)
		}
		if err := c.Put(k, &res); err != nil {
			t.Fatal(err)
		}
		got, ok := c.Get(k, p)
		if !ok {
			t.Fatalf("%s: miss after Put", p)
		}
		if !reflect.DeepEqual(got, res) {
			t.Errorf("%s: read back\n%+v\nwant\n%+v", p, got.Findings[0], res.Findings[0])
		}
	}
}

// TestKeys: the key changes with the content, the path and the run
// identity: rule set, build and settings.
func TestKeys(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	k := c.Key("a.txt", []byte("x"))
	if k == c.Key("a.txt", []byte("y")) || k == c.Key("b.txt", []byte("x")) {
		t.Error("key does not follow content and path")
	}
	changed := *set
	changed.Rules = append([]*rules.Rule(nil), set.Rules...)
	r := *changed.Rules[0]
	r.Severity = rules.Error
	if r.Severity == set.Rules[0].Severity {
		r.Severity = rules.Info
	}
	changed.Rules[0] = &r
	for name, id := range map[string][sha256.Size]byte{
		"severity": mustRunID(t, &changed, "test", "lang=zh"),
		"lang":     mustRunID(t, set, "test", "lang=en"),
		"build":    mustRunID(t, set, "other", "lang=zh"),
		"limit":    mustRunID(t, set, "test", "lang=zh", "max-cells=20"),
	} {
		c2, err := Open(c.Dir(), id)
		if err != nil {
			t.Fatal(err)
		}
		if c2.Key("a.txt", []byte("x")) == k {
			t.Errorf("a changed %s keeps the key", name)
		}
	}
}

func mustRunID(t *testing.T, set *rules.Set, build string, settings ...string) [sha256.Size]byte {
	t.Helper()
	id, err := RunID(set, build, settings...)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestCorrupt: an entry cut short, with a flipped byte, of another key or
// of another format is a miss, not an error or a wrong result.
func TestCorrupt(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	p := "../testdata/corpus/pazhou-project-goals.txt"
	data, res := lintFile(t, set, p)
	k := c.Key(p, data)
	if err := c.Put(k, &res); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(c.file(k))
	if err != nil {
		t.Fatal(err)
	}
	other := c.Key("other.txt", data)
	flip := func(i int) []byte { b := append([]byte(nil), good...); b[i] ^= 0x40; return b }
	cases := map[string][]byte{
		"empty":      nil,
		"short":      good[:len(good)/2],
		"last byte":  good[:len(good)-1],
		"body":       flip(len(good) - 10),
		"checksum":   flip(len(magic) + len(k)),
		"magic":      flip(3),
		"key":        flip(len(magic) + 1),
		"extra byte": append(append([]byte(nil), good...), 0),
	}
	for name, b := range cases {
		if err := os.WriteFile(c.file(k), b, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, ok := c.Get(k, p); ok {
			t.Errorf("%s: corrupt entry read as a hit", name)
		}
	}
	if err := os.WriteFile(c.file(k), good, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(c.file(other)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.file(other), good, 0o644); err != nil { // an entry under the wrong name
		t.Fatal(err)
	}
	if _, ok := c.Get(other, "other.txt"); ok {
		t.Error("an entry stored under another key was read")
	}
	if _, ok := c.Get(k, p); !ok {
		t.Error("the sound entry is a miss")
	}
}

// TestConcurrent: runs writing and reading the same entries at once only
// ever see a miss or the whole result.
func TestConcurrent(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	p := "../testdata/corpus/pazhou-project-goals.txt"
	data, res := lintFile(t, set, p)
	k := c.Key(p, data)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if g%2 == 0 {
					if err := c.Put(k, &res); err != nil {
						t.Error(err)
						return
					}
				} else if got, ok := c.Get(k, p); ok && !reflect.DeepEqual(got, res) {
					t.Error("a concurrent read saw a partial entry")
					return
				}
			}
		}()
	}
	wg.Wait()
	left, _ := filepath.Glob(filepath.Join(c.Dir(), "*", ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestNotCacheable: results with errors are refused.
func TestNotCacheable(t *testing.T) {
	c := openTemp(t, builtin(t))
	res := engine.FileResult{Path: "x.txt", RuleErrors: []engine.RuleError{{RuleID: "r"}}}
	if err := c.Put(c.Key("x.txt", nil), &res); err == nil {
		t.Error("a result with a rule error was stored")
	}
}

// TestTrim: entries unused for a week and stale temporary files go, once a
// day; reading an entry marks it used; other files in the folder stay.
func TestTrim(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	res := engine.FileResult{Path: "a.txt", Format: "text"}
	old := time.Now().Add(-MaxAge - time.Hour)
	put := func(name string) Key {
		k := c.Key(name, nil)
		if err := c.Put(k, &res); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(c.file(k), old, old); err != nil {
			t.Fatal(err)
		}
		return k
	}
	unused, used, fresh := put("unused.txt"), put("used.txt"), c.Key("fresh.txt", nil)
	if err := c.Put(fresh, &res); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(c.file(fresh)), ".tmp-123")
	if err := os.WriteFile(tmp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(tmp, old, old); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(used, "used.txt"); !ok {
		t.Fatal("miss")
	}
	other := filepath.Join(c.Dir(), "other-tool", "installed.bin") // another program's file in the folder
	if err := os.MkdirAll(filepath.Dir(other), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(other, old, old); err != nil {
		t.Fatal(err)
	}
	c.Trim()
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	if exists(c.file(unused)) || exists(tmp) {
		t.Error("an old entry or temporary file was kept")
	}
	if !exists(c.file(used)) || !exists(c.file(fresh)) {
		t.Error("a used entry was removed")
	}
	if !exists(other) {
		t.Error("a file outside the entries was removed")
	}
	again := put("again.txt")
	c.Trim()
	if !exists(c.file(again)) {
		t.Error("trimmed twice in a day")
	}
}
