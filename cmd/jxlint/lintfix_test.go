package main

import (
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
