package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// newVersionCmd builds `jxlint version`.
func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and build information (版本信息)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			bi, _ := debug.ReadBuildInfo()
			return versionRun(e.stdout, e.global.lang, bi)
		},
	}
}

// buildFacts is what `jxlint version` reports of a build.
type buildFacts struct {
	module, modVersion string
	revision, time     string
	modified           bool
	goVersion          string
}

// readBuildFacts picks the facts out of the build information, which is nil
// when the binary carries none.
func readBuildFacts(bi *debug.BuildInfo) buildFacts {
	f := buildFacts{goVersion: runtime.Version()}
	if bi == nil {
		return f
	}
	f.module, f.modVersion, f.goVersion = bi.Main.Path, bi.Main.Version, bi.GoVersion
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			f.revision = s.Value
		case "vcs.time":
			f.time = s.Value
		case "vcs.modified":
			f.modified = s.Value == "true"
		}
	}
	return f
}

// versionRun writes the version, the module and its version, the commit and
// the Go version that built the binary.
func versionRun(w io.Writer, lang string, bi *debug.BuildInfo) error {
	f := readBuildFacts(bi)
	unknown := inLang(lang, "（未知）", "(unknown)")
	or := func(s string) string {
		if s == "" {
			return unknown
		}
		return s
	}
	commit := or(f.revision)
	if f.time != "" {
		commit += " " + f.time
	}
	if f.modified {
		commit += inLang(lang, "（含未提交的改动）", " (with uncommitted changes)")
	}
	label := func(zh, en string) string { return inLang(lang, zh, en) }
	_, err := fmt.Fprintf(w, "jxlint %s\n%s %s %s\n%s %s\n%s %s %s/%s\n", version,
		label("模块：", "module:"), or(f.module), or(f.modVersion),
		label("提交：", "commit:"), commit,
		label("Go：  ", "go:    "), f.goVersion, runtime.GOOS, runtime.GOARCH)
	return err
}
