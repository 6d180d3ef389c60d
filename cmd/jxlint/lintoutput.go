package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jxlint/jxlint/reporters"
)

// sink is one reporter and where it writes.
type sink struct {
	format string
	path   string // empty for standard output
	rep    reporters.Reporter
	w      io.Writer
	file   *os.File
	batch  bool // rep takes a file's findings in batches (see lintState.streams)
}

// textOnStdout reports whether one of sinks writes the text report to
// standard output, where it says every file that cannot be read.
func textOnStdout(sinks []sink) bool {
	for _, s := range sinks {
		if s.format == "text" && s.path == "" {
			return true
		}
	}
	return false
}

// planSinks pairs formats with outputs (see pairOutputs), adds the
// --output-format FORMAT=FILE pairs, and sends the format left over, at most
// one, to standard output. With no format and no output at all the text
// format goes to standard output.
func planSinks(o *lintOptions) ([]sink, error) {
	formats := o.formats
	if len(formats) == 0 && len(o.outputs) == 0 && len(o.outputFormats) == 0 {
		formats = []string{"text"}
	}
	out, err := pairOutputs(formats, o.outputs)
	if err != nil {
		return nil, err
	}
	for _, of := range o.outputFormats {
		f, path, ok := strings.Cut(of, "=")
		if !ok || f == "" || path == "" {
			return nil, &usageError{en: fmt.Sprintf("--output-format %q must be FORMAT=FILE", of), zh: fmt.Sprintf("--output-format「%s」应写作 FORMAT=FILE", of)}
		}
		out = append(out, sink{format: f, path: path})
	}
	seen := map[string]bool{}
	for i := range out {
		rep, err := reporters.New(out[i].format)
		if err != nil {
			return nil, &usageError{en: err.Error(), zh: fmt.Sprintf("未知的输出格式「%s」（可用：%s）",
				out[i].format, strings.Join(reporters.Formats(), "、"))}
		}
		out[i].rep = rep
		if p := out[i].path; p != "" {
			if seen[p] {
				return nil, &usageError{en: fmt.Sprintf("two formats are written to %s", p), zh: fmt.Sprintf("两种格式写到了同一个文件 %s", p)}
			}
			seen[p] = true
		}
	}
	return out, nil
}

// open creates the output files; stdout serves the sink without a file.
func openSinks(sinks []sink, stdout io.Writer) error {
	for i := range sinks {
		s := &sinks[i]
		if s.path == "" {
			s.w = stdout
			continue
		}
		f, err := os.Create(s.path)
		if err != nil {
			_ = closeSinks(sinks) // the open error is the one to report
			return writeFileError(s.path, err)
		}
		s.file, s.w = f, f
	}
	return nil
}

// closeSinks closes the output files and returns the first error.
func closeSinks(sinks []sink) error {
	var first error
	for i := range sinks {
		if f := sinks[i].file; f != nil {
			if err := f.Close(); err != nil && first == nil {
				first = writeFileError(sinks[i].path, err)
			}
			sinks[i].file = nil
		}
	}
	return first
}

// isTerminal reports whether w is a terminal that takes colour.
func isTerminal(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && isCharDevice(w)
}

// isCharDevice reports whether w is a terminal (a character device other than
// the null device).
func isCharDevice(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}
