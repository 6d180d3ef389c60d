package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runCmd runs jxlint with args and returns stdout, stderr and the exit code.
func runCmd(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// golden compares got with testdata/name (or name, when it is absolute), or
// rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := name
	if !filepath.IsAbs(name) {
		path = filepath.Join("testdata", name)
	}
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s: got\n%s\nwant\n%s", path, got, want)
	}
}

func TestRulesCommand(t *testing.T) {
	const cfg = "testdata/rules/config.yaml"
	for _, tt := range []struct {
		golden string
		args   []string
	}{
		{"rules/list.golden", []string{"rules"}},
		{"rules/list-en.golden", []string{"--lang", "en", "rules"}},
		{"rules/list.json.golden", []string{"rules", "--format", "json"}},
		{"rules/explain.golden", []string{"rules", "explain", "few-indicators"}},
		{"rules/explain-en.golden", []string{"rules", "explain", "few-indicators", "--lang", "en"}},
		{"rules/explain-off.golden", []string{"rules", "explain", "vague-goal"}},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			out, errOut, code := runCmd(t, append([]string{"--config", cfg}, tt.args...)...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden(t, tt.golden, out)
		})
	}
}

func TestRulesCommandErrors(t *testing.T) {
	const cfg = "testdata/rules/config.yaml"
	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"rules", "explain", "few-indicator"},
			"jxlint: 未知规则「few-indicator」，是否要找「few-indicators」？（用 jxlint rules 列出全部规则）\n"},
		{[]string{"-v", "--lang", "en", "rules", "explain", "nothing-like-it"},
			"jxlint: using config testdata/rules/config.yaml\njxlint: unknown rule \"nothing-like-it\" (jxlint rules lists them all)\n"},
		{[]string{"rules", "--format", "xml"}, "jxlint: --format 应为 text 或 json，而不是「xml」\n"},
		{[]string{"--lang", "en", "rules", "--format", "xml"}, "jxlint: --format must be text or json, not \"xml\"\n"},
		{[]string{"rules", "--no-config"}, "jxlint: --config 和 --no-config 不能同时使用\n"},
		{[]string{"rules", "--no-config", "--lang", "en"}, "jxlint: --config and --no-config cannot be used together\n"},
	} {
		out, errOut, code := runCmd(t, append([]string{"--config", cfg}, tt.args...)...)
		if code != 2 || out != "" || errOut != tt.stderr {
			t.Errorf("%v: exit %d, stdout %q, stderr\n%s\nwant exit 2 and stderr\n%s", tt.args, code, out, errOut, tt.stderr)
		}
	}
}

func TestVerboseSaysWhichConfig(t *testing.T) {
	_, errOut, code := runCmd(t, "-v", "--config", "testdata/rules/config.yaml", "rules")
	if code != 0 || errOut != "jxlint: 使用配置 testdata/rules/config.yaml\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	_, errOut, _ = runCmd(t, "-v", "--no-config", "--lang", "en", "rules")
	if errOut != "jxlint: no config file; using the built-in rules\n" {
		t.Errorf("--no-config: stderr %q", errOut)
	}
}

func TestRulesCommandConfigError(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".jxlint.yaml"), []byte("rules:\n  no-such-rule: off\nextends: all\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(dir))
	cfg := filepath.Join(dir, ".jxlint.yaml")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"rules"}, "jxlint: " + cfg + ":2:3: 「rules」中的规则「no-such-rule」不存在（jxlint rules 列出全部规则）\n" +
			cfg + ":3:10: extends 应为 default 或 none，而不是「all」\n"},
		{[]string{"rules", "--lang", "en"}, "jxlint: " + cfg + ":2:3: unknown rule \"no-such-rule\" in rules\n" +
			cfg + ":3:10: extends \"all\" is not one of default, none\n"},
	} {
		_, errOut, code := runCmd(t, tt.args...)
		if code != 2 || errOut != tt.want {
			t.Errorf("%v: exit %d, stderr\n%s\nwant\n%s", tt.args, code, errOut, tt.want)
		}
	}
}
