package cache

import (
	"crypto/sha256"
	"encoding/json"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/jxlint/jxlint/rules"
)

// RunID returns the identity of a run: the effective rule set (every enabled
// rule as configured, the dictionaries, ignore entries and header names), the
// build of the tool (see BuildID) and the other settings that change what is
// read or found, such as the language of messages and the readers' limits,
// each written as name=value. Two runs with the same identity find the same
// findings in the same file.
func RunID(set *rules.Set, build string, settings ...string) ([sha256.Size]byte, error) {
	effective := struct {
		Rules    []*rules.Rule
		Dicts    rules.Dictionaries
		Ignores  []rules.Ignore
		Headers  map[string][]string
		Build    string
		Settings []string
	}{set.Rules, set.Dicts, set.Ignores, set.Headers, build, settings}
	b, err := json.Marshal(effective) // maps are written with sorted keys
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	return sha256.Sum256(b), nil
}

var (
	buildOnce sync.Once
	buildID   string
)

// BuildID names the running build of jxlint: its version with the module
// version and VCS revision recorded by the Go toolchain. A development build
// (no module version, or uncommitted changes) adds a hash of its executable,
// so that a rebuilt linter never reads what an older one stored.
func BuildID(version string) string {
	buildOnce.Do(func() { buildID = readBuildID(version) })
	return buildID
}

func readBuildID(version string) string {
	id := version
	devel := true
	if bi, ok := debug.ReadBuildInfo(); ok {
		id += " " + bi.Main.Version + " " + bi.GoVersion
		devel = bi.Main.Version == "" || bi.Main.Version == "(devel)"
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				id += " " + s.Value
			case "vcs.modified":
				devel = devel || s.Value == "true"
			}
		}
	}
	if devel {
		id += " exe:" + exeHash()
	}
	return id
}

// exeHash returns a hash of the running executable, or "" when it cannot be
// read (the ID then rests on the version alone).
func exeHash() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer func() { _ = f.Close() }()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return string(h.Sum(nil))
}
