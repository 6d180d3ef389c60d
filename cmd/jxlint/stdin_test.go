package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/tabletest"
)

// TestStdinFormatSniffed lints the corpus table given on standard input, as
// text, CSV, a workbook and a Word document, without --stdin-filename: each is
// read by its content and gives the findings of the text file, at <stdin>.
func TestStdinFormatSniffed(t *testing.T) {
	const corpus = "../../testdata/corpus/pazhou-project-goals.txt"
	text, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := runCmd(t, "lint", "--no-config", corpus)
	wantLines := findingLines(want)
	csvData, err := tabletest.CSV(text)
	if err != nil {
		t.Fatal(err)
	}
	xlsxData, err := tabletest.XLSX(text)
	if err != nil {
		t.Fatal(err)
	}
	docx, err := os.ReadFile("../../testdata/docs/pazhou.docx")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"text": text, "csv": csvData, "xlsx": xlsxData, "docx": docx} {
		var out, errb bytes.Buffer
		code := run([]string{"lint", "--no-config", "-"}, bytes.NewReader(data), &out, &errb)
		lines := findingLines(out.String())
		if code != 1 || errb.Len() != 0 || len(lines) != len(wantLines) {
			t.Errorf("%s: exit %d, %d lines, stderr %q; want 1, %d lines and nothing", name, code, len(lines), errb.String(), len(wantLines))
			continue
		}
		if last := lines[len(lines)-1]; last != wantLines[len(wantLines)-1] {
			t.Errorf("%s: summary %q, want %q", name, last, wantLines[len(wantLines)-1])
		}
		for _, l := range lines[:len(lines)-1] {
			if !strings.HasPrefix(l, "<stdin>:") {
				t.Errorf("%s: %s", name, l)
				break
			}
		}
	}
}

// TestFolderOfDocuments lints a folder of the example table in every office
// format: each is read and gives the findings of the text, except the Word
// 97-2003 file, which is told to be saved as .docx; the run exits 2.
func TestFolderOfDocuments(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"pazhou.docx", "pazhou.xls", "pazhou.ods", "pazhou.doc"} {
		data, err := os.ReadFile("../../testdata/docs/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dir+"/"+name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runCmd(t, "lint", "--no-config", dir)
	if code != 2 || errOut != "" {
		t.Fatalf("exit %d, stderr %q; want 2", code, errOut)
	}
	if !strings.Contains(out, dir+"/pazhou.doc: 错误: 是旧版 Word 97-2003 文件（.doc）：请另存为 .docx 后再检查\n") {
		t.Errorf("no .doc error in\n%s", out)
	}
	for _, name := range []string{"pazhou.docx", "pazhou.xls", "pazhou.ods"} {
		if n := strings.Count(out, dir+"/"+name+":"); n != 78 {
			t.Errorf("%s: %d findings, want the text's 78", name, n)
		}
	}
}

// findingLines returns the lines of a text report up to its summary line, which
// holds the counts: the links to the rule pages that follow it are left out.
func findingLines(out string) []string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i, l := range lines {
		if strings.Contains(l, "个错误，") {
			return lines[:i+1]
		}
	}
	return lines
}
