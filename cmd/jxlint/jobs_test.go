package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

// TestOneFileSameBytesOnAnyJobs lints one table of 40 copies of the published
// example, whose units -j spreads over workers, in every format with -j 1, 2
// and 5: the output is the same bytes each time.
func TestOneFileSameBytesOnAnyJobs(t *testing.T) {
	example, err := os.ReadFile("../../testdata/corpus/pazhou-project-goals.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "dense.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tablegen.Repeat(f, "example.txt", example, 40); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		var first string
		for _, jobs := range []string{"1", "2", "5"} {
			out, errOut, code := runCmd(t, "lint", "--no-config", "--format", format, "-j", jobs, "dense.txt")
			if code != 1 || errOut != "" {
				t.Fatalf("%s -j %s: exit %d, stderr %q; want 1 and nothing on stderr", format, jobs, code, errOut)
			}
			if jobs == "1" {
				first = out
			} else if out != first {
				t.Errorf("%s: -j %s wrote other bytes than -j 1", format, jobs)
			}
		}
		if len(first) < 100_000 {
			t.Errorf("%s: only %d bytes for 40 copies of the example", format, len(first))
		}
	}
}
