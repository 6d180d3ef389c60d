package table

import (
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestCanonicalRoundTrip writes the corpus model as JSON and YAML and reads it
// back: only Format differs.
func TestCanonicalRoundTrip(t *testing.T) {
	for _, ext := range []string{".json", ".yaml"} {
		t.Run(ext, func(t *testing.T) {
			doc := readFixture(t, "pazhou.txt")
			// An invalid amount and a malformed item must survive too.
			doc.Units[0].Projects[0].Amounts.Cells[ColOther].Raw = "约1"
			doc.Units[0].Projects[0].Amounts.Cells[ColOther].Invalid = true
			doc.Units[0].Projects[0].Amounts.Cells[ColOther].Empty = false
			doc.Units[0].Projects[1].Problems = []Problem{{Kind: malformed, Message: "m", Text: "t", Span: Span{Line: 1, Column: 1}}}
			var data []byte
			if ext == ".json" {
				data = marshal(t, doc)
			} else {
				var err error
				if data, err = yaml.Marshal(doc); err != nil {
					t.Fatal(err)
				}
			}
			back, err := Read("out"+ext, data)
			if err != nil {
				t.Fatal(err)
			}
			if back.Format != ext[1:] {
				t.Errorf("format %q", back.Format)
			}
			back.Format = doc.Format
			if !reflect.DeepEqual(back, doc) {
				t.Errorf("model read back from %s differs:\n%s", ext, marshal(t, back))
			}
		})
	}
}

func TestCanonicalAmounts(t *testing.T) {
	doc, err := Read("d.json", []byte(`{"units":[{"name":"u","amounts":{"total":1.50,"fiscal":"1.5","special":"","other":"x"},"projects":null}]}`))
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Units[0].Amounts
	if a.Total.String() != "1.5" || a.Cells[ColTotal].Raw != "1.50" || !a.Cells[ColSpecial].Empty || !a.Cells[ColOther].Invalid ||
		doc.Path != "d.json" || doc.Units[0].Projects == nil {
		t.Errorf("got %+v", doc)
	}
}

func TestCanonicalErrors(t *testing.T) {
	tests := []struct{ path, data, want string }{
		{"a.json", `[{"units":[]}, {"units":[]}]`, "a.json: holds a list of several documents; expected one document (one table per file)"},
		{"a2.json", `[{"units":[]}] []`, "a2.json:1:16: unexpected data after the document; expected one document"},
		{"b.json", "{\n  \"units\": [],\n  \"colour\": 1\n}", "b.json:3:3: not a jxlint JSON document: unknown key \"colour\""},
		{"b2.json", "{\n  \"units\": [{\"name\": 3}]\n}", "b2.json:2:22: not a jxlint JSON document: units.name is a number, expected a string"},
		{"b3.json", "[1]", "b3.json:1:2: not a jxlint JSON document: the document is a number, expected an object"},
		{"c.json", "{\n  \"units\": [,]\n}", "c.json:2:13: JSON syntax error: invalid character ',' looking for beginning of value"},
		{"c2.json", "{\"units\": [", "c2.json:1:12: JSON syntax error: unexpected end of JSON input"},
		{"c3.json", "[{\"units\": [] ]", "c3.json:1:15: JSON syntax error: invalid character ']' after object key:value pair"},
		{"c4.json", "[\n  {\"units\": []} x", "c4.json:2:17: JSON syntax error: invalid character 'x' after array element"},
		{"c6.json", "[{\"units\": []}, x]", "c6.json:1:17: JSON syntax error: invalid character 'x' looking for beginning of value"},
		{"c5.json", "[{\"units\": []}", "c5.json:1:15: JSON syntax error: unexpected end of JSON input"},
		{"d.json", `{"units":[]} {}`, "d.json:1:14: unexpected data after the document; expected one document"},
		{"e.json", `{"units":[null]}`, "e.json: units[0] is empty; expected a unit"},
		{"f.yaml", "units: []\n---\nunits: []\n", "f.yaml: holds several YAML documents; expected one document (one table per file)"},
		{"g.yaml", "units: []\ncolour: 1\n", "g.yaml:2: not a jxlint YAML document: unknown key \"colour\""},
		{"g2.yaml", "units:\n  - name: [a]\n", "g2.yaml:2: not a jxlint YAML document: a list where a string is expected"},
		{"g3.yaml", "units:\n  - name: [a\n", "g3.yaml:2: YAML syntax error: did not find expected ',' or ']' (at this line, or in the mapping or list that starts on it)"},
		{"h.yml", "# nothing\n", "h.yml: holds no YAML document; expected one document"},
		{"i.json", "", "i.json: cannot read as a JSON document: empty file, expected a performance-goal table"},
	}
	for _, tt := range tests {
		_, err := Read(tt.path, []byte(tt.data))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\ngot  %v\nwant %s", tt.path, err, tt.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), tt.path) {
			t.Errorf("%s: error does not name the file", tt.path)
		}
	}
	// In Chinese, a syntax error says what was met and what was expected there.
	_, err := Read("c.json", []byte("{\n  \"units\": [}\n}"))
	if got, want := ErrorText(err, "zh"), "c.json:2:13: JSON 语法错误：遇到「}」，此处应为一个值（对象、数组、字符串、数字、true、false 或 null）"; got != want {
		t.Errorf("in Chinese:\ngot  %s\nwant %s", got, want)
	}
}
