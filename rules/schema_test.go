package rules

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// validateSchema checks YAML data against config.schema.json.
func validateSchema(t *testing.T, data []byte) error {
	t.Helper()
	raw, err := os.ReadFile("config.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("config.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("config.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(v) // YAML values as JSON, as an editor sees them
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(inst)
}

func TestSchemaAcceptsConfigs(t *testing.T) {
	files, _ := filepath.Glob("testdata/config/*.yaml")
	if len(files) < 2 {
		t.Fatalf("fixtures: %v", files)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateSchema(t, data); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestSchemaRejectsBadConfigs(t *testing.T) {
	for _, f := range []string{"unknown-keys", "overrides", "ignore", "custom", "topics"} {
		data, err := os.ReadFile("testdata/bad/" + f + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		if validateSchema(t, data) == nil {
			t.Errorf("%s: the schema accepts it", f)
		}
	}
}

func TestStarterConfig(t *testing.T) {
	data := StarterConfig()
	if err := validateSchema(t, data); err != nil {
		t.Errorf("starter does not match the schema: %v", err)
	}
	path := filepath.Join(t.TempDir(), ConfigName)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for name, builtin := range map[string]func() (*Set, error){"embedded": Builtin, "fixture": testBuiltin} {
		s, err := load(LoadOptions{ConfigPath: path}, builtin)
		if err != nil {
			t.Fatalf("%s built-in set: starter does not load: %v", name, err)
		}
		if s.Source != path || len(s.Rules) != len(s.All) {
			t.Errorf("%s: Source %q, %d of %d rules enabled", name, s.Source, len(s.Rules), len(s.All))
		}
	}
}

// uncomment turns the starter's commented examples into configuration: a
// "key: {}" or "key: []" line followed by "#  " lines becomes "key:" and the
// example lines lose their "#".
func uncomment(data []byte) []byte {
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#  ") {
			lines[i] = l[1:]
			continue
		}
		if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "#  ") {
			lines[i] = strings.TrimSuffix(strings.TrimSuffix(l, " {}"), " []")
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

func TestStarterExamples(t *testing.T) {
	data := uncomment(StarterConfig())
	if bytes.Equal(data, StarterConfig()) {
		t.Fatal("the starter has no commented examples")
	}
	if err := validateSchema(t, data); err != nil {
		t.Errorf("starter examples do not match the schema: %v", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ConfigName)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	team, _ := os.ReadFile("testdata/config/team-rules/a.yaml")
	if err := os.MkdirAll(filepath.Join(dir, "team-rules"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "team-rules", "a.yaml"), team, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := load(LoadOptions{ConfigPath: path}, testBuiltin)
	if err != nil {
		t.Fatalf("starter examples do not load:\n%s\n%v", data, err)
	}
	if got, want := ids(s.Rules), "big-project identical-period-annual team-a too-few-indicators typo"; got != want {
		t.Errorf("rules = %q, want %q", got, want)
	}
	if len(s.Ignores) != 1 || len(s.Headers) != 2 {
		t.Errorf("ignores %v, headers %v", s.Ignores, s.Headers)
	}
}
