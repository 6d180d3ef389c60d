package reporters

import (
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

func TestNewFormats(t *testing.T) {
	if got := Formats(); !reflect.DeepEqual(got, []string{"text", "json", "sarif", "github", "html", "xlsx", "codeclimate", "junit", "checkstyle", "markdown"}) {
		t.Errorf("Formats() = %v", got)
	}
	for _, f := range Formats() {
		if _, err := New(f); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	_, err := New("xml")
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "text, json, sarif, github, html, xlsx, codeclimate, junit, checkstyle, markdown") {
		t.Errorf("New(xml) error = %v", err)
	}
}

func TestTextNothingFound(t *testing.T) {
	res := []*engine.FileResult{{Path: "a.txt", Format: "text"}}
	if got := string(render(t, "text", testRun("zh"), res, Summary{Files: 1})); got != "未发现问题\n" {
		t.Errorf("zh: %q", got)
	}
	if got := string(render(t, "text", testRun("en"), res, Summary{Files: 1})); got != "no problems found\n" {
		t.Errorf("en: %q", got)
	}
}

func TestTextColor(t *testing.T) {
	run := testRun("zh")
	run.ColorOutput = true
	f := engine.Finding{RuleID: "typo", Severity: rules.Warning, Message: "m", Path: "a.txt", Span: table.Span{Line: 2, Column: 3}}
	got := string(render(t, "text", run, []*engine.FileResult{{Path: "a.txt", Findings: []engine.Finding{f}}}, Summary{Warnings: 1}))
	want := "\x1b[1ma.txt:2:3:\x1b[0m \x1b[33m警告\x1b[0m typo: m\n0 个错误，1 个警告，0 个提示\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestTextPlainError(t *testing.T) {
	res := &engine.FileResult{Path: "a.txt", Err: errors.New("open a.txt: permission denied")}
	got := string(render(t, "text", testRun("en"), []*engine.FileResult{res}, Summary{Files: 1, FilesFailed: 1}))
	want := "a.txt: error: open a.txt: permission denied\nno problems found (1 file could not be read)\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	f := engine.Finding{RuleID: "r:1,2", Severity: rules.Info, Message: "100% 完成\r\n下一行: a,b",
		Path: "/src/jxlint/a,b:c%.txt", Span: table.Span{Line: 3, Column: 4, EndColumn: 6}}
	got := string(render(t, "github", testRun("en"), []*engine.FileResult{{Path: f.Path, Findings: []engine.Finding{f}}}, Summary{Infos: 1}))
	want := "::notice file=a%2Cb%3Ac%25.txt,line=3,col=4,endLine=3,endColumn=6,title=r%3A1%2C2::100%25 完成%0D%0A下一行: a,b\n" +
		"0 errors, 0 warnings, 1 info\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestJSONReadBack(t *testing.T) {
	out := render(t, "json", testRun("zh"), testResults(), testSummary())
	var doc struct {
		Tool     map[string]string `json:"tool"`
		Findings []map[string]any  `json:"findings"`
		Files    []map[string]any  `json:"files"`
		Summary  map[string]int    `json:"summary"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Tool["name"] != "jxlint" || len(doc.Findings) != 6 || len(doc.Files) != 4 || doc.Summary["filesFailed"] != 1 {
		t.Fatalf("document %+v", doc)
	}
	if _, ok := doc.Findings[0]["indicator"]; ok {
		t.Errorf("project-level finding has an indicator key: %v", doc.Findings[0])
	}
	if doc.Findings[1]["indicator"] != "2" {
		t.Errorf("indicator finding: %v", doc.Findings[1])
	}
	if _, ok := doc.Findings[0]["suppressed"]; ok {
		t.Errorf("unsuppressed finding has a suppressed key")
	}
	if s, _ := doc.Findings[3]["suppressed"].(map[string]any); s["kind"] != "external" {
		t.Errorf("suppressed finding: %v", doc.Findings[3])
	}
	if !strings.HasSuffix(string(out), "}\n") {
		t.Errorf("no trailing newline")
	}
}

func TestJSONEmpty(t *testing.T) {
	out := render(t, "json", testRun("zh"), nil, Summary{})
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if f, ok := doc["findings"].([]any); !ok || len(f) != 0 {
		t.Errorf("findings %v", doc["findings"])
	}
	if f, ok := doc["files"].([]any); !ok || len(f) != 0 {
		t.Errorf("files %v", doc["files"])
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteErrorsReturned(t *testing.T) {
	for _, format := range Formats() {
		r, _ := New(format)
		err := r.Begin(failWriter{}, testRun("zh"))
		if err == nil {
			err = r.File(testResults()[0])
		}
		if err == nil { // a workbook is written whole at the end
			err = r.End(testSummary())
		}
		if !errors.Is(err, os.ErrClosed) {
			t.Errorf("%s: write error not returned: %v", format, err)
		}
	}
}

func TestEncodeURIPath(t *testing.T) {
	for in, want := range map[string]string{
		"a/b c.txt":      "a/b%20c.txt",
		"表.xlsx":         "%E8%A1%A8.xlsx",
		"x:y#z?.csv":     "x%3Ay%23z%3F.csv",
		"/C:/dir/a.txt":  "/C:/dir/a.txt",
		"100%/a+b~_.txt": "100%25/a%2Bb~_.txt",
	} {
		if got := encodeURIPath(in); got != want {
			t.Errorf("encodeURIPath(%q) = %q, want %q", in, got, want)
		}
	}
}
