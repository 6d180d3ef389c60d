package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

// writeDense writes example repeated n times to path.
func writeDense(t *testing.T, path string, example []byte, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tablegen.Repeat(f, "example.txt", example, n); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestStreamedSameBytes lints one table of 40 copies of the published
// example, one amount made negative in copy 30, in each format whose reporter takes findings in batches as they are
// found, with a baseline that accepts the findings of the first 20 copies,
// plain and with --quiet: the bytes, stderr and exit code are those of the
// same run with the findings handed to the reporters a whole file at a time
// (a checkstyle report beside, which takes whole files), with -j 1 and -j 2,
// and filling and then reading the cache.
func TestStreamedSameBytes(t *testing.T) {
	example, err := os.ReadFile("../../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	writeDense(t, "dense.txt", example, 20)
	if _, errOut, code := runCmd(t, "lint", "--no-cache", "--no-config", "--write-baseline", "base.yaml", "dense.txt"); code != 0 {
		t.Fatalf("--write-baseline: exit %d: %s", code, errOut)
	}
	writeDense(t, "dense.txt", example, 40)
	// A negative amount in copy 30 gives findings of a rule over the whole
	// document among those of the units.
	data, err := os.ReadFile("dense.txt")
	if err != nil {
		t.Fatal(err)
	}
	amount := []byte("\t425.00\t425.00\t")
	at := 0
	for range 30 {
		at += bytes.Index(data[at:], amount) + 1
	}
	copy(data[at:], "-425.0")
	if err := os.WriteFile("dense.txt", data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json", "sarif", "github"} {
		for _, extra := range [][]string{{"--baseline", "base.yaml"}, {"--baseline", "base.yaml", "--quiet"}} {
			args := append([]string{"--no-config", "--format", format, "dense.txt"}, extra...)
			lint := func(more ...string) (string, string, int) {
				return runCmd(t, append(append([]string{"lint"}, more...), args...)...)
			}
			want, wantErr, wantCode := lint("--no-cache", "-j", "1", "--output-format", "checkstyle=whole.xml")
			if wantCode != 1 || len(want) < 10_000 || !strings.Contains(want, "invalid-amount") {
				t.Fatalf("%s %v: exit %d and %d bytes; the test needs findings", format, extra, wantCode, len(want))
			}
			cacheDir := t.TempDir()
			for _, run := range [][]string{{"--no-cache", "-j", "1"}, {"--no-cache", "-j", "2"},
				{"--cache-dir", cacheDir, "-j", "2"}, {"--cache-dir", cacheDir, "-j", "1"}} {
				if out, errOut, code := lint(run...); out != want || errOut != wantErr || code != wantCode {
					t.Errorf("%s %v %v: exit %d, stderr %q and %d bytes differ from the run with whole files (exit %d, stderr %q, %d bytes)",
						format, extra, run, code, errOut, len(out), wantCode, wantErr, len(want))
				}
			}
			if n := cacheEntries(t, cacheDir); n != 1 {
				t.Errorf("%s %v: %d cache entries; want the table's", format, extra, n)
			}
		}
	}
}

// TestReadGC turns the collector off while a large text table is read with
// several workers, and only then.
func TestReadGC(t *testing.T) {
	text := []byte("项目名称\t总计\t绩效指标\n项目\t1\t1、1-产出指标\n")
	csv := []byte("项目名称,总计,绩效指标\n项目,1,1、1-产出指标\n")
	zip := []byte("PK\x03\x04 a workbook")
	for _, c := range []struct {
		data    []byte
		workers int
		want    int
	}{{text, 2, -1}, {csv, 4, -1}, {text, 1, 100}, {zip, 2, 100}} {
		if got := readGC(c.data, c.workers); got != c.want {
			t.Errorf("readGC(%.12q, %d) = %d, want %d", c.data, c.workers, got, c.want)
		}
	}
}
