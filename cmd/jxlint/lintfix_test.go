package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jxlint/jxlint/fix"
)

// TestSkipTextInChinese says how many fixes were skipped and why, in Chinese
// by default and in fix's English with --lang en.
func TestSkipTextInChinese(t *testing.T) {
	skip := &fix.SkipError{Skipped: []fix.Skipped{{Reason: fix.ReasonOverlap}, {Reason: fix.ReasonOutOfRange}, {Reason: fix.ReasonOverlap}}}
	if got, want := skipText(skip, "zh"), "跳过了 3 处修正（2 处与前面的修正重叠，1 处超出文本范围）"; got != want {
		t.Errorf("zh: %q, want %q", got, want)
	}
	if got := skipText(skip, "en"); got != skip.Error() {
		t.Errorf("en: %q", got)
	}
}

// TestWriteFixedRefusesChangedFile leaves a file alone when it no longer
// holds the bytes that were linted, and keeps its mode when it does.
func TestWriteFixedRefusesChangedFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("changed"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeFixed(p, []byte("read"), []byte("fixed")); err == nil || err.zh != "检查期间文件已被改动" {
		t.Errorf("changed file: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "changed" {
		t.Errorf("file now holds %q", b)
	}
	if err := writeFixed(p, []byte("changed"), []byte("fixed")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
}
