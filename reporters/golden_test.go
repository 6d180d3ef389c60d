package reporters

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/jxlint/jxlint/engine"
)

var update = flag.Bool("update", false, "rewrite golden files")

// render runs a reporter of format over results and returns its output.
func render(t *testing.T, format string, run Run, results []*engine.FileResult, sum Summary) []byte {
	t.Helper()
	r, err := New(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Begin(&buf, run); err != nil {
		t.Fatal(err)
	}
	for _, res := range results {
		if err := r.File(res); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.End(sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; got:\n%s", path, got)
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct{ format, lang, golden string }{
		{"text", "zh", "text-zh.golden"},
		{"text", "en", "text-en.golden"},
		{"json", "zh", "json.golden"},
		{"sarif", "zh", "sarif.golden"},
		{"sarif", "en", "sarif-en.golden"},
		{"github", "zh", "github.golden"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			got := render(t, tc.format, testRun(tc.lang), testResults(), testSummary())
			if tc.format == "sarif" {
				validateSARIF(t, got)
			}
			checkGolden(t, tc.golden, got)
		})
	}
}
