package main

import (
	"fmt"
	"os"
)

// clashingOutput returns the error for a file that the run would write (a
// report's --output, --write-baseline) and also reads: a table, whether
// named, found by a walk, reached through a link, or named by
// --stdin-filename as the file that standard input holds; or, for a report,
// the --baseline file (--write-baseline and --prune-baseline rewrite that as
// a baseline). So writing a report never overwrites what it reports on. It
// returns nil when there is none, and is asked before any output is opened.
func clashingOutput(sinks []sink, writeBaseline, baseline string, inputs []lintInput) error {
	type output struct{ flag, path string }
	var outs []output
	for _, s := range sinks {
		if s.path != "" {
			outs = append(outs, output{"--output", s.path})
		}
	}
	if writeBaseline != "" {
		outs = append(outs, output{"--write-baseline", writeBaseline})
	}
	for _, out := range outs {
		oi, err := os.Stat(out.path)
		if err != nil { // not there yet, so no input: the inputs are all found
			continue
		}
		same := func(path string) bool {
			ii, err := os.Stat(path)
			return path != "" && err == nil && os.SameFile(oi, ii)
		}
		for _, in := range inputs { // standard input too: --stdin-filename may name the file it came from
			if same(in.path) {
				return &usageError{
					en: fmt.Sprintf("%s %s is the table %s, which this run reads; jxlint never writes over a table: write to another file", out.flag, out.path, in.path),
					zh: fmt.Sprintf("%s %s 就是本次要检查的表格 %s；jxlint 不会覆盖表格，请写到别的文件", out.flag, out.path, in.path)}
			}
		}
		if out.flag == "--output" && same(baseline) {
			return &usageError{
				en: fmt.Sprintf("--output %s is the --baseline file %s; a report would replace it: write to another file", out.path, baseline),
				zh: fmt.Sprintf("--output %s 就是 --baseline 基线文件 %s，报告会替换它：请写到别的文件", out.path, baseline)}
		}
	}
	return nil
}
