package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
)

// runStats gathers what --stats prints: findings per rule over every file,
// and the time each rule took. A run with --stats reads nothing from the
// cache, so that every file is timed.
type runStats struct {
	rules   []*rules.Rule
	start   time.Time
	counts  map[string]int
	files   int
	mu      sync.Mutex
	workers []*engine.Worker
}

// newStats returns the statistics of a run over set, or nil without --stats.
func newStats(on bool, set *rules.Set) *runStats {
	if !on {
		return nil
	}
	return &runStats{rules: set.Rules, start: time.Now(), counts: map[string]int{}}
}

// watch makes w measure its rules; it is called from each worker's goroutine.
func (s *runStats) watch(w *engine.Worker) {
	if s == nil {
		return
	}
	w.TimeRules()
	s.mu.Lock()
	s.workers = append(s.workers, w)
	s.mu.Unlock()
}

// count adds findings of a file, those accepted by a baseline left out.
func (s *runStats) count(fs []engine.Finding) {
	if s == nil {
		return
	}
	for i := range fs {
		if fs[i].Suppressed == nil {
			s.counts[fs[i].RuleID]++
		}
	}
}

// file counts a file reported.
func (s *runStats) file() {
	if s != nil {
		s.files++
	}
}

// print writes a table of the rules, the slowest first, once the workers are done.
func (s *runStats) print(w io.Writer, lang string) {
	if s == nil {
		return
	}
	times := map[string]time.Duration{}
	var total time.Duration
	for _, wk := range s.workers {
		for _, rt := range wk.RuleTimes() {
			times[rt.RuleID] += rt.Time
			total += rt.Time
		}
	}
	ids := make([]string, len(s.rules))
	for i, r := range s.rules {
		ids[i] = r.ID
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(times[b], times[a]) })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	_, _ = fmt.Fprintln(tw, inLang(lang, "规则\t发现\t用时\t占比\t", "rule\tfindings\ttime\tshare\t"))
	for _, id := range ids {
		share := 0.0
		if total > 0 {
			share = 100 * float64(times[id]) / float64(total)
		}
		_, _ = fmt.Fprintf(tw, "%s\t%d\t%s\t%.1f%%\t\n", id, s.counts[id], fmtDuration(times[id]), share)
	}
	_ = tw.Flush()
	wall := time.Since(s.start)
	_, _ = fmt.Fprintln(w, inLang(lang,
		fmt.Sprintf("%d 个文件，规则用时 %s，总用时 %s", s.files, fmtDuration(total), fmtDuration(wall)),
		fmt.Sprintf("%d files, %s in rules, %s in all", s.files, fmtDuration(total), fmtDuration(wall))))
}

// fmtDuration rounds d for a table: three significant figures or so.
func fmtDuration(d time.Duration) string {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
