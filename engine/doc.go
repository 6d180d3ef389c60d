// Package engine compiles a rule set once and runs it over table documents,
// yielding findings. It never prints.
//
// The path of a finding, file by file:
//
//   - linter.go: New compiles every rule's if, when, check and message once,
//     into programs that all workers share (with the rewrites of engine/patch
//     unless Options.Plain asks for expr's own programs; decimal.go and
//     flatten.go add the operators and the function rules need). facts.go
//     reads which facts each rule lists under if and which parts of a project's
//     facts it reads.
//   - worker.go: a Worker is one goroutine's VM and scratch space. Lint walks
//     the document, its units, projects and indicators in table order (env.go
//     is what a rule sees), finds the facts of each object once (engine/funcs),
//     skips a rule whose if facts are all false with one bit test, and runs
//     its when and check.
//   - emit.go: a check's true or list becomes findings: each element decoded
//     into values held in place, placed on its object's field or span
//     (fields.go, docindex.go, span.go), worded by the message template
//     (template.go, with plainpart.go for plain member paths) and given its
//     fix (fixes.go); texts.go keeps messages and fixes' descriptions in
//     blocks rather than one allocation each.
//   - found.go: a file's findings, in chunks as they come; at the end they
//     are matched against ignore entries (ignore.go), sorted by place
//     (finish.go) and fingerprinted (fingerprint.go).
//   - split.go and stream.go: one file on several cores. LintSplit cuts the
//     units into runs and merges their findings; LintStream also hands them
//     out in order, batch by batch, as soon as no finding still to come can
//     stand before them (local.go knows where a run's findings can first
//     stand).
//   - exprpos.go and exprzh.go: a rule's compile and run errors placed in its
//     file and said in Chinese; ruletime.go times rules for --stats.
package engine
