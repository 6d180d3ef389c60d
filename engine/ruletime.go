package engine

import "time"

// RuleTime is the time a worker spent running one rule, its guard included.
type RuleTime struct {
	RuleID string
	Time   time.Duration
}

// TimeRules makes the worker measure the time spent in each rule from now
// on, at the cost of reading the clock twice per rule and object.
func (w *Worker) TimeRules() {
	if w.times == nil {
		w.times = make([]time.Duration, len(w.l.rules))
	}
}

// RuleTimes returns the time measured per rule since TimeRules, in the
// rule set's order; nil when the worker does not measure.
func (w *Worker) RuleTimes() []RuleTime {
	if w.times == nil {
		return nil
	}
	out := make([]RuleTime, len(w.l.rules))
	for i, c := range w.l.rules {
		out[i] = RuleTime{RuleID: c.rule.ID, Time: w.times[i]}
	}
	return out
}

// runTimed runs the rules cs on t one at a time, adding each one's time.
func (w *Worker) runTimed(cs []*compiled, t *target) {
	for i, c := range cs {
		start := time.Now()
		w.runRules(cs[i:i+1], t)
		w.times[c.index] += time.Since(start)
	}
}
