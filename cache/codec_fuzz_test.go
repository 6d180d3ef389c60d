package cache

import (
	"reflect"
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
