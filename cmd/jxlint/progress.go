package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Progress timing: nothing is shown before progressDelay, and the line is
// redrawn at most every progressEvery.
const (
	progressDelay = time.Second
	progressEvery = 100 * time.Millisecond
)

// progress draws "files done of total, MB/s" on one line of a terminal's
// standard error during a long run, and takes the line away before anything
// else is written and at the end. It is used from one goroutine.
type progress struct {
	w       io.Writer
	lang    string
	total   int
	now     func() time.Time
	start   time.Time
	last    time.Time // when the line was last drawn
	shown   bool      // the line is on the screen
	files   int
	bytes   int64
	drawBuf []byte
}

// newProgress returns the progress of a run over total files, or nil when
// it is not shown: when stderr is not a terminal or when running in CI
// (CI set to anything but false or 0).
func newProgress(stderr io.Writer, lang string, total int) *progress {
	if !showProgress(stderr, os.Getenv("CI")) {
		return nil
	}
	return &progress{w: stderr, lang: lang, total: total, now: time.Now, start: time.Now()}
}

// showProgress reports whether progress goes to w under the given CI value.
func showProgress(w io.Writer, ci string) bool {
	if ci != "" && ci != "false" && ci != "0" {
		return false
	}
	return isTTY(w)
}

// hide takes the line away before something else is written to the terminal.
func (p *progress) hide() {
	if p == nil || !p.shown {
		return
	}
	_, _ = io.WriteString(p.w, "\r\x1b[K")
	p.shown = false
}

// done counts one file of size bytes and redraws the line when it is due:
// after progressDelay, at once when hidden, else every progressEvery.
func (p *progress) done(size int) {
	if p == nil {
		return
	}
	p.files++
	p.bytes += int64(size)
	t := p.now()
	elapsed := t.Sub(p.start)
	if elapsed < progressDelay || (p.shown && t.Sub(p.last) < progressEvery) {
		return
	}
	p.last = t
	mb := float64(p.bytes) / 1e6 / elapsed.Seconds()
	b := append(p.drawBuf[:0], "\r\x1b[K"...)
	b = fmt.Appendf(b, inLang(p.lang, "jxlint: %d/%d 个文件，%.1f MB/s", "jxlint: %d/%d files, %.1f MB/s"), p.files, p.total, mb)
	p.drawBuf = b
	_, _ = p.w.Write(b)
	p.shown = true
}
