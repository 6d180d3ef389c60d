package reporters

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// plainJSON encodes v as the reporters did before they wrote findings
// themselves: encoding/json, indented at prefix, HTML left alone.
func plainJSON(t testing.TB, v any, prefix string) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}))
}

// awkwardStrings are texts whose escaping differs between JSON writers.
var awkwardStrings = []string{
	"", "plain", "正产→正常「」", "a\"b\\c/d", "<tag> & </tag>", "\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f",
	"\u2028\u2029", "\ufffd", "bad \xff\xfe utf-8 \xe6\xad", "\xed\xa0\x80 surrogate", "🙂 emoji", "%25 done",
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	all := awkwardStrings
	for c := range 256 {
		all = append(all, string([]byte{byte(c)}), "x"+string([]byte{byte(c)})+"y")
	}
	for _, s := range all {
		if got, want := string(appendJSONString(nil, s)), plainJSON(t, s, ""); got != want {
			t.Errorf("appendJSONString(%q) = %s; encoding/json writes %s", s, got, want)
		}
	}
}

// TestAppendJSONStringThreeByteRunes compares every lead byte of a
// three-byte rune, with every second byte and the third bytes at the edges of
// what is valid, with encoding/json: jsonPlain reads such runes whole, in a
// pass of its own.
func TestAppendJSONStringThreeByteRunes(t *testing.T) {
	for lead := 0xE0; lead <= 0xEF; lead++ {
		for second := range 256 {
			for _, third := range []byte{0x00, 0x7F, 0x80, 0xA7, 0xA8, 0xA9, 0xAA, 0xBF, 0xC0} {
				seq := string([]byte{byte(lead), byte(second), third})
				for _, s := range []string{seq, "中" + seq + "文", "中文" + seq[:2], "\u4e2d" + seq} {
					if got, want := string(appendJSONString(nil, s)), plainJSON(t, s, ""); got != want {
						t.Fatalf("appendJSONString(%q) = %s; encoding/json writes %s", s, got, want)
					}
				}
			}
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range awkwardStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString(nil, s)), plainJSON(t, s, ""); got != want {
			t.Errorf("appendJSONString(%q) = %s; encoding/json writes %s", s, got, want)
		}
	})
}

// findingVariants returns findings that between them set and leave out every
// optional part of a finding, in text files and workbooks, with awkward texts.
func findingVariants() []engine.Finding {
	var out []engine.Finding
	for _, res := range testResults() {
		out = append(out, res.Findings...)
	}
	spans := []table.Span{{}, {Line: 3}, {Line: 3, Column: 5}, {Line: 3, Column: 5, EndColumn: 9},
		{Line: 3, Column: 5, EndLine: 4, EndColumn: 2}, table.CellSpan("项目表", "G14"), table.CellSpan("", "B2"),
		{Line: 7, Column: 1, CellRef: table.NewCellRef("S", "A7")}}
	for i, s := range awkwardStrings {
		for j, span := range spans {
			f := engine.Finding{RuleID: "typo", Severity: []rules.Severity{rules.Error, rules.Warning, rules.Info}[(i+j)%3],
				Message: s, Path: []string{"a.txt", "dir/表 1.csv", "/abs/x.xlsx", "../out.txt"}[j%4], Span: span}
			if (i+j)%2 == 0 {
				f.Unit, f.Project = "单位"+s, s
			}
			if (i+j)%3 == 0 {
				f.Indicator, f.Field = "2", "annual"
			}
			if j%2 == 1 {
				f.Fingerprint = "0123456789abcdef"
			}
			if j%3 != 2 {
				f.Fix = &engine.Fix{Span: spans[(i+j)%len(spans)], Replacement: s, Description: []string{"", "将「" + s + "」改为「正常」"}[i%2]}
			}
			if i%4 == 1 {
				f.Suppressed = &engine.Suppression{Kind: "external", Justification: []string{"", s}[j%2]}
			}
			if j == 5 {
				f.RuleID = "not-a-rule"
			}
			out = append(out, f)
		}
	}
	return out
}

// TestFindingsWrittenAsTheirPlainForm compares, for every variant of a
// finding, the JSON and SARIF that the reporters write without reflection with
// encoding/json's encoding of the plain structs.
func TestFindingsWrittenAsTheirPlainForm(t *testing.T) {
	s := &SARIF{}
	run := testRun("zh")
	run.WorkDir = "dir"
	if err := s.Begin(io.Discard, run); err != nil {
		t.Fatal(err)
	}
	for _, f := range findingVariants() {
		var j jsonOut
		j.reset("    ")
		appendJSONFinding(&j, &f)
		if got, want := string(j.b), plainJSON(t, toJSONFinding(&f), "    "); got != want {
			t.Errorf("JSON of %+v:\n%s\nencoding/json:\n%s", f, got, want)
		}
		j = jsonOut{}
		j.reset("        ")
		s.appendResult(&j, &f)
		if got, want := string(j.b), plainJSON(t, s.result(&f), "        "); got != want {
			t.Errorf("SARIF of %+v:\n%s\nencoding/json:\n%s", f, got, want)
		}
	}
}

func TestAwkwardStringsIncludeInvalidUTF8(t *testing.T) {
	// The variants must include invalid UTF-8, or the escaping of it goes untested.
	bad := 0
	for _, s := range awkwardStrings {
		if !utf8.ValidString(s) {
			bad++
		}
	}
	if bad < 2 {
		t.Errorf("only %d awkward strings are invalid UTF-8", bad)
	}
}

// TestAppendEscapedAsReplacer compares workflow-command escaping with the
// plain strings.Replacer form of GitHub's rules.
func TestAppendEscapedAsReplacer(t *testing.T) {
	data := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	property := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	for _, s := range append(awkwardStrings, "a:b,c%d\r\ne", "::,,%%", "表:1,2") {
		if got, want := string(appendEscaped([]byte("x"), s, false)), "x"+data.Replace(s); got != want {
			t.Errorf("data %q: %q; want %q", s, got, want)
		}
		if got, want := string(appendEscaped(nil, s, true)), property.Replace(s); got != want {
			t.Errorf("property %q: %q; want %q", s, got, want)
		}
	}
}
