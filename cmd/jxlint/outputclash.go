package main

import (
	"fmt"
	"os"
)

// clashingOutput returns the error for a file that the run would write (a
// report's --output, --write-baseline) and also read as a table, so that
// writing a report never overwrites a table: one named, found by a walk,
// reached through a link, or named by --stdin-filename as the file that
// standard input holds; nil when there is none. It is asked before any
// output is opened.
func clashingOutput(sinks []sink, writeBaseline string, inputs []lintInput) error {
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
	return nil
}
