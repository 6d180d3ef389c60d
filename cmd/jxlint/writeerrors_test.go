package main

import (
	"bytes"
	"io/fs"
	"os"
	"syscall"
	"testing"
)

// fullWriter fails every write as a full disk does, as standard output.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.ENOSPC}
}

// TestReportNotWritten fails the run with exit status 2 when the report
// cannot be written, and says so in the user's language.
func TestReportNotWritten(t *testing.T) {
	table := "../../testdata/corpus/pazhou-project-goals.txt"
	for _, tt := range []struct{ lang, want string }{
		{"zh", "jxlint: 无法写入 标准输出：磁盘空间不足\n"},
		{"en", "jxlint: cannot write standard output: no space left on the device\n"},
	} {
		var errb bytes.Buffer
		code := run([]string{"--lang", tt.lang, "lint", "--no-config", "--no-cache", "--format", "json", table}, nil, fullWriter{}, &errb)
		if code != 2 || errb.String() != tt.want {
			t.Errorf("%s: exit %d, stderr %q; want 2, %q", tt.lang, code, errb.String(), tt.want)
		}
	}
}
