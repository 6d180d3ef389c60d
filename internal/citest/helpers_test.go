package citest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// root is the repository root, seen from this package.
const root = "../.."

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// TestMain removes the binary built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		_ = os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// jxlintBinary builds jxlint once for the package's tests and returns its path.
func jxlintBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "jxlint-citest-")
		if buildErr != nil {
			return
		}
		cmd := exec.Command("go", "build", "-o", filepath.Join(buildDir, "jxlint"), "./cmd/jxlint")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = &buildError{err: err, out: string(out)}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(buildDir, "jxlint")
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "go build ./cmd/jxlint: " + e.err.Error() + "\n" + e.out }

// needBash skips the test when bash is missing.
func needBash(t *testing.T) string {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not found: the action's scripts are bash")
	}
	return bash
}

// writeFiles writes files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readFile returns the content of path, or fails.
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// corpusTable is the published table that ships with the repository.
func corpusTable(t *testing.T) string {
	t.Helper()
	return readFile(t, filepath.Join(root, "testdata", "corpus", "pazhou-project-goals.txt"))
}

// outputs parses a GITHUB_OUTPUT file of name=value lines.
func outputs(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(readFile(t, path)), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: line %q is not name=value", path, line)
		}
		out[k] = v
	}
	return out
}
