package baseline

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

var update = flag.Bool("update", false, "rewrite golden files")

const unit = "广州琶洲人工智能与数字经济试验区管理委员会"

// firstRun is what a lint run found before the baseline was written.
func firstRun() []engine.Finding {
	return []engine.Finding{
		{RuleID: "typo", Severity: rules.Warning, Message: "「正产」应为「正常」", Path: "tables/琶洲.txt",
			Span: table.Span{Line: 12, Column: 301, EndLine: 12, EndColumn: 303},
			Unit: unit, Project: "两新组织党员活动经费", Indicator: "3", Field: "实施周期指标值", Fingerprint: "fp-typo-1"},
		{RuleID: "typo", Severity: rules.Warning, Message: "「正产」应为「正常」", Path: "tables/琶洲.txt",
			Span: table.Span{Line: 12, Column: 320, EndLine: 12, EndColumn: 322},
			Unit: unit, Project: "两新组织党员活动经费", Indicator: "3", Field: "年度指标值", Fingerprint: "fp-typo-2"},
		{RuleID: "missing-category", Severity: rules.Error, Message: "项目缺少「满意度指标」", Path: "./tables/琶洲.txt",
			Span: table.Span{Line: 9, Column: 1}, Unit: unit, Project: "机构运行保障经费", Field: "绩效指标", Fingerprint: "fp-missing"},
		{RuleID: "indicator-value-same", Severity: rules.Info, Message: "指标 2 的实施周期值与年度值相同", Path: "tables/琶洲.txt",
			Span: table.Span{Line: 9, Column: 420}, Unit: unit, Project: "机构运行保障经费", Indicator: "2", Field: "年度指标值", Fingerprint: "fp-same"},
	}
}

// secondRun is the same table after a line was added above, the projects were
// reordered, an indicator was inserted before indicator 2 of 机构运行保障经费
// (renumbering it, which changes its fingerprint) and the second typo was fixed.
func secondRun() []engine.Finding {
	f := firstRun()
	missing, same, typo := f[2], f[3], f[0]
	missing.Span.Line, same.Span.Line, typo.Span.Line = 13, 13, 10
	same.Indicator, same.Fingerprint, same.Message = "3", "fp-same-renumbered", "指标 3 的实施周期值与年度值相同"
	return []engine.Finding{typo, missing, same}
}

func writeBaseline(t *testing.T, name string, findings []engine.Finding) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := WriteFile(path, findings); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"jxlint-baseline.yaml", "jxlint-baseline.json"} {
		t.Run(name, func(t *testing.T) {
			path := writeBaseline(t, name, firstRun())
			b, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if b.Len() != 4 {
				t.Fatalf("%d entries, want 4", b.Len())
			}
			b.Checked("tables/琶洲.txt")
			for _, f := range secondRun() {
				if !b.Match(&f) {
					t.Errorf("not matched: %s %s %s", f.RuleID, f.Project, f.Field)
					continue
				}
				if *f.Suppressed != (engine.Suppression{Kind: "external", Justification: "baseline " + path}) {
					t.Errorf("suppression %+v", *f.Suppressed)
				}
			}
			stale := b.Stale()
			if len(stale) != 1 || stale[0].Fingerprint != "fp-typo-2" {
				t.Fatalf("stale %+v, want the fixed typo", stale)
			}
			if err := b.Prune(path); err != nil {
				t.Fatal(err)
			}
			b, err = Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if b.Len() != 3 {
				t.Errorf("%d entries after prune, want 3", b.Len())
			}
			b.Checked("./tables/琶洲.txt")
			for _, f := range secondRun() {
				if !b.Match(&f) {
					t.Errorf("not matched after prune: %s", f.RuleID)
				}
			}
			if s := b.Stale(); len(s) != 0 {
				t.Errorf("stale after prune: %+v", s)
			}
		})
	}
}

func TestEntryMatchesOnce(t *testing.T) {
	f := firstRun()[:1]
	b, err := Load(writeBaseline(t, "b.yaml", f))
	if err != nil {
		t.Fatal(err)
	}
	first, second := f[0], f[0]
	if !b.Match(&first) {
		t.Fatal("first finding not matched")
	}
	if b.Match(&second) || second.Suppressed != nil {
		t.Error("one entry matched two findings")
	}
}

func TestNoFalseMatch(t *testing.T) {
	b, err := Load(writeBaseline(t, "b.yaml", firstRun()))
	if err != nil {
		t.Fatal(err)
	}
	other := firstRun()[0]
	other.Path, other.Fingerprint = "tables/其他.txt", "fp-other"
	if b.Match(&other) {
		t.Error("a finding of another file matched")
	}
	changed := firstRun()[2]
	changed.Fingerprint, changed.Message = "fp-new", "项目缺少「效益指标」"
	if b.Match(&changed) {
		t.Error("a different problem at the same place matched")
	}
	var none *Baseline
	if none.Match(&changed) {
		t.Error("nil baseline matched")
	}
}

func TestWriteGolden(t *testing.T) {
	for _, format := range []string{"yaml", "json"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, firstRun()); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "baseline."+format+".golden")
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs; got:\n%s", golden, buf.Bytes())
		}
	}
	if err := Write(&bytes.Buffer{}, "toml", nil); err == nil || !strings.Contains(err.Error(), "json, yaml") {
		t.Errorf("unknown format error = %v", err)
	}
	if err := WriteFile(filepath.Join(t.TempDir(), "b.txt"), nil); err == nil {
		t.Error("WriteFile accepted a .txt name")
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"bad.yaml", "version: 1\nentries:\n  - ruleId: typo\n    file: a.txt\n    fingerprnt: x\n", "bad.yaml:5:5: unknown key \"fingerprnt\" in entry"},
		{"bad.yaml", "version: 1\nentries:\n  - file: a.txt\n    message: m\n", "bad.yaml:3:5: entry without ruleId"},
		{"bad.yaml", "version: 1\nentries:\n  - ruleId: typo\n    file: a.txt\n", "bad.yaml:3:5: entry needs a fingerprint or a message"},
		{"bad.yaml", "version: 2\nentries: []\n", "bad.yaml:1:10: unsupported baseline version \"2\""},
		{"bad.yaml", "entries: []\n", "bad.yaml:1:1: missing version"},
		{"bad.yaml", "version: 1\nentries:\n  - ruleId: [a\n", "bad.yaml:3: YAML syntax error: did not find expected ',' or ']' (at this line, or in the mapping or list that starts on it)"},
		{"bad.json", "{\n  \"version\": 1,\n  \"entries\": [\n    {\"ruleId\": \"typo\",}\n  ]\n}\n", "bad.json:4:23: JSON syntax error: invalid character '}' looking for beginning of object key string"},
		{"lead.json", "\n\n{\"version\": 1,,}\n", "lead.json:3:15: JSON syntax error: invalid character ',' looking for beginning of object key string"},
		{"bad.json", "{\n  \"version\": 1,\n  \"entries\": [\n    {\"ruleId\": \"typo\", \"file\": \"a\", \"message\": 3, \"extra\": 1}\n  ]\n}\n", "bad.json:4:51: unknown key \"extra\""},
	} {
		path := filepath.Join(t.TempDir(), tc.name)
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q) error = %v, want it to contain %q", tc.text, err, tc.want)
		}
	}
	table := filepath.Join(t.TempDir(), "table.txt")
	if err := os.WriteFile(table, []byte("项目名称\t总计\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(table); err == nil || err.Error() != table+": a baseline file must end in .json, .yaml or .yml" {
		t.Errorf("a table as the baseline: %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file error = %v", err)
	}
}

func TestNormalize(t *testing.T) {
	if a, b := normalize("值： 100％，完成", false), normalize("值:100%,完成", false); a != b {
		t.Errorf("width and spaces not folded: %q vs %q", a, b)
	}
	if a, b := normalize("指标 12 与 3.5", true), normalize("指标 2 与 40", true); a != b {
		t.Errorf("digits not folded: %q vs %q", a, b)
	}
}

// TestPruneKeepsUncheckedFiles prunes after a run that read one of two
// files: the other file's entries stay, matched or not.
func TestPruneKeepsUncheckedFiles(t *testing.T) {
	other := firstRun()[0]
	other.Path, other.Fingerprint = "tables/其他.txt", "fp-other"
	path := writeBaseline(t, "b.yaml", append(firstRun(), other))
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	b.Checked("tables/琶洲.txt")
	for _, f := range secondRun() {
		b.Match(&f)
	}
	if s := b.Stale(); len(s) != 1 || s[0].Fingerprint != "fp-typo-2" {
		t.Fatalf("stale %+v, want only the fixed typo of the checked file", s)
	}
	if err := b.Prune(path); err != nil {
		t.Fatal(err)
	}
	if b, err = Load(path); err != nil || b.Len() != 4 {
		t.Fatalf("%v: %d entries after prune, want 4 (the other file's entry kept)", err, b.Len())
	}
}

// TestPathsRelativeToBaselineFile writes a baseline in a folder and matches
// it from that folder and from a subfolder: entry files are relative to the
// baseline file, not to where jxlint runs.
func TestPathsRelativeToBaselineFile(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	findings := firstRun()[:1]
	if err := WriteFile("jxlint-baseline.yaml", findings); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile("jxlint-baseline.yaml")
	if !strings.Contains(string(data), "file: tables/琶洲.txt") {
		t.Fatalf("baseline does not record the path relative to itself:\n%s", data)
	}
	if err := os.MkdirAll("tables", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(root, "tables"))
	b, err := Load("../jxlint-baseline.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := findings[0]
	f.Path = "琶洲.txt" // the same file, named from the subfolder
	b.Checked(f.Path)
	if !b.Match(&f) {
		t.Error("the entry does not match when run from a subfolder")
	}
	if s := b.Stale(); len(s) != 0 {
		t.Errorf("stale from a subfolder: %+v", s)
	}
}

// TestLoadErrorsInChinese checks that baseline mistakes speak Chinese.
func TestLoadErrorsInChinese(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte("version: 2\nentries: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	var be *Error
	if !errors.As(err, &be) || be.In("zh") != path+":1:10：不支持的基线版本「2」（应为 1）" {
		t.Errorf("zh error = %v", err)
	}
	_, err = Load(filepath.Join(t.TempDir(), "none.yaml"))
	if !errors.As(err, &be) || !strings.HasSuffix(be.In("zh"), "none.yaml：基线文件不存在") {
		t.Errorf("missing file error = %v", err)
	}
}
