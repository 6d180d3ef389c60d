package citest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/jxlint/jxlint/table"
)

// TestPreCommitHook runs the hook through pre-commit itself (pre-commit
// try-repo on a temporary repository), as a user's commit would: pre-commit
// builds jxlint with go install from this repository, passes it the staged
// tables and not the other files, and fails on findings.
func TestPreCommitHook(t *testing.T) {
	precommit, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not found (Debian package pre-commit; .ci/run installs it): the hook is not run")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not found: pre-commit needs it")
	}
	src, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command(git, "-C", src, "rev-parse", "HEAD").Run(); err != nil {
		t.Skipf("%s is not a git checkout: pre-commit try-repo needs one", src)
	}
	modCache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}

	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		"tables/琶洲.txt":    corpusTable(t),
		"tables/clean.txt": readFile(t, filepath.Join(root, "rules", "default", "testdata", "clean.txt")),
		"notes.md":         "not a table\n",
		"data/model.yaml":  "not: a table\n",
	})
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+t.TempDir(),
		// pre-commit's golang hooks build in a GOPATH of their own; the module
		// cache stays the machine's, so that no module is downloaded again, and
		// -trimpath lets builds from pre-commit's clones share the build cache.
		"GOMODCACHE="+strings.TrimSpace(string(modCache)),
		"GOFLAGS=-trimpath -buildvcs=false",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org",
	)
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}} {
		if out, err := run(git, args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}

	out, err := run(precommit, "try-repo", src, "jxlint", "--all-files")
	if err == nil {
		t.Fatalf("the hook passed on a table with errors:\n%s", out)
	}
	for _, want := range []string{"jxlint", "Failed", "tables/琶洲.txt:12:273: 错误 missing-indicator-category: "} {
		if !strings.Contains(out, want) {
			t.Errorf("pre-commit output lacks %q:\n%s", want, out)
		}
	}
	for _, notWanted := range []string{"notes.md", "model.yaml", "tables/clean.txt:"} {
		if strings.Contains(out, notWanted) {
			t.Errorf("pre-commit output names %s:\n%s", notWanted, out)
		}
	}

	out, err = run(precommit, "try-repo", src, "jxlint", "--files", "tables/clean.txt", "notes.md")
	if err != nil || !regexp.MustCompile(`jxlint\.+Passed`).MatchString(out) {
		t.Errorf("the hook did not pass on a clean table (%v):\n%s", err, out)
	}
}

// TestPreCommitHookFiles checks the hook's files pattern against the readers:
// every extension it names is one jxlint reads as a table.
func TestPreCommitHookFiles(t *testing.T) {
	var hooks []struct {
		ID, Entry, Language, Files string
	}
	if err := yaml.Unmarshal([]byte(readFile(t, filepath.Join(root, ".pre-commit-hooks.yaml"))), &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0].ID != "jxlint" || hooks[0].Entry != "jxlint lint" || hooks[0].Language != "golang" {
		t.Fatalf("hooks = %+v", hooks)
	}
	files := regexp.MustCompile(hooks[0].Files)
	exts := regexp.MustCompile(`\\\.\(([a-z|]+)\)\$$`).FindStringSubmatch(hooks[0].Files)
	if exts == nil {
		t.Fatalf("files %q is not a list of extensions", hooks[0].Files)
	}
	for _, ext := range strings.Split(exts[1], "|") {
		name := "tables/表." + ext
		if !table.Supported(name) || !files.MatchString(name) || !files.MatchString(strings.ToUpper(name)) {
			t.Errorf("extension .%s: supported %v, matched %v", ext, table.Supported(name), files.MatchString(name))
		}
	}
	for _, name := range []string{"README.md", "go.mod", ".jxlint.yaml", "a.txt.bak"} {
		if files.MatchString(name) {
			t.Errorf("files %q matches %s", hooks[0].Files, name)
		}
	}
}
