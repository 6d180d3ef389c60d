package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/fix"
	"github.com/jxlint/jxlint/table"
)

// applyFixes applies the fixes of v's unsuppressed findings to its file; with
// --dry-run it prints the diff instead. Findings whose fix was applied are
// dropped from the report.
func (st *lintState) applyFixes(v *linted) {
	res := &v.res
	var fixes []engine.Fix
	for _, f := range res.Findings {
		if f.Fix != nil && f.Suppressed == nil && f.Fix.Span.HasText() {
			fixes = append(fixes, *f.Fix)
		}
	}
	if len(fixes) == 0 || v.data == nil {
		return
	}
	out, err := fix.Apply(v.data, res.Encoding, fixes)
	var skip *fix.SkipError
	if err != nil && !errors.As(err, &skip) {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s: %s\n", res.Path, table.ErrorText(err, st.e.global.lang))
		st.failed = true
		return
	}
	if skip != nil {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s: %v\n", res.Path, skip)
	}
	if st.opts.dryRun {
		_, _ = fmt.Fprint(st.e.stdout, fix.Diff(res.Path, v.data, out, res.Encoding))
		return
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(res.Path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.WriteFile(res.Path, out, mode); err != nil {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %v\n", err)
		st.failed = true
		return
	}
	skipped := map[engine.Fix]bool{}
	if skip != nil {
		for _, s := range skip.Skipped {
			skipped[s.Fix] = true
		}
	}
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		if f.Fix != nil && f.Suppressed == nil && f.Fix.Span.HasText() && !skipped[*f.Fix] {
			continue
		}
		kept = append(kept, f)
	}
	fixed := len(res.Findings) - len(kept)
	res.Findings = kept
	_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", inLang(st.e.global.lang,
		fmt.Sprintf("%s：已修正 %d 处", res.Path, fixed), fmt.Sprintf("%s: fixed %d %s", res.Path, fixed, pluralWord(fixed, "problem", "problems"))))
}

// pluralWord picks the English singular or plural form for n.
func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
