package main

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersion: `jxlint version` prints the module version, commit and Go
// version of the build information, and says what it does not know.
func TestVersion(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/jxlint/jxlint", Version: "v1.4.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-11-30T08:00:00Z"},
			{Key: "vcs.modified", Value: "true"}}}
	var out bytes.Buffer
	if err := versionRun(&out, "en", bi); err != nil {
		t.Fatal(err)
	}
	want := "jxlint " + version + "\nmodule: github.com/jxlint/jxlint v1.4.0\ncommit: 0123abcd 2026-11-30T08:00:00Z (with uncommitted changes)\n" +
		"go:     go1.26.8 " + runtime.GOOS + "/" + runtime.GOARCH + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	out.Reset()
	if err := versionRun(&out, "zh", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "提交： （未知）") || !strings.Contains(out.String(), runtime.Version()) {
		t.Errorf("without build information:\n%s", out.String())
	}
	got, _, code := runCmd(t, "version")
	if code != 0 || !strings.HasPrefix(got, "jxlint "+version+"\n模块： ") {
		t.Errorf("jxlint version: exit %d\n%s", code, got)
	}
}
