package main

import (
	"path/filepath"
	"testing"
)

// TestCorpusSARIF lints the published corpus table from the repository root, as
// a CI job would, and compares the SARIF log with its golden file.
func TestCorpusSARIF(t *testing.T) {
	goldenPath, err := filepath.Abs("testdata/corpus.sarif.golden")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..")
	out, errOut, code := runCmd(t, "lint", "--no-config", "--format", "sarif", "testdata/corpus/pazhou-project-goals.txt")
	if code != 1 || errOut != "" {
		t.Fatalf("exit %d, stderr %q; want 1 and nothing on stderr", code, errOut)
	}
	golden(t, goldenPath, out)
}
