package reporters

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findBrowser returns the Chromium to test pages in: $JXLINT_CHROMIUM, or
// chromium on the PATH (Debian's package), or "" when there is none.
func findBrowser() string {
	if p := os.Getenv("JXLINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageLog records what a page asked of the network and what went wrong in it.
type pageLog struct {
	mu       sync.Mutex
	requests []string // URLs requested, the page itself included
	problems []string // console errors, failed checks of the security policy, exceptions
}

func (l *pageLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, ev.Request.URL)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			l.problems = append(l.problems, string(ev.Entry.Source)+": "+ev.Entry.Text)
		}
	case *runtime.EventExceptionThrown:
		l.problems = append(l.problems, "exception: "+ev.ExceptionDetails.Text)
	}
}

// snapshot returns copies of the recorded requests and problems.
func (l *pageLog) snapshot() ([]string, []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.requests...), append([]string(nil), l.problems...)
}

// newBrowser starts headless Chromium with an empty profile and no background
// traffic, and returns a tab and the log of its page. The test is skipped when
// no browser is installed.
func newBrowser(t *testing.T) (context.Context, *pageLog) {
	t.Helper()
	path := findBrowser()
	if path == "" {
		t.Skip("no Chromium found (install Debian's chromium, or set JXLINT_CHROMIUM); the HTML report is not checked in a browser")
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	pl := &pageLog{}
	ctx, cancelTab := chromedp.NewContext(actx, chromedp.WithListener(pl.listen))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx, pl
}

// within runs the steps with a time limit.
func within(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(c, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	c, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %.60s…: %v", expr, err)
	}
	return v
}
