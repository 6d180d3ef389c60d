package main

import (
	"fmt"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// mind applies the manners to one file's result before it is reported:
// counts for --stats, --quiet's filter, --show-source's text.
func (st *lintState) mind(v *linted) {
	res := &v.res
	st.stats.file()
	res.Findings = st.shown(res.Findings)
	if st.opts.showSource && v.data != nil && res.Err == nil && (res.Format == "text" || res.Format == "csv") {
		if text, _, err := table.Decode(v.data); err == nil {
			res.Source = text
		}
	}
}

// shown counts fs for --stats and returns those the reporters show: with
// --quiet, the errors alone, kept in fs.
func (st *lintState) shown(fs []engine.Finding) []engine.Finding {
	st.stats.count(fs)
	if !st.opts.quiet {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Severity == rules.Error {
			kept = append(kept, f)
		}
	}
	return kept
}

// shownSummary is the summary the reporters print: with --quiet, without
// the warnings and infos that were not shown.
func (st *lintState) shownSummary() reporters.Summary {
	sum := st.sum
	if st.opts.quiet {
		sum.Warnings, sum.Infos = 0, 0
	}
	return sum
}

// tooManyWarnings reports whether the run has more warnings than
// --max-warnings allows, and says so on stderr.
func (st *lintState) tooManyWarnings() bool {
	max := st.opts.maxWarnings
	if max < 0 || st.sum.Warnings <= max {
		return false
	}
	_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", inLang(st.e.global.lang,
		fmt.Sprintf("警告过多：%d 个，超过 --max-warnings %d", st.sum.Warnings, max),
		fmt.Sprintf("too many warnings: %d, more than --max-warnings %d", st.sum.Warnings, max)))
	return true
}
