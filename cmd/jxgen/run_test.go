package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table/tablegen"
)

func TestStdoutIsTheLibraryTable(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(strings.Fields("--seed 4 --units 3 --projects 2-5 --page-break 6 --rates typo=0.5,row-sum=0.3"), &out, &errb); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	_, err := tablegen.Generate(&want, tablegen.Options{Seed: 4, Units: 3, ProjectsPerUnit: tablegen.Range{Min: 2, Max: 5},
		IndicatorsPerProject: tablegen.Range{Min: 3, Max: 6}, PageBreakEvery: 6, Year: 2026,
		Rates: tablegen.Rates{Typo: 0.5, RowSum: 0.3}})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Error("jxgen wrote a different table than tablegen.Generate with the same options")
	}
	if errb.Len() != 0 {
		t.Errorf("stderr: %s", errb.String())
	}
}

func TestHelpListsEveryKind(t *testing.T) {
	var errb bytes.Buffer
	if err := run([]string{"--help"}, &bytes.Buffer{}, &errb); err != nil {
		t.Fatal(err)
	}
	for _, k := range tablegen.Kinds {
		if !strings.Contains(errb.String(), string(k)) {
			t.Errorf("jxgen --help does not name defect kind %s", k)
		}
	}
}

func TestRatesSetTheNewKinds(t *testing.T) {
	var out bytes.Buffer
	if err := run(strings.Fields("--seed 5 --units 2 --rates numbering-gap=1,invalid-amount=1"), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	m, err := tablegen.Generate(&want, tablegen.Options{Seed: 5, Units: 2, Rates: tablegen.Rates{Numbering: 1, InvalidAmount: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Error("jxgen --rates numbering-gap=1,invalid-amount=1 wrote a different table than tablegen.Generate")
	}
	if m.Counts[tablegen.KindNumbering] != m.Projects || m.Counts[tablegen.KindInvalidAmount] != m.Projects {
		t.Errorf("every project should have a numbering gap and an amount in text: %v for %d projects", m.Counts, m.Projects)
	}
}

func TestFilesOfATotalSize(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "tables")
	manifest := filepath.Join(dir, "manifest.json")
	var stdout bytes.Buffer
	args := []string{"--seed", "9", "--out", out, "--files", "12", "--size", "600KB", "--defect-rate", "0.05", "--manifest", manifest}
	if err := run(args, &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for i, e := range entries {
		if want := fmt.Sprintf("table-%04d.txt", i+1); e.Name() != want {
			t.Errorf("file %d is %s, want %s", i, e.Name(), want)
		}
		info, _ := e.Info()
		total += info.Size()
	}
	if len(entries) != 12 {
		t.Fatalf("%d files written, want 12", len(entries))
	}
	if off := float64(total-600_000) / 600_000; off < -0.03 || off > 0.03 {
		t.Errorf("files total %d bytes, want about 600,000", total)
	}
	if !strings.HasPrefix(stdout.String(), "wrote 12 files to "+out+": ") {
		t.Errorf("summary: %q", stdout.String())
	}
	var ms []fileManifest
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &ms); err != nil {
		t.Fatal(err)
	}
	if len(ms) != 12 || ms[0].File != "table-0001.txt" || ms[11].Seed != 20 {
		t.Fatalf("manifest has %d entries, first %q, last seed %d; want 12, table-0001.txt, 20", len(ms), ms[0].File, ms[11].Seed)
	}
	first, _ := os.ReadFile(filepath.Join(out, "table-0001.txt"))
	if ms[0].Bytes != int64(len(first)) || len(ms[0].Defects) == 0 {
		t.Errorf("manifest of table-0001.txt: %d bytes (file has %d), %d defects", ms[0].Bytes, len(first), len(ms[0].Defects))
	}
}

func TestFlagErrors(t *testing.T) {
	for _, tc := range []struct{ args, want string }{
		{"--projects 5-2", `--projects "5-2": want a count N or a range MIN-MAX`},
		{"--indicators x", `--indicators "x"`},
		{"--size 10XB", `--size "10XB": want a size such as 100MB`},
		{"--files 3", "--files 3 needs --out DIR"},
		{"--rates typo", `--rates "typo": want kind=probability`},
		{"--rates misspelling=0.1", `unknown defect kind "misspelling"; kinds are missing-category, `},
		{"--indicators 3-9", "IndicatorsPerProject is 3–9"},
		{"--defect-rate 2", "rate missing-category is 2"},
		{"extra", `unexpected argument "extra"`},
	} {
		err := run(strings.Fields(tc.args), &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("jxgen %s: error = %v, want one saying %s", tc.args, err, tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"100MB": 100_000_000, "1.5GB": 1_500_000_000, "512KiB": 524_288, "250000": 250_000, "2M": 2_000_000} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

func TestRepeatIsTheLibraryTable(t *testing.T) {
	const example = "../../testdata/corpus/pazhou-project-goals.txt"
	var out bytes.Buffer
	if err := run([]string{"--repeat", example, "--copies", "12"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := tablegen.Repeat(&want, example, data, 12); err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Error("jxgen --repeat --copies 12 wrote a different table than tablegen.Repeat")
	}
	if err := run([]string{"--repeat", example, "--files", "2", "--out", t.TempDir()}, &out, &bytes.Buffer{}); err == nil {
		t.Error("--repeat with --files 2 was accepted")
	}
}
