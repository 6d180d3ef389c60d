package citest

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// actionFile is the part of action.yml the tests read.
type actionFile struct {
	Name    string
	Inputs  map[string]struct{ Description, Default string }
	Outputs map[string]struct{ Description, Value string }
	Runs    struct {
		Using string
		Steps []actionStep
	}
}

// actionStep is one step of a composite action.
type actionStep struct {
	Name, ID, If, Uses, Run, Shell string
	With, Env                      map[string]string
}

// TestActionDefinition checks that action.yml and its scripts agree: every
// input is handed to the script, every INPUT_ variable the script reads comes
// from an input, every output is written by the script, the scripts exist and
// are executable, the lint step runs the binary the install step built, and
// the SARIF upload and the failing step depend on the lint step's outputs.
func TestActionDefinition(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&a); err != nil {
		t.Fatal(err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	script := readFile(t, filepath.Join(root, ".github", "action", "run.sh"))
	read := map[string]bool{}
	for _, m := range regexp.MustCompile(`INPUT_[A-Z_]+`).FindAllString(script, -1) {
		read[m] = true
	}
	handed := map[string]bool{}
	var upload, fail bool
	for _, s := range a.Runs.Steps {
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q: a run step of a composite action needs shell: bash", s.Name)
		}
		for _, m := range regexp.MustCompile(`\$GITHUB_ACTION_PATH/([^"' ]+)`).FindAllStringSubmatch(s.Run, -1) {
			st, err := os.Stat(filepath.Join(root, m[1]))
			if err != nil || st.Mode()&0o111 == 0 {
				t.Errorf("step %q runs %s, which is missing or not executable", s.Name, m[1])
			}
		}
		for k, v := range s.Env {
			if !strings.HasPrefix(k, "INPUT_") {
				continue
			}
			handed[k] = true
			name := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(k, "INPUT_"), "_", "-"))
			if v != "${{ inputs."+name+" }}" {
				t.Errorf("step %q: %s = %q, want the input %s", s.Name, k, v, name)
			}
			if !read[k] {
				t.Errorf("step %q hands %s to a script that does not read it", s.Name, k)
			}
		}
		switch {
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			upload = strings.Contains(s.If, "inputs.upload-sarif == 'true'") && s.With["sarif_file"] == "${{ steps.lint.outputs.sarif-file }}"
		case strings.Contains(s.Run, "exit"):
			fail = s.If == "steps.lint.outputs.exit-code != '0'"
		}
	}
	for k := range read {
		if !handed[k] {
			t.Errorf("run.sh reads %s, which no step sets", k)
		}
	}
	for name := range a.Inputs {
		used := strings.Contains(string(data), "inputs."+name+" ")
		if !used {
			t.Errorf("input %s is never used", name)
		}
	}
	for name, o := range a.Outputs {
		if o.Value != "${{ steps.lint.outputs."+name+" }}" || !strings.Contains(script, `echo "`+name+`=`) {
			t.Errorf("output %s = %q is not written by run.sh", name, o.Value)
		}
	}
	if !upload {
		t.Error("no upload-sarif step that runs when upload-sarif is true and uploads the lint step's SARIF file")
	}
	if !fail {
		t.Error("no last step that fails when the lint step's exit code is not 0")
	}
	if last := a.Runs.Steps[len(a.Runs.Steps)-1]; !strings.Contains(last.Run, "exit") {
		t.Errorf("the last step is %q; the failing step must come after the upload", last.Name)
	}
	lint := slices.IndexFunc(a.Runs.Steps, func(s actionStep) bool { return s.ID == "lint" })
	install := slices.IndexFunc(a.Runs.Steps, func(s actionStep) bool { return s.ID == "install" })
	switch {
	case lint < 0 || install < 0 || install > lint:
		t.Error("want a step with id install, then one with id lint")
	case a.Runs.Steps[lint].Env["JXLINT"] != "${{ steps.install.outputs.path }}":
		t.Error("the lint step does not run the binary the install step built (env JXLINT)")
	}
}
