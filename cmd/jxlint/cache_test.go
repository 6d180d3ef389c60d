package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/cache"
	"github.com/jxlint/jxlint/internal/benchtest"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/table/tablegen"
)

// cacheRepo copies tables of every input kind into a temporary folder,
// with a table without findings, a file that cannot be read as a table and
// a JSON file that a walk skips, and returns the folder.
func cacheRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range []string{"../../testdata/corpus/pazhou-project-goals.txt", "../../testdata/sheets/layout-rows-example.csv",
		"../../testdata/sheets/layout-rows-example.xlsx"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.xlsx"), []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"note": "not a table"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := benchtest.Options
	opt.Rates = tablegen.Rates{}
	var clean bytes.Buffer
	if _, err := tablegen.GenerateSize(&clean, opt, 8<<10); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clean.txt"), clean.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// cacheEntries counts the entries in a cache folder.
func cacheEntries(t *testing.T, dir string) int {
	t.Helper()
	n, _ := cache.Usage(dir)
	return n
}

// TestCacheSameBytes: in every format and both languages, with and without
// a baseline that accepts some findings, a run that fills the cache and a
// run that reads it print exactly what a run without the cache prints, on
// stdout and stderr, with the same exit status.
func TestCacheSameBytes(t *testing.T) {
	repo := cacheRepo(t)
	cacheDir := t.TempDir()
	base := filepath.Join(t.TempDir(), "baseline.yaml")
	if _, errOut, code := runCmd(t, "lint", "--no-cache", "--no-config", "--write-baseline", base, filepath.Join(repo, "layout-rows-example.csv")); code != 0 {
		t.Fatalf("--write-baseline: exit %d: %s", code, errOut)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, format := range reporters.Formats() {
			if reporters.NeedsDocument(format) {
				continue // a drawn table is never read from the cache: it needs the model
			}
			for _, extra := range [][]string{nil, {"--baseline", base}} {
				args := append([]string{"--no-config", "--lang", lang, "--format", format, "--show-source", repo}, extra...)
				want, wantErr, wantCode := runCmd(t, append([]string{"lint", "--no-cache"}, args...)...)
				if wantCode != 2 || !strings.Contains(wantErr+want, "broken.xlsx") {
					t.Fatalf("%s %s: exit %d without the broken file reported; the test needs both", lang, format, wantCode)
				}
				if lang == "zh" && format == "text" && extra != nil && !strings.Contains(want, "个已被基线接受") {
					t.Fatalf("the baseline accepts nothing; the test needs it to:\n%s", want)
				}
				for _, pass := range []string{"filling", "reading"} {
					out, errOut, code := runCmd(t, append([]string{"lint", "--cache-dir", cacheDir}, args...)...)
					if out != want || errOut != wantErr || code != wantCode {
						t.Errorf("%s %s %v, %s the cache: exit %d, output differs from a run without it:\n%s\nwant\n%s",
							lang, format, extra, pass, code, out, want)
					}
				}
			}
		}
	}
	if n := cacheEntries(t, cacheDir); n != 8 { // four tables in two languages; the broken file is never stored
		t.Errorf("%d cache entries, want 8", n)
	}
	_, errOut, _ := runCmd(t, "lint", "-v", "--no-config", "--cache-dir", cacheDir, repo)
	if !regexp.MustCompile(`5 个文件中 4 个取自缓存，新存 0 个`).MatchString(errOut) {
		t.Errorf("-v says %q; want 4 of 5 files from the cache", errOut)
	}
}

// TestCacheRuleSetChange: a changed configuration or reader limit never
// reads the results stored for another; corrupt entries are linted afresh.
func TestCacheRuleSetChange(t *testing.T) {
	repo := cacheRepo(t)
	cacheDir := t.TempDir()
	lint := func(extra ...string) string {
		out, _, _ := runCmd(t, append(append([]string{"lint", "--cache-dir", cacheDir}, extra...), repo)...)
		return out
	}
	all := lint("--no-config")
	if !strings.Contains(all, " typo:") {
		t.Fatal("no typo findings to turn off")
	}
	cfg := filepath.Join(t.TempDir(), "cfg.yaml")
	for _, c := range []string{"rules:\n  typo: off\n", "rules:\n  typo: {severity: error}\n", "dictionaries:\n  typos: {完成: 完城}\n"} {
		if err := os.WriteFile(cfg, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
		want, _, _ := runCmd(t, "lint", "--no-cache", "--config", cfg, repo)
		if want == all {
			t.Fatalf("config %q changes nothing; the test needs a change", c)
		}
		for range 2 {
			if got := lint("--config", cfg); got != want {
				t.Errorf("config %q with the cache:\n%s\nwant\n%s", c, got, want)
			}
		}
	}
	book := filepath.Join(repo, "layout-rows-example.xlsx")
	if out, _, code := runCmd(t, "lint", "--no-config", "--cache-dir", cacheDir, "--max-cells", "20", book); code != 2 || !strings.Contains(out, "--max-cells") {
		t.Errorf("a lower --max-cells read the result stored under the default: exit %d\n%s", code, out)
	}
	_ = filepath.WalkDir(cacheDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			_ = os.WriteFile(p, []byte("jxlint-cache\x00\x01garbage"), 0o644)
		}
		return nil
	})
	if got := lint("--no-config"); got != all {
		t.Errorf("corrupt entries changed the output:\n%s\nwant\n%s", got, all)
	}
}

// TestCacheNotUsed: standard input, --fix and --no-cache store nothing.
func TestCacheNotUsed(t *testing.T) {
	repo := cacheRepo(t)
	cacheDir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(repo, "pazhou-project-goals.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if code := run([]string{"lint", "--cache-dir", cacheDir, "-"}, strings.NewReader(string(data)), &out, &out); code != 1 {
		t.Fatalf("stdin: exit %d: %s", code, out.String())
	}
	runCmd(t, "lint", "--no-cache", repo)
	runCmd(t, "lint", "--cache-dir", cacheDir, "--fix", "--dry-run", repo)
	runCmd(t, "lint", "--cache-dir", cacheDir, "--fix", filepath.Join(repo, "pazhou-project-goals.txt"))
	if n := cacheEntries(t, cacheDir); n != 0 {
		t.Errorf("%d entries stored by runs that must not use the cache", n)
	}
}
