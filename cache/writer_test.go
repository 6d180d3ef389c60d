package cache

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jxlint/jxlint/engine"
)

// TestWriterInBatches stores the findings of the published example in
// batches of every size from one to all: the entry is the bytes Put writes
// and reads back as the result. A result with a rule error closes no entry
// and leaves no file behind.
func TestWriterInBatches(t *testing.T) {
	set := builtin(t)
	c := openTemp(t, set)
	p := "../testdata/corpus/pazhou-project-goals.txt"
	data, res := lintFile(t, set, p)
	k := c.Key(p, data)
	if err := c.Put(k, &res); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(c.file(k))
	if err != nil {
		t.Fatal(err)
	}
	for size := 1; size <= len(res.Findings); size += 7 {
		w := c.Writer(k, p)
		for fs := res.Findings; len(fs) > 0; fs = fs[min(size, len(fs)):] {
			w.Add(fs[:min(size, len(fs))])
		}
		if err := w.Close(&engine.FileResult{Path: p, Format: res.Format, Encoding: res.Encoding,
			Projects: res.Projects, Indicators: res.Indicators, Ignored: res.Ignored}); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(c.file(k)); err != nil || string(got) != string(want) {
			t.Fatalf("batches of %d: the entry differs from Put's (%v)", size, err)
		}
		if got, ok := c.Get(k, p); !ok || !reflect.DeepEqual(got, res) {
			t.Fatalf("batches of %d: read back %v, %d findings; want %d", size, ok, len(got.Findings), len(res.Findings))
		}
	}
	other := c.Key("other.txt", data)
	w := c.Writer(other, "other.txt")
	w.Add(res.Findings)
	if err := w.Close(&engine.FileResult{Path: "other.txt", RuleErrors: []engine.RuleError{{RuleID: "typo"}}}); err == nil {
		t.Error("a result with a rule error was stored")
	}
	if _, ok := c.Get(other, "other.txt"); ok {
		t.Error("a result with a rule error is read back")
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(c.file(other)), ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
