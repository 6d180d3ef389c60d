package table

import "testing"

func TestIsModel(t *testing.T) {
	for _, c := range []struct {
		path, text string
		want       bool
	}{
		{"m.json", `{"path": "a.txt", "format": "text", "units": []}`, true},
		{"m.yaml", "path: a.txt\nunits: []\n", true},
		{"m.yml", "units:\n  - name: 区科技局\n", true},
		{"baseline.json", `{"version": 1, "entries": []}`, false},
		{"baseline.yaml", "version: 1\nentries: []\n", false},
		{"schema.json", `{"$schema": "x", "properties": {"units": {}}}`, false},
		{"one.json", `[{"units": []}]`, true},
		{"list.json", `[{"units": []}, {"units": []}]`, false},
		{"broken.json", `{"units": [`, false},
		{"ci.yaml", "jobs:\n  lint: {}\n", false},
		{"empty.yaml", "", false},
	} {
		if got := IsModel(c.path, []byte(c.text)); got != c.want {
			t.Errorf("IsModel(%s, %q) = %v, want %v", c.path, c.text, got, c.want)
		}
	}
}
