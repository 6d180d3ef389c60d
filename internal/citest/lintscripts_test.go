package citest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// lookTool finds a tool on the PATH or in $(go env GOPATH)/bin, where .ci/run
// installs Go tools.
func lookTool(t *testing.T, name string) (string, bool) {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p, true
	}
	gopath, err := exec.Command("go", "env", "GOPATH").Output()
	if err != nil {
		return "", false
	}
	p := filepath.Join(strings.TrimSpace(string(gopath)), "bin", name)
	if _, err := os.Stat(p); err != nil {
		return "", false
	}
	return p, true
}

// TestReadmeWorkflow checks the example workflow of the README with
// actionlint, against this action.yml: the inputs it passes exist and the
// required ones are there.
func TestReadmeWorkflow(t *testing.T) {
	actionlint, ok := lookTool(t, "actionlint")
	if !ok {
		t.Skip("actionlint not found (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12; .ci/run installs it): the README's workflow is not checked")
	}
	readme := readFile(t, filepath.Join(root, "README.md"))
	m := regexp.MustCompile("(?s)```yaml\n# \\.github/workflows/jxlint\\.yml\n(.*?)```").FindStringSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no example workflow (a yaml block starting # .github/workflows/jxlint.yml)")
	}
	workflow := regexp.MustCompile(`uses: jxlint/jxlint@\S+`).ReplaceAllString(m[1], "uses: ./")
	if workflow == m[1] {
		t.Fatal("the README's workflow does not use jxlint/jxlint@REF")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not found: actionlint finds local actions in a git repository")
	}
	// actionlint reads a local action (uses: ./) only inside a repository;
	// a workflow with an unknown input shows that it did.
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		".github/workflows/jxlint.yml": workflow,
		".github/workflows/wrong.yml":  strings.Replace(workflow, "with:\n", "with:\n          no-such-input: x\n", 1),
		"action.yml":                   readFile(t, filepath.Join(root, "action.yml")),
	})
	if out, err := exec.Command(git, "-C", repo, "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	lint := func(file string) (string, error) {
		cmd := exec.Command(actionlint, "-no-color", file)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := lint(".github/workflows/jxlint.yml"); err != nil {
		t.Errorf("actionlint on the README's workflow: %v\n%s\n%s", err, out, workflow)
	}
	if out, err := lint(".github/workflows/wrong.yml"); err == nil || !strings.Contains(out, `input "no-such-input" is not defined in action "jxlint"`) {
		t.Errorf("actionlint did not check the workflow against action.yml (%v):\n%s", err, out)
	}
}

// TestActionScriptsShellcheck checks the action's scripts with ShellCheck.
func TestActionScriptsShellcheck(t *testing.T) {
	shellcheck, ok := lookTool(t, "shellcheck")
	if !ok {
		t.Skip("shellcheck not found (Debian package shellcheck; .ci/run installs it): the action's scripts are not checked")
	}
	scripts, err := filepath.Glob(filepath.Join(root, ".github", "action", "*.sh"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in .github/action (%v)", err)
	}
	out, err := exec.Command(shellcheck, append([]string{"--severity=style", "--shell=bash"}, scripts...)...).CombinedOutput()
	if err != nil {
		t.Errorf("shellcheck: %v\n%s", err, out)
	}
}
