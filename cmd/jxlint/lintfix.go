package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/fix"
	"github.com/jxlint/jxlint/internal/atomicfile"
	"github.com/jxlint/jxlint/table"
)

// fixable reports whether a table read in format can be fixed in place: only
// text and CSV, whose bytes the fixes' spans point into. A model (JSON, YAML)
// records the path of another file and is never rewritten, nor is a workbook.
func fixable(format string) bool {
	return format == "text" || format == "csv"
}

// applyFixes applies the fixes of v's unsuppressed findings to the bytes read
// from v.path and writes them back there, atomically, keeping the file's mode
// and encoding; with --dry-run it prints the diff instead. Findings whose fix
// was applied are dropped from the report.
func (st *lintState) applyFixes(v *linted) {
	res := &v.res
	var fixes []engine.Fix
	for _, f := range res.Findings {
		if f.Fix != nil && f.Suppressed == nil && f.Fix.Span.HasText() {
			fixes = append(fixes, *f.Fix)
		}
	}
	if len(fixes) == 0 || v.data == nil || !fixable(res.Format) {
		return
	}
	lang := st.e.global.lang
	out, err := fix.Apply(v.data, res.Encoding, fixes)
	var skip *fix.SkipError
	if err != nil && !errors.As(err, &skip) {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s: %s\n", v.path, table.ErrorText(err, lang))
		st.toolError(v.path, "未修正："+table.ErrorText(err, "zh"), "not fixed: "+table.ErrorText(err, "en"))
		return
	}
	if skip != nil {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s: %s\n", v.path, skipText(skip, lang))
	}
	if st.opts.dryRun {
		_, _ = fmt.Fprint(st.e.stdout, fix.Diff(v.path, v.data, out, res.Encoding))
		return
	}
	if bytes.Equal(out, v.data) || v.std {
		return // every fix was skipped, or there is no file to write
	}
	if err := writeFixed(v.path, v.data, out); err != nil {
		_, _ = fmt.Fprintf(st.e.stderr, "jxlint: %s: %s\n", v.path, inLang(lang, "未修正："+err.zh, "not fixed: "+err.en))
		st.toolError(v.path, "未修正："+err.zh, "not fixed: "+err.en)
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
	_, _ = fmt.Fprintln(st.e.stderr, "jxlint:", inLang(lang,
		fmt.Sprintf("%s：已修正 %d 处", v.path, fixed), fmt.Sprintf("%s: fixed %d %s", v.path, fixed, pluralWord(fixed, "problem", "problems"))))
}

// dropModelFixes removes the fixes of the findings of a model file: their
// spans point into the table the model was made from, whose bytes this run
// did not read, so no output offers to rewrite it.
func dropModelFixes(format string, fs []engine.Finding) {
	if format != "json" && format != "yaml" {
		return
	}
	for i := range fs {
		fs[i].Fix = nil
	}
}

// writeFixed replaces the file at path with out, provided it still holds the
// bytes read when it was linted.
func writeFixed(path string, read, out []byte) *usageError {
	now, err := os.ReadFile(path)
	if err != nil {
		return &usageError{en: "cannot read it again: " + err.Error(), zh: "无法再次读取：" + err.Error()}
	}
	if !bytes.Equal(now, read) {
		return &usageError{en: "the file changed while it was being linted", zh: "检查期间文件已被改动"}
	}
	if err := atomicfile.Write(path, out, 0o644); err != nil {
		return &usageError{en: "cannot write it: " + err.Error(), zh: "无法写入：" + err.Error()}
	}
	return nil
}

// skipText says in lang how many fixes were skipped and why.
func skipText(skip *fix.SkipError, lang string) string {
	if lang == "en" {
		return skip.Error()
	}
	overlap, outside, changed := 0, 0, 0
	for _, s := range skip.Skipped {
		switch s.Reason {
		case fix.ReasonOutOfRange:
			outside++
		case fix.ReasonChanged:
			changed++
		default:
			overlap++
		}
	}
	if changed > 0 {
		return fmt.Sprintf("跳过了 %d 处修正（%d 处与前面的修正重叠，%d 处超出文本范围，%d 处位置上不是要修正的文字）", len(skip.Skipped), overlap, outside, changed)
	}
	return fmt.Sprintf("跳过了 %d 处修正（%d 处与前面的修正重叠，%d 处超出文本范围）", len(skip.Skipped), overlap, outside)
}

// pluralWord picks the English singular or plural form for n.
func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
