//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jxlint/jxlint/internal/benchtest"
)

// benchRepo writes a repository of n generated tables of about size bytes
// under dir (100 distinct tables, repeated under other names) and returns
// their paths.
func benchRepo(b *testing.B, dir string, n int, size int64) []string {
	b.Helper()
	distinct, err := benchtest.Corpus(min(n, 100), size)
	if err != nil {
		b.Fatal(err)
	}
	paths := make([]string, n)
	for i := range paths {
		sub := filepath.Join(dir, fmt.Sprintf("dept-%02d", i/500))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		paths[i] = filepath.Join(sub, fmt.Sprintf("table-%05d.txt", i))
		if err := os.WriteFile(paths[i], distinct[i%len(distinct)].Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return paths
}

// BenchmarkCachedRepo lints a repository of 10,000 tables of about 10 kB
// (the size of the published table) in which one file changed since the
// last run, with the cache warm (one-changed), and the same repository with
// --no-cache for comparison. Run it with -benchtime 5x.
func BenchmarkCachedRepo(b *testing.B) {
	dir := b.TempDir()
	repo := filepath.Join(dir, "repo")
	paths := benchRepo(b, repo, 10000, 10<<10)
	cacheDir := filepath.Join(dir, "cache")
	lint := func(b *testing.B, extra ...string) {
		args := append([]string{"lint", "--fail-on", "none", "-j", "2"}, extra...)
		var stderr bytes.Buffer
		if code := run(append(args, repo), strings.NewReader(""), io.Discard, &stderr); code != 0 {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
	lint(b, "--cache-dir", cacheDir) // fill the cache
	original, err := os.ReadFile(paths[0])
	if err != nil {
		b.Fatal(err)
	}
	b.Run("one-changed", func(b *testing.B) {
		defer reportCPU(b)()
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			changed := append(append([]byte(nil), original...), strings.Repeat("\n", i+1)...) // content not seen before
			if err := os.WriteFile(paths[0], changed, 0o644); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			lint(b, "--cache-dir", cacheDir)
		}
	})
	b.Run("no-cache", func(b *testing.B) {
		if os.Getenv("JXLINT_BENCH_NOCACHE") == "" {
			b.Skip("set JXLINT_BENCH_NOCACHE=1 to lint the repository afresh as well")
		}
		defer reportCPU(b)()
		for b.Loop() {
			lint(b, "--no-cache")
		}
	})
}

// reportCPU reports the process's CPU time (user and system) per op, which
// a loaded machine inflates less than the wall time; call the function it
// returns when the loop is done.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op") }
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
