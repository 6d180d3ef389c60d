package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runParse runs jxlint with args and returns its exit code, stdout and stderr.
func runParse(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func corpusCopy(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "parse", "pazhou.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "pazhou.txt")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseJSONRoundTrip(t *testing.T) {
	src := corpusCopy(t)
	code, out, errs := runParse(t, "parse", src)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var docs []struct {
		Path, Format, Department, MoneyUnit string
		Total                               struct{ Total string }
		Units                               []struct {
			Name     string
			Projects []struct {
				Name       string
				Indicators []struct{ Period, Annual string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 1 {
		t.Fatalf("output is not a JSON array of one document: %v", err)
	}
	doc := docs[0]
	if doc.Path != src || doc.Format != "text" || doc.MoneyUnit != "万元" || doc.Total.Total != "9235.17" ||
		len(doc.Units) != 2 || len(doc.Units[0].Projects) != 10 || doc.Units[0].Projects[5].Indicators[2].Period != "正产运转" {
		t.Errorf("unexpected model: %+v", doc)
	}
	// Read back, the printed JSON gives the same model, format aside.
	printed := filepath.Join(t.TempDir(), "model.json")
	if err := os.WriteFile(printed, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	code, again, errs := runParse(t, "parse", printed)
	if code != 0 || errs != "" {
		t.Fatalf("read back: exit %d, stderr %q", code, errs)
	}
	if strings.Replace(again, `"format": "json"`, `"format": "text"`, 1) != out {
		t.Errorf("model read back from JSON differs")
	}
}

func TestParseYAMLRoundTrip(t *testing.T) {
	src := corpusCopy(t)
	_, out, _ := runParse(t, "parse", "--format", "yaml", src)
	if !strings.HasPrefix(out, "path: "+src+"\nformat: text\n") || !strings.Contains(out, "period: 正产运转\n") {
		t.Fatalf("YAML output starts %q", out[:min(200, len(out))])
	}
	printed := filepath.Join(t.TempDir(), "model.yaml")
	if err := os.WriteFile(printed, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	code, again, errs := runParse(t, "parse", "--format", "yaml", printed)
	if code != 0 || strings.Replace(again, "format: yaml", "format: text", 1) != out {
		t.Errorf("read back: exit %d, stderr %q, same %v", code, errs, again == out)
	}
}

func TestParseSeveralFilesAndErrors(t *testing.T) {
	src := corpusCopy(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	missing := filepath.Join(dir, "missing.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	src2 := filepath.Join(dir, "pazhou2.txt")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src2, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runParse(t, "parse", empty, src, missing, src2, src)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	wantErr := "jxlint: " + empty + ": 无法作为文本表格读取：空文件，应为绩效目标表\n" +
		"jxlint: " + missing + ": 文件不存在\n"
	if errs != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, wantErr)
	}
	_, _, errs = runParse(t, "parse", "--lang", "en", empty, src, missing)
	wantErr = "jxlint: " + empty + ": cannot read as a text table: empty file, expected a performance-goal table\n" +
		"jxlint: " + missing + ": file not found\n"
	if errs != wantErr {
		t.Errorf("--lang en stderr:\n%s\nwant:\n%s", errs, wantErr)
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(out), &docs); err != nil || len(docs) != 2 {
		t.Fatalf("want a JSON array of the 2 readable files: %v", err)
	}
	_, out, _ = runParse(t, "parse", "--format", "yaml", src, src2)
	if strings.Count(out, "\n---\n") != 1 {
		t.Errorf("YAML documents are not separated by ---")
	}
	if code, _, errs := runParse(t, "parse", "--format", "xml", src); code != 2 || errs != "jxlint: --format 应为 json、jsonl 或 yaml，而不是「xml」\n" {
		t.Errorf("bad format: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := runParse(t, "--lang", "en", "parse", "--format", "xml", src); code != 2 || errs != "jxlint: --format must be json, jsonl or yaml, not \"xml\"\n" {
		t.Errorf("bad format, English: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runParse(t, "parse"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}

// TestParseShape prints the same shape for one file as for several, reads
// folders as lint does, and prints one document per line with jsonl.
func TestParseShape(t *testing.T) {
	src := corpusCopy(t)
	dir := filepath.Dir(src)
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a table"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"parse", src}, {"parse", dir}} {
		code, out, errs := runParse(t, args...)
		var docs []map[string]any
		if err := json.Unmarshal([]byte(out), &docs); code != 0 || err != nil || len(docs) != 1 || docs[0]["path"] != src {
			t.Errorf("%v: exit %d, %v, stderr %q: want an array of one document", args, code, err, errs)
		}
	}
	code, out, _ := runParse(t, "parse", "--format", "jsonl", src, dir)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != 1 || !strings.HasPrefix(lines[0], `{"path":`) {
		t.Errorf("jsonl: exit %d, %d lines", code, len(lines))
	}
	if code, out, _ := runParse(t, "parse", "--exclude", "*.txt", dir); code != 2 || out != "[]\n" {
		t.Errorf("--exclude: exit %d, stdout %q", code, out)
	}
	empty := t.TempDir()
	if code, out, errs := runParse(t, "parse", empty); code != 2 || out != "[]\n" || errs != "jxlint: 没有读取到任何表格\n" {
		t.Errorf("empty folder: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
