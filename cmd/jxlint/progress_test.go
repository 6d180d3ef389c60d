package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestProgressLine: nothing before a second; then "files done of total,
// MB/s", redrawn at most every 100 ms, taken away before other output and
// at the end, and drawn again at once after being taken away.
func TestProgressLine(t *testing.T) {
	var out bytes.Buffer
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{w: &out, lang: "en", total: 10, now: func() time.Time { return now }, start: now}
	step := func(d time.Duration, size int) string {
		now = now.Add(d)
		out.Reset()
		p.done(size)
		return out.String()
	}
	if got := step(500*time.Millisecond, 1e6); got != "" {
		t.Errorf("drawn before a second: %q", got)
	}
	if got := step(500*time.Millisecond, 1e6); got != "\r\x1b[Kjxlint: 2/10 files, 2.0 MB/s" {
		t.Errorf("at 1 s: %q", got)
	}
	if got := step(50*time.Millisecond, 1e6); got != "" {
		t.Errorf("redrawn after 50 ms: %q", got)
	}
	if got := step(100*time.Millisecond, 1e6); !strings.HasPrefix(got, "\r\x1b[Kjxlint: 4/10 files, ") {
		t.Errorf("after 150 ms: %q", got)
	}
	out.Reset()
	p.hide()
	if out.String() != "\r\x1b[K" {
		t.Errorf("hide wrote %q", out.String())
	}
	if got := step(time.Millisecond, 0); !strings.HasPrefix(got, "\r\x1b[Kjxlint: 5/10 files") {
		t.Errorf("not drawn again at once after hide: %q", got)
	}
	p.lang = "zh"
	p.hide()
	if got := step(time.Millisecond, 0); !strings.Contains(got, "6/10 个文件，") {
		t.Errorf("in Chinese: %q", got)
	}
	var nilp *progress
	nilp.done(1) // a run without progress calls it too
	nilp.hide()
}

// TestProgressShown: only a terminal outside CI gets progress.
func TestProgressShown(t *testing.T) {
	if showProgress(&bytes.Buffer{}, "") {
		t.Error("progress to a buffer")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	if showProgress(f, "") {
		t.Error("progress to a file")
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no terminal to test with:", err)
	}
	defer func() { _ = tty.Close() }()
	if !showProgress(tty, "") || !showProgress(tty, "false") {
		t.Error("no progress on a terminal")
	}
	if showProgress(tty, "true") || showProgress(tty, "1") {
		t.Error("progress on a terminal in CI")
	}
}
