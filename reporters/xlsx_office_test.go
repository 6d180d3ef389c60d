package reporters

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestXLSXOpensInLibreOffice converts the annotated copy of the example
// workbook and the workbook made from the example table to PDF with
// LibreOffice, as a reviewer's office suite would open them. It is skipped
// when LibreOffice is not installed (Debian's libreoffice-calc; .ci/run
// installs it).
func TestXLSXOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("no LibreOffice found (install Debian's libreoffice-calc); the annotated workbooks are not opened by another program")
	}
	dir := t.TempDir()
	var files []string
	for name, path := range map[string]string{"annotated.xlsx": sheetPath, "table.xlsx": corpusPath} {
		results, run := lintFiles(t, "zh", path)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, render(t, "xlsx", run, results, summarize(results)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "profile")}).String()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir}, files...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("soffice: %v\n%s%s", err, out, stderr.String())
	}
	if strings.Contains(strings.ToLower(stderr.String()), "error") {
		t.Errorf("soffice reported errors:\n%s", stderr.String())
	}
	for _, f := range files {
		pdf := strings.TrimSuffix(f, ".xlsx") + ".pdf"
		data, err := os.ReadFile(pdf)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) || len(data) < 2000 {
			t.Fatalf("%s was not converted (%v, %d bytes):\n%s%s", f, err, len(data), out, stderr.String())
		}
		pdftotext, err := exec.LookPath("pdftotext")
		if err != nil {
			continue
		}
		text, err := exec.CommandContext(ctx, pdftotext, pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		for _, want := range []string{"严重程度", "年度"} {
			if !bytes.Contains(text, []byte(want)) {
				t.Errorf("%s: the converted pages do not show %q", filepath.Base(f), want)
			}
		}
	}
}
