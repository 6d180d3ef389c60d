package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run the command as "jxlint".
func TestMain(m *testing.M) {
	testscript.Main(privateCache{m}, map[string]func(){
		"jxlint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// privateCache runs the tests with the result cache in a temporary folder
// (XDG_CACHE_HOME), not the user's, and removes it afterwards.
type privateCache struct{ m *testing.M }

// Run runs the tests.
func (p privateCache) Run() int {
	dir, err := os.MkdirTemp("", "jxlint-cache-")
	if err != nil {
		panic(err)
	}
	defer func() { _ = os.RemoveAll(dir) }()
	_ = os.Setenv("XDG_CACHE_HOME", dir)
	return p.m.Run()
}

// TestScripts runs the end-to-end scripts of testdata/script: each runs
// jxlint on small tables and checks what a user sees and the exit status.
// Each script has a cache folder of its own, $WORK/.cache/jxlint.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script", Setup: func(env *testscript.Env) error {
		env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
		return nil
	}})
}
