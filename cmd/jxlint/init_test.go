package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

func TestInitWritesStarter(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	out, errOut, code := runCmd(t, "init")
	if code != 0 || out != "已写入 .jxlint.yaml\n" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, rules.ConfigName))
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(rules.StarterConfig()) {
		t.Error("written file differs from the starter configuration")
	}
	// The written file is found from a folder below and loads.
	sub := filepath.Join(dir, "tables", "2025")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(rules.LoadOptions{WorkDir: sub})
	if err != nil {
		t.Fatalf("the written configuration does not load: %v", err)
	}
	if set.Source != filepath.Join(dir, rules.ConfigName) {
		t.Errorf("Source = %q", set.Source)
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	path := filepath.Join(dir, rules.ConfigName)
	if err := os.WriteFile(path, []byte("extends: none\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCmd(t, "init")
	if code != 2 || out != "" || errOut != "jxlint: .jxlint.yaml 已存在；用 --force 覆盖，或用 --stdout 只打印\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, errOut, _ = runCmd(t, "init", "--lang", "en")
	if errOut != "jxlint: .jxlint.yaml exists; use --force to overwrite it, or --stdout to print the starter\n" {
		t.Errorf("en: stderr %q", errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != "extends: none\n" {
		t.Fatalf("existing file changed to %q", data)
	}
	out, _, code = runCmd(t, "init", "--force", "--lang", "en")
	if data, _ := os.ReadFile(path); code != 0 || out != "wrote .jxlint.yaml\n" || string(data) != string(rules.StarterConfig()) {
		t.Errorf("--force: exit %d, stdout %q; file overwritten: %v", code, out, string(data) == string(rules.StarterConfig()))
	}
}

func TestInitStdout(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	out, errOut, code := runCmd(t, "init", "--stdout")
	if code != 0 || errOut != "" || out != string(rules.StarterConfig()) {
		t.Errorf("exit %d, stderr %q, stdout is the starter: %v", code, errOut, out == string(rules.StarterConfig()))
	}
	if _, err := os.Stat(filepath.Join(dir, rules.ConfigName)); err == nil {
		t.Error("--stdout wrote a file")
	}
}
