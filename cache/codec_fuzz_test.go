package cache

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// FuzzDecode: any bytes decode to a result or an error, never a panic, and
// a result that decodes encodes back to the same bytes.
func FuzzDecode(f *testing.F) {
	res := engine.FileResult{Path: "a.txt", Format: "text", Encoding: "UTF-8", Projects: 2, Indicators: 5, Ignored: 1,
		Findings: []engine.Finding{
			{RuleID: "typo", Severity: "warning", Message: "错别字", Path: "a.txt", Span: table.Span{Line: 3, Column: 4, EndLine: 3, EndColumn: 6},
				Text: "正产", Fingerprint: "ab", Fix: &engine.Fix{Span: table.Span{Line: 3, Column: 4, EndLine: 3, EndColumn: 6}, Replacement: "正常"}},
			{RuleID: "weight-sum", Severity: "error", Path: "b.txt", Span: table.CellSpan("项目表", "B9")},
		}}
	f.Add(encodeResult(nil, &res))
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 0, 0, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeResult(b, "a.txt")
		if err != nil {
			return
		}
		again, err := decodeResult(encodeResult(nil, &got), "a.txt")
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Fatalf("decoded %+v, re-encoded and decoded %+v, %v", got, again, err)
		}
	})
}

// TestCodecCoversFields fails when a field is added to what a reporter
// reads, so that the codec (and the entry version in magic) is updated
// with it instead of silently dropping the field from cached results.
func TestCodecCoversFields(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{engine.FileResult{}, "Path Format Encoding Projects Indicators Err Findings Ignored RuleErrors Doc Data Source"}, // Doc and Data only for runs that draw the table, which bypass the cache
		{engine.Finding{}, "RuleID Severity Message Path Span Unit Project Indicator Field Text Fingerprint Fix Suppressed"},
		{engine.Fix{}, "Span Old Replacement Description"},
		{table.Span{}, "Line Column EndLine EndColumn CellRef"},
		{table.CellRef{}, "Sheet Cell cut"}, // cut places ranges of a cut cell while the file is read; a finding's span is placed already
	} {
		rt := reflect.TypeOf(tc.v)
		var names []string
		for i := range rt.NumField() {
			names = append(names, rt.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("%s has fields %s; the cache encodes %s: update codec.go and the version in magic", rt, got, tc.want)
		}
	}
}
