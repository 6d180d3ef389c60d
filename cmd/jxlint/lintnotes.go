package main

import (
	"fmt"

	"github.com/jxlint/jxlint/internal/pathglob"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
)

// excludePatterns compiles the --exclude globs, relative to the working
// directory, and the configuration's exclude: globs, relative to the
// configuration file.
func excludePatterns(flags []string, set *rules.Set) ([]*pathglob.Pattern, error) {
	var out []*pathglob.Pattern
	add := func(glob, base, from string) error {
		p, err := pathglob.Compile(glob, base)
		if err != nil {
			return &usageError{en: fmt.Sprintf("%s %q is not a valid glob", from, glob), zh: fmt.Sprintf("%s「%s」不是有效的通配模式", from, glob)}
		}
		out = append(out, p)
		return nil
	}
	for _, g := range flags {
		if err := add(g, "", "--exclude"); err != nil {
			return nil, err
		}
	}
	for _, g := range set.Exclude {
		if err := add(g, set.Dir(), set.Source+": exclude"); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// skipped counts a file or folder a walk left out and, with -v, says so on
// stderr.
func (st *lintState) skipped(n *skipNote) {
	st.sum.FilesSkipped++
	if st.e.global.verbose {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s\n", inLang(st.e.global.lang, "跳过 "+n.path+"："+n.zh, "skipped "+n.path+": "+n.en))
	}
}

// toolError records a problem of the run for every output and fails the run.
func (st *lintState) toolError(path, zh, en string) {
	st.failed = true
	st.sum.ToolErrors = append(st.sum.ToolErrors, reporters.ToolError{Path: path, Message: inLang(st.e.global.lang, zh, en)})
}

// noTables fails a run that read no table at all, so that an empty folder
// or a folder of other files never passes silently. (Files that could not be
// read already fail the run, each with its reason.)
func (st *lintState) noTables() {
	if st.sum.Files > 0 {
		return
	}
	zh, en := "没有读取到任何表格", "no table was read"
	if st.sum.FilesSkipped > 0 {
		zh += fmt.Sprintf("（跳过了 %d 个文件或文件夹，加 -v 可查看）", st.sum.FilesSkipped)
		en += fmt.Sprintf(" (%d files or folders skipped; -v lists them)", st.sum.FilesSkipped)
	}
	_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", inLang(st.e.global.lang, zh, en))
	st.toolError("", zh, en)
}

// prune drops the baseline's stale entries, those of files read in this run
// that matched no finding; a run that failed to read a file or to run a rule
// may have missed findings, so it prunes nothing and says so.
func (st *lintState) prune() error {
	if st.failed {
		_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", inLang(st.e.global.lang,
			"基线未修剪：本次运行有文件无法读取或规则运行出错，可能漏掉了问题",
			"baseline not pruned: this run could not read a file or run a rule, so it may have missed findings"))
		return nil
	}
	return st.base.Prune(st.base.Path())
}
