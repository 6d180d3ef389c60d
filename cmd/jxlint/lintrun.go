package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/jxlint/jxlint/baseline"
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// linted is what a worker hands back for one input: the result and, for
// --fix, the original bytes.
type linted struct {
	res  engine.FileResult
	skip *skipNote // set when a walk's file turned out not to be a table
	path string    // the file the bytes were read from, or the name of standard input
	std  bool      // the bytes came from standard input: never written back
	data []byte    // the file's bytes, kept for --fix and --show-source
	size int       // the file's size in bytes, for progress
}

// lintState gathers what the run needs across files.
type lintState struct {
	e        *env
	opts     *lintOptions
	sinks    []sink
	base     *baseline.Baseline
	sum      reporters.Summary
	failed   bool             // a file, a rule or an output failed: exit 2
	ruleSeen map[string]bool  // rules already reported as failing
	all      []engine.Finding // every finding, for --write-baseline
	writeErr error            // the first reporter error
	keepDoc  bool             // a reporter draws the table: hand it the model and the bytes
	stats    *runStats        // --stats: findings and time per rule; nil without it
	progress *progress        // files done of total on a terminal's stderr; nil when not shown
	sayFails bool             // no text report goes to standard output: a file that cannot be read is said on stderr too
}

// lintRun lints the files of paths and reports them through every sink.
func lintRun(e *env, paths []string, opts *lintOptions) error {
	sinks, err := planSinks(opts)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	for _, s := range sinks {
		if s.format == "xlsx" && s.path == "" && isCharDevice(e.stdout) {
			return &codeError{code: exitError, err: &usageError{en: "--format xlsx writes a workbook; give --output FILE",
				zh: "--format xlsx 输出的是工作簿文件，请用 --output FILE 指定文件"}}
		}
	}
	set, err := loadRuleSet(e)
	if err != nil {
		return err
	}
	l, err := engine.New(set, engine.Options{Lang: e.global.lang})
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	st := &lintState{e: e, opts: opts, sinks: sinks, ruleSeen: map[string]bool{}, sayFails: !textOnStdout(sinks)}
	for i := range sinks {
		st.keepDoc = st.keepDoc || reporters.NeedsDocument(sinks[i].format)
		opts.keepDoc = st.keepDoc
	}
	if opts.baseline != "" {
		if st.base, err = baseline.Load(opts.baseline); err != nil {
			return &codeError{code: exitError, err: err}
		}
	}
	exclude, err := excludePatterns(opts.exclude, set)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	inputs, skipped := expandInputs(paths, e.stdin, opts.stdinName, exclude)
	for i := range skipped {
		st.skipped(&skipped[i])
	}
	if opts.fix && !opts.dryRun {
		for _, in := range inputs {
			if in.isStd {
				return &codeError{code: exitError, err: &usageError{en: "--fix cannot rewrite standard input; add --dry-run to see the diff",
					zh: "--fix 不能改写标准输入；加上 --dry-run 可查看改动"}}
			}
		}
	}
	if err := clashingOutput(sinks, opts.writeBaseline, opts.baseline, inputs); err != nil {
		return &codeError{code: exitError, err: err}
	}
	if err := openSinks(sinks, e.stdout); err != nil {
		return &codeError{code: exitError, err: err}
	}
	wd, _ := os.Getwd()
	for i := range sinks {
		run := reporters.Run{ToolName: "jxlint", Version: version, InfoURI: infoURI, Lang: e.global.lang, Rules: set.Rules, WorkDir: wd,
			ColorOutput: sinks[i].format == "text" && sinks[i].path == "" && useColor(opts.color, e.stdout),
			ShowSource:  opts.showSource, Grouped: sinks[i].format == "text" && sinks[i].path == "" && isTTY(e.stdout)}
		st.write(sinks[i].rep.Begin(sinks[i].w, run))
		_, batches := sinks[i].rep.(reporters.Batcher)
		sinks[i].batch = batches && !run.Grouped && !run.ShowSource
	}
	rc := openCache(e, opts, set)
	st.stats, st.progress = newStats(opts.stats, set), newProgress(e.stderr, e.global.lang, len(inputs))
	if len(inputs) == 1 && opts.jobs > 1 || opts.jobs == 1 && st.streams() { // one file on every core, or files one by one
		ws := make([]*engine.Worker, opts.jobs-1)
		for i := range ws {
			ws[i] = l.Worker()
			st.stats.watch(ws[i])
		}
		w := l.Worker()
		st.stats.watch(w)
		for i := range inputs {
			if st.streams() { // the findings go to the reporters as they are found
				st.stream(rc, w, ws, &inputs[i])
			} else {
				v := rc.lint(w, ws, &inputs[i], opts)
				st.file(&v)
			}
		}
	} else {
		orderedMap(len(inputs), opts.jobs, func() func(int) linted {
			w := l.Worker()
			st.stats.watch(w)
			return func(i int) linted { return rc.lint(w, nil, &inputs[i], opts) }
		}, func(_ int, v linted) {
			st.file(&v)
		})
	}
	st.progress.hide()
	rc.finish(e)
	st.stats.print(e.stderr, e.global.lang)
	return st.finish()
}

// lintOne reads and lints one input, with the help of the workers of more
// when there are any: as many goroutines read it as lint it.
func lintOne(w *engine.Worker, more []*engine.Worker, in *lintInput, opts *lintOptions) linted {
	data, doc, skip, err := in.read(len(more) + 1)
	if skip != nil {
		return linted{skip: skip}
	}
	if err != nil {
		return linted{res: engine.FileResult{Path: in.path, Err: err}}
	}
	v := linted{res: w.LintSplit(doc, more), size: len(data)}
	if opts.fix || opts.showSource || opts.keepDoc {
		v.path, v.std = in.path, in.isStd
		v.data = data
	}
	return v
}

// file reports one file's result and lets it go.
func (st *lintState) file(v *linted) {
	if v.skip != nil {
		st.progress.hide()
		st.skipped(v.skip)
		st.progress.done(v.size)
		return
	}
	res := &v.res
	if res.Err != nil || len(res.Findings) > 0 || len(res.RuleErrors) > 0 {
		st.progress.hide() // before anything is written
	}
	st.sum.Files++
	if res.Err != nil {
		st.sum.FilesFailed++
		st.failed = true
		if st.sayFails {
			_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", table.ErrorText(res.Err, st.e.global.lang))
		}
	}
	st.ruleErrors(res)
	if res.Err == nil {
		st.base.Checked(res.Path)
	}
	for i := range res.Findings {
		st.base.Match(&res.Findings[i])
	}
	if st.opts.fix {
		st.applyFixes(v)
	}
	dropModelFixes(res.Format, res.Findings)
	st.sum.Ignored += res.Ignored
	st.count(res.Findings)
	if st.opts.writeBaseline != "" {
		st.all = append(st.all, res.Findings...)
	}
	if st.keepDoc {
		res.Data = v.data
	} else {
		res.Doc = nil
	}
	st.mind(v)
	for i := range st.sinks {
		st.write(st.sinks[i].rep.File(res))
	}
	res.Doc, res.Data, v.data = nil, nil, nil
	st.progress.done(v.size)
}

// count adds findings to the summary, by severity.
func (st *lintState) count(fs []engine.Finding) {
	for i := range fs {
		f := &fs[i]
		switch {
		case f.Suppressed != nil:
			st.sum.Suppressed++
		case f.Severity == "error":
			st.sum.Errors++
		case f.Severity == "warning":
			st.sum.Warnings++
		default:
			st.sum.Infos++
		}
	}
}

// ruleErrors reports on stderr, once per run, each rule that failed while running.
func (st *lintState) ruleErrors(res *engine.FileResult) {
	for _, re := range res.RuleErrors {
		st.failed = true
		if st.ruleSeen[re.RuleID] {
			continue
		}
		st.ruleSeen[re.RuleID] = true
		where := res.Path
		if re.Span.HasText() {
			where = fmt.Sprintf("%s:%d:%d", res.Path, re.Span.Line, re.Span.Column)
		} else if re.Span.Cell() != "" {
			where = fmt.Sprintf("%s:%s!%s", res.Path, re.Span.Sheet(), re.Span.Cell())
		}
		lang := st.e.global.lang
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s%s\n", rules.ErrorText(re.Err, lang), inLang(lang,
			"（规则运行出错，首次出现在 "+where+"）", " (the rule failed while running, first on "+where+")"))
		st.sum.ToolErrors = append(st.sum.ToolErrors, reporters.ToolError{Path: res.Path, Span: re.Span, RuleID: re.RuleID,
			Message: rules.ErrorText(re.Err, lang) + inLang(lang, "（规则运行出错）", " (the rule failed while running)")})
	}
}

// write records the first reporter error; one of writing a file or standard
// output is said in words, naming the file.
func (st *lintState) write(err error) {
	if err == nil || st.writeErr != nil {
		return
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		path := pe.Path
		if path == os.Stdout.Name() {
			path = inLang(st.e.global.lang, "标准输出", "standard output")
		}
		err = writeFileError(path, pe.Err)
	}
	st.writeErr = err
}

// finish ends the reporters, writes or prunes the baseline and picks the exit code.
func (st *lintState) finish() error {
	st.noTables()
	if st.base != nil {
		st.sum.Stale = len(st.base.Stale())
	}
	for i := range st.sinks {
		st.write(st.sinks[i].rep.End(st.shownSummary()))
	}
	st.write(closeSinks(st.sinks))
	if st.writeErr != nil {
		return &codeError{code: exitError, err: st.writeErr}
	}
	if st.opts.pruneBaseline {
		if err := st.prune(); err != nil {
			return &codeError{code: exitError, err: err}
		}
	}
	if st.opts.writeBaseline != "" {
		if err := baseline.WriteFile(st.opts.writeBaseline, st.all); err != nil {
			return &codeError{code: exitError, err: err}
		}
	}
	tooMany := st.opts.writeBaseline == "" && st.tooManyWarnings() // a new baseline accepts every finding
	switch o := st.opts; {
	case st.failed:
		return &codeError{code: exitError}
	case st.opts.writeBaseline != "": // every finding is now accepted
		return nil
	case o.fails(rules.Error) && st.sum.Errors > 0, o.fails(rules.Warning) && st.sum.Warnings > 0,
		o.fails(rules.Info) && st.sum.Infos > 0:
		return &codeError{code: exitFindings}
	case tooMany:
		return &codeError{code: exitFindings}
	}
	return nil
}
