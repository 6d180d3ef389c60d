package citest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// actionRun is one run of the action's lint script.
type actionRun struct {
	stdout, stderr string
	outputs        map[string]string
	summary        string // the job summary after the run
	runnerTemp     string
}

// runAction runs .github/action/run.sh in workspace with the inputs given
// (name → value, as INPUT_NAME) and the variables GitHub sets, jxlint
// built from this checkout.
func runAction(t *testing.T, workspace string, inputs map[string]string) actionRun {
	t.Helper()
	bash := needBash(t)
	jxlint := jxlintBinary(t)
	runnerTemp := t.TempDir()
	files := t.TempDir()
	summary := filepath.Join(files, "step_summary.md")
	output := filepath.Join(files, "output")
	writeFiles(t, files, map[string]string{"step_summary.md": "earlier step\n", "output": ""})
	script, err := filepath.Abs(filepath.Join(root, ".github", "action", "run.sh"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bash, script)
	cmd.Dir = t.TempDir() // the script must go to GITHUB_WORKSPACE itself
	cmd.Env = append(os.Environ(),
		"JXLINT="+jxlint,
		"GITHUB_WORKSPACE="+workspace,
		"RUNNER_TEMP="+runnerTemp,
		"GITHUB_OUTPUT="+output,
		"GITHUB_STEP_SUMMARY="+summary,
		"GITHUB_ACTIONS=true",
		"CI=true",
	)
	for k, v := range inputs {
		cmd.Env = append(cmd.Env, "INPUT_"+strings.ToUpper(strings.ReplaceAll(k, "-", "_"))+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("run.sh: %v\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}
	return actionRun{stdout: stdout.String(), stderr: stderr.String(), outputs: outputs(t, output),
		summary: readFile(t, summary), runnerTemp: runnerTemp}
}

// workspace makes a repository checkout with the corpus table under tables/.
func workspace(t *testing.T, more map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{"tables/琶洲 项目.txt": corpusTable(t)}
	for k, v := range more {
		files[k] = v
	}
	writeFiles(t, dir, files)
	return dir
}

func TestActionReportsAndFails(t *testing.T) {
	ws := workspace(t, map[string]string{"ci/jxlint.yaml": "rules:\n  mixed-punctuation: off\n"})
	r := runAction(t, ws, map[string]string{"paths": "tables", "config": "ci/jxlint.yaml", "fail-on": "error",
		"annotations": "true", "summary": "true"})

	if r.outputs["exit-code"] != "1" {
		t.Errorf("exit-code = %q, want 1 (the corpus has errors)", r.outputs["exit-code"])
	}
	// Annotations name the file relative to the repository root.
	if !strings.Contains(r.stdout, "::error file=tables/琶洲 项目.txt,line=12,col=273,") {
		t.Errorf("no error annotation on tables/琶洲 项目.txt:12:273 in stdout:\n%s", r.stdout)
	}
	// The job summary keeps what earlier steps wrote and adds jxlint's report.
	for _, want := range []string{
		"earlier step\n## jxlint\n\n8 个错误，",
		"| [`missing-indicator-category`](https://github.com/jxlint/jxlint/blob/main/docs/rules/missing-indicator-category.md) ",
		"| `tables/琶洲 项目.txt:12:273` | 错误 | `missing-indicator-category` |",
	} {
		if !strings.Contains(r.summary, want) {
			t.Errorf("job summary lacks %q:\n%s", want, r.summary)
		}
	}
	if strings.Contains(r.summary, "mixed-punctuation") {
		t.Errorf("the config input was not used: mixed-punctuation is reported:\n%s", r.summary)
	}
	// The SARIF log is where the output says, with URIs under the repository root.
	sarif := r.outputs["sarif-file"]
	if sarif != filepath.Join(r.runnerTemp, "jxlint", "jxlint.sarif") {
		t.Errorf("sarif-file = %q", sarif)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(readFile(t, sarif)), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if len(results) == 0 {
		t.Fatal("no results in the SARIF log")
	}
	if loc := results[0].Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "tables/%E7%90%B6%E6%B4%B2%20%E9%A1%B9%E7%9B%AE.txt" || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("SARIF artifact location %+v", loc)
	}
	if got := r.outputs["summary-file"]; got != filepath.Join(r.runnerTemp, "jxlint", "summary.md") {
		t.Errorf("summary-file = %q", got)
	}
}

func TestActionBaselineAndFailOn(t *testing.T) {
	ws := workspace(t, nil)
	cmd := exec.Command(jxlintBinary(t), "lint", "--write-baseline", "jxlint-baseline.yaml", "tables")
	cmd.Dir = ws
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("writing the baseline: %v\n%s", err, out)
	}
	r := runAction(t, ws, map[string]string{"paths": "tables", "baseline": "jxlint-baseline.yaml", "fail-on": "info"})
	if r.outputs["exit-code"] != "0" {
		t.Errorf("with every finding in the baseline, exit-code = %q, want 0", r.outputs["exit-code"])
	}
	if !strings.Contains(r.summary, "未发现问题（78 个已被基线接受）") {
		t.Errorf("job summary does not say the findings were accepted:\n%s", r.summary)
	}

	r = runAction(t, ws, map[string]string{"paths": "tables", "fail-on": "none", "annotations": "false",
		"summary": "false", "lang": "en"})
	if r.outputs["exit-code"] != "0" || r.outputs["summary-file"] != "" {
		t.Errorf("fail-on none: outputs %v", r.outputs)
	}
	if !strings.Contains(r.stdout, "tables/琶洲 项目.txt:12:273: error missing-indicator-category: ") {
		t.Errorf("annotations false: no text output in English:\n%s", r.stdout)
	}
	if r.summary != "earlier step\n" {
		t.Errorf("summary false: the job summary changed:\n%s", r.summary)
	}
}

func TestActionPathsAndArgs(t *testing.T) {
	ws := workspace(t, map[string]string{"more/b.txt": corpusTable(t), "more/ignored.txt": corpusTable(t)})
	r := runAction(t, ws, map[string]string{
		"paths":      "  tables/琶洲 项目.txt\n\n  more/b.txt\n",
		"fail-on":    "warning",
		"sarif-file": filepath.Join(ws, "out", "..", "jxlint.sarif"),
		"args":       "-j 1 --output-format junit=report.xml",
	})
	if r.outputs["exit-code"] != "1" {
		t.Errorf("exit-code = %q", r.outputs["exit-code"])
	}
	if !strings.Contains(r.summary, "16 个错误，96 个警告") {
		t.Errorf("two files were not linted:\n%s", r.summary)
	}
	if strings.Contains(r.stdout, "ignored.txt") {
		t.Errorf("a file not among the paths was linted")
	}
	if _, err := os.Stat(filepath.Join(ws, "jxlint.sarif")); err != nil {
		t.Errorf("the sarif-file input was not used: %v", err)
	}
	if report := readFile(t, filepath.Join(ws, "report.xml")); !strings.Contains(report, `<testsuite name="more/b.txt"`) {
		t.Errorf("args were not passed: report.xml:\n%s", report)
	}
}

func TestActionConfigError(t *testing.T) {
	ws := workspace(t, map[string]string{".jxlint.yaml": "rules:\n  no-such-rule: off\n"})
	r := runAction(t, ws, map[string]string{"paths": "tables"})
	if r.outputs["exit-code"] != "2" || r.outputs["sarif-file"] != "" {
		t.Errorf("a bad configuration: outputs %v", r.outputs)
	}
	if !strings.Contains(r.stderr, ".jxlint.yaml:2:3:") || !strings.Contains(r.stderr, "no-such-rule") {
		t.Errorf("stderr does not point at the configuration's mistake:\n%s", r.stderr)
	}
}

func TestActionInstall(t *testing.T) {
	bash := needBash(t)
	temp := t.TempDir()
	writeFiles(t, temp, map[string]string{"path": "", "output": ""})
	src, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bash, filepath.Join(src, ".github", "action", "install.sh"))
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GITHUB_ACTION_PATH="+src, "RUNNER_TEMP="+temp, "JXLINT_VERSION=v9.8.7",
		"GITHUB_PATH="+filepath.Join(temp, "path"), "GITHUB_OUTPUT="+filepath.Join(temp, "output"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("install.sh: %v\n%s", err, out)
	}
	bin := filepath.Join(temp, "jxlint-bin")
	if got := readFile(t, filepath.Join(temp, "path")); got != bin+"\n" {
		t.Errorf("GITHUB_PATH = %q, want %q", got, bin)
	}
	if got := outputs(t, filepath.Join(temp, "output"))["path"]; got != filepath.Join(bin, "jxlint") {
		t.Errorf("output path = %q", got)
	}
	if !strings.Contains(string(out), "9.8.7") {
		t.Errorf("the binary does not report the action's version v9.8.7:\n%s", out)
	}
}
