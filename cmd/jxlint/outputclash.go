package main

import (
	"fmt"
	"os"
)

// clashingOutput returns the error for a file that the run would write (a
// report's --output, --write-baseline) and also read as a table, so that
// writing a report never overwrites a table: one named, found by a walk,
// reached through a link, or named by --stdin-filename as the file that
// standard input holds; or a report's --output that is the --baseline file;
// nil when there is none. It is asked before any output is opened.
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
		for _, in := range inputs { // standard input too: --stdin-filename may name the file it came from
			if ii, err := os.Stat(in.path); err == nil && os.SameFile(oi, ii) {
				return &usageError{
					en: fmt.Sprintf("%s %s is the table %s, which this run reads; jxlint never writes over a table: write to another file", out.flag, out.path, in.path),
					zh: fmt.Sprintf("%s %s 就是本次要检查的表格 %s；jxlint 不会覆盖表格，请写到别的文件", out.flag, out.path, in.path)}
			}
		}
	}
	return clashingBaseline(sinks, baseline)
}

// clashingBaseline returns the error for a report's --output that is the
// --baseline file, which the report would replace; nil when there is none.
// (--write-baseline and --prune-baseline rewrite it as a baseline.)
func clashingBaseline(sinks []sink, baseline string) error {
	bi, err := os.Stat(baseline)
	if baseline == "" || err != nil {
		return nil
	}
	for _, s := range sinks {
		if oi, err := os.Stat(s.path); s.path != "" && err == nil && os.SameFile(oi, bi) {
			return &usageError{
				en: fmt.Sprintf("--output %s is the --baseline file %s; a report would replace it: write to another file", s.path, baseline),
				zh: fmt.Sprintf("--output %s 就是 --baseline 基线文件 %s，报告会替换它：请写到别的文件", s.path, baseline)}
		}
	}
	return nil
}
