package reporters

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

func TestCIFormatGolden(t *testing.T) {
	for _, tc := range []struct{ format, lang, golden string }{
		{"codeclimate", "zh", "codeclimate.golden"},
		{"junit", "zh", "junit.golden"},
		{"junit", "en", "junit-en.golden"},
		{"checkstyle", "zh", "checkstyle.golden"},
		{"markdown", "zh", "markdown.golden"},
		{"markdown", "en", "markdown-en.golden"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			got := render(t, tc.format, testRun(tc.lang), testResults(), testSummary())
			validateFormat(t, tc.format, got)
			checkGolden(t, tc.golden, got)
		})
	}
}

// TestCIFormatsEmpty checks each format with no file at all and with a clean file.
func TestCIFormatsEmpty(t *testing.T) {
	clean := []*engine.FileResult{{Path: textPath, Format: "text", Projects: 1}}
	for _, format := range []string{"codeclimate", "junit", "checkstyle", "markdown"} {
		for _, results := range [][]*engine.FileResult{nil, clean} {
			got := render(t, format, testRun("zh"), results, Summary{Files: len(results)})
			validateFormat(t, format, got)
		}
	}
	if got := string(render(t, "codeclimate", testRun("zh"), clean, Summary{Files: 1})); got != "[]\n" {
		t.Errorf("codeclimate of a clean file = %q, want []", got)
	}
	if got := string(render(t, "markdown", testRun("zh"), clean, Summary{Files: 1})); got != "## jxlint\n\n未发现问题\n" {
		t.Errorf("markdown of a clean file = %q", got)
	}
}

// validateFormat checks out against the format's schema or parser.
func validateFormat(t *testing.T, format string, out []byte) {
	t.Helper()
	switch format {
	case "codeclimate":
		validateCodeQuality(t, out)
	case "junit":
		validateJUnit(t, out)
	case "checkstyle":
		validateCheckstyle(t, out)
	case "markdown":
		parseMarkdown(t, out)
	}
}

var (
	cqSchemaOnce sync.Once
	cqSchema     *jsonschema.Schema
	cqSchemaErr  error
)

// validateCodeQuality checks out against the Code Quality schema in testdata
// and returns the issues.
func validateCodeQuality(t *testing.T, out []byte) []ccIssue {
	t.Helper()
	cqSchemaOnce.Do(func() {
		const path = "../testdata/codequality/codequality.schema.json"
		data, err := os.ReadFile(path)
		if err != nil {
			cqSchemaErr = err
			return
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			cqSchemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource(path, doc); err != nil {
			cqSchemaErr = err
			return
		}
		cqSchema, cqSchemaErr = c.Compile(path)
	})
	if cqSchemaErr != nil {
		t.Fatal(cqSchemaErr)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("codeclimate output is not JSON: %v\n%s", err, out)
	}
	if err := cqSchema.Validate(inst); err != nil {
		t.Fatalf("codeclimate output does not match the Code Quality schema: %v\n%s", err, out)
	}
	var issues []ccIssue
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&issues); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, is := range issues {
		if seen[is.Fingerprint] {
			t.Errorf("fingerprint %s is not unique in the report", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
	}
	return issues
}

// Strictly decoded JUnit and Checkstyle documents: any attribute or element
// the documented structure does not have lands in Unknown and fails the test.
type (
	junitSuites struct {
		XMLName xml.Name     `xml:"testsuites"`
		Name    string       `xml:"name,attr"`
		Suites  []junitSuite `xml:"testsuite"`
		Unknown []xml.Attr   `xml:",any,attr"`
		Extra   []anyElement `xml:",any"`
	}
	junitSuite struct {
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Errors   int          `xml:"errors,attr"`
		Skipped  int          `xml:"skipped,attr"`
		Cases    []junitCase  `xml:"testcase"`
		Unknown  []xml.Attr   `xml:",any,attr"`
		Extra    []anyElement `xml:",any"`
	}
	junitCase struct {
		Name      string         `xml:"name,attr"`
		ClassName string         `xml:"classname,attr"`
		Failures  []junitProblem `xml:"failure"`
		Errors    []junitProblem `xml:"error"`
		Unknown   []xml.Attr     `xml:",any,attr"`
		Extra     []anyElement   `xml:",any"`
	}
	junitProblem struct {
		Message string       `xml:"message,attr"`
		Type    string       `xml:"type,attr"`
		Text    string       `xml:",chardata"`
		Unknown []xml.Attr   `xml:",any,attr"`
		Extra   []anyElement `xml:",any"`
	}
	checkstyleDoc struct {
		XMLName xml.Name         `xml:"checkstyle"`
		Version string           `xml:"version,attr"`
		Files   []checkstyleFile `xml:"file"`
		Unknown []xml.Attr       `xml:",any,attr"`
		Extra   []anyElement     `xml:",any"`
	}
	checkstyleFile struct {
		Name    string            `xml:"name,attr"`
		Errors  []checkstyleError `xml:"error"`
		Unknown []xml.Attr        `xml:",any,attr"`
		Extra   []anyElement      `xml:",any"`
	}
	checkstyleError struct {
		Line     int          `xml:"line,attr"`
		Column   int          `xml:"column,attr"`
		Severity string       `xml:"severity,attr"`
		Message  string       `xml:"message,attr"`
		Source   string       `xml:"source,attr"`
		Unknown  []xml.Attr   `xml:",any,attr"`
		Extra    []anyElement `xml:",any"`
	}
	anyElement struct {
		XMLName xml.Name
	}
)

// decodeXML decodes out strictly into v and fails on any unknown attribute or
// element found by check.
func decodeXML(t *testing.T, out []byte, v any) {
	t.Helper()
	if !bytes.HasPrefix(out, []byte(xmlHeader)) {
		t.Errorf("output does not start with the XML declaration:\n%s", out)
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = true
	if err := dec.Decode(v); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, out)
	}
}

// unknown reports attributes or elements outside the documented structure.
func unknown(t *testing.T, where string, attrs []xml.Attr, elems []anyElement) {
	t.Helper()
	for _, a := range attrs {
		t.Errorf("%s: unknown attribute %s", where, a.Name.Local)
	}
	for _, e := range elems {
		t.Errorf("%s: unknown element <%s>", where, e.XMLName.Local)
	}
}

// validateJUnit checks out with xmllint against the JUnit XSD when xmllint is
// installed, decodes it strictly, and checks that the counts add up.
func validateJUnit(t *testing.T, out []byte) junitSuites {
	t.Helper()
	xsdValidate(t, "../testdata/junit/junit.xsd", out)
	var doc junitSuites
	decodeXML(t, out, &doc)
	unknown(t, "testsuites", doc.Unknown, doc.Extra)
	for _, s := range doc.Suites {
		unknown(t, "testsuite "+s.Name, s.Unknown, s.Extra)
		failures, errs := 0, 0
		for _, c := range s.Cases {
			unknown(t, "testcase "+c.Name, c.Unknown, c.Extra)
			if c.ClassName != s.Name && s.Name != "jxlint" { // the tool errors' suite names their files
				t.Errorf("testcase %s: classname %q, want the suite's %q", c.Name, c.ClassName, s.Name)
			}
			for _, p := range append(c.Failures, c.Errors...) {
				unknown(t, "testcase "+c.Name+" problem", p.Unknown, p.Extra)
				if p.Message == "" || p.Text == "" {
					t.Errorf("testcase %s: a failure needs a message and a text", c.Name)
				}
			}
			failures += min(len(c.Failures), 1)
			errs += min(len(c.Errors), 1)
		}
		if s.Tests != len(s.Cases) || s.Failures != failures || s.Errors != errs {
			t.Errorf("testsuite %s: tests=%d failures=%d errors=%d, counted %d %d %d",
				s.Name, s.Tests, s.Failures, s.Errors, len(s.Cases), failures, errs)
		}
	}
	return doc
}

// validateCheckstyle checks out with xmllint against the Checkstyle XSD when
// xmllint is installed and decodes it strictly.
func validateCheckstyle(t *testing.T, out []byte) checkstyleDoc {
	t.Helper()
	xsdValidate(t, "../testdata/checkstyle/checkstyle.xsd", out)
	var doc checkstyleDoc
	decodeXML(t, out, &doc)
	unknown(t, "checkstyle", doc.Unknown, doc.Extra)
	for _, f := range doc.Files {
		unknown(t, "file "+f.Name, f.Unknown, f.Extra)
		for _, e := range f.Errors {
			unknown(t, "error", e.Unknown, e.Extra)
			if e.Message == "" || e.Source == "" {
				t.Errorf("file %s: error without message or source: %+v", f.Name, e)
			}
		}
	}
	return doc
}

// xsdValidate runs xmllint on out against the schema xsd. Without xmllint
// (Debian libxml2-utils, which .ci/run installs) it says so and returns.
func xsdValidate(t *testing.T, xsd string, out []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Logf("xmllint not found (apt-get install libxml2-utils): %s not checked against %s", t.Name(), xsd)
		return
	}
	f := filepath.Join(t.TempDir(), "report.xml")
	if err := os.WriteFile(f, out, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(xmllint, "-noout", "-schema", xsd, f)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %s does not validate against %s: %v\n%s\n%s", t.Name(), xsd, err, msg, out)
	}
}

// TestCIFormatsRealFindings lints the corpus with the built-in rules and
// checks each format against its schema, and that every finding is there.
func TestCIFormatsRealFindings(t *testing.T) {
	l, set := builtinLinter(t, "zh")
	doc, err := table.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	res := l.Worker().Lint(doc)
	res.Path = corpusPath
	results := []*engine.FileResult{&res}
	run := testRun("zh")
	run.Rules, run.WorkDir = set.Rules, ".."
	const rel = "testdata/corpus/pazhou-project-goals.txt"
	n := len(res.Findings)

	issues := validateCodeQuality(t, render(t, "codeclimate", run, results, Summary{Files: 1}))
	if len(issues) != n {
		t.Errorf("codeclimate: %d issues for %d findings", len(issues), n)
	}
	for i, is := range issues {
		f := res.Findings[i]
		if is.Location.Path != rel || is.Location.Lines.Begin != int(f.Span.Line) || is.CheckName != f.RuleID || is.Description != f.Message {
			t.Errorf("codeclimate issue %d = %+v, finding %s at line %d", i, is, f.RuleID, f.Span.Line)
		}
	}

	junit := validateJUnit(t, render(t, "junit", run, results, Summary{Files: 1}))
	fired := map[string]int{}
	for _, f := range res.Findings {
		fired[f.RuleID]++
	}
	s := junit.Suites[0]
	if len(junit.Suites) != 1 || s.Name != rel || s.Tests != len(set.Rules) || s.Failures != len(fired) {
		t.Errorf("junit: suite %q tests=%d failures=%d, want %q with %d rules, %d failing", s.Name, s.Tests, s.Failures, rel, len(set.Rules), len(fired))
	}
	for _, c := range s.Cases {
		if len(c.Failures) > 0 && strings.Count(c.Failures[0].Text, "\n")+1 != fired[c.Name] {
			t.Errorf("junit: case %s lists %d findings, want %d", c.Name, strings.Count(c.Failures[0].Text, "\n")+1, fired[c.Name])
		}
	}

	cs := validateCheckstyle(t, render(t, "checkstyle", run, results, Summary{Files: 1}))
	if len(cs.Files) != 1 || len(cs.Files[0].Errors) != n {
		t.Fatalf("checkstyle: %d files, want one with %d errors", len(cs.Files), n)
	}
	for i, e := range cs.Files[0].Errors {
		f := res.Findings[i]
		if e.Line != int(f.Span.Line) || e.Column != int(f.Span.Column) || e.Source != "jxlint."+f.RuleID || e.Message != f.Message {
			t.Errorf("checkstyle error %d = %+v, finding %s at %d:%d", i, e, f.RuleID, f.Span.Line, f.Span.Column)
		}
	}

	md := parseMarkdown(t, render(t, "markdown", run, results, Summary{Files: 1, Errors: n}))
	rows := 0
	for _, c := range fired {
		rows += min(c, 1)
	}
	if len(md.tables) != 2 || len(md.tables[0]) != rows+1 || len(md.tables[1]) != min(n, markdownMaxFindings)+1 {
		t.Errorf("markdown: tables %v, want %d rules and %d findings", tableSizes(md.tables), rows, min(n, markdownMaxFindings))
	}
	if more := fmt.Sprintf("另有 %d 个问题未列出。", n-markdownMaxFindings); n > markdownMaxFindings && !strings.Contains(md.text, more) {
		t.Errorf("markdown does not say %q", more)
	}
}

// tableSizes returns the row counts of tables, for messages.
func tableSizes(tables [][][]string) []int {
	var out []int
	for _, tb := range tables {
		out = append(out, len(tb))
	}
	return out
}

// TestCodeClimateFingerprintsUnique checks that two findings with the same
// fingerprint in one file get different Code Quality fingerprints, and that
// moving a finding to another line keeps its fingerprint.
func TestCodeClimateFingerprintsUnique(t *testing.T) {
	f := engine.Finding{RuleID: "typo", Severity: rules.Warning, Message: "「正产」应为「正常」", Path: textPath,
		Span: table.Span{Line: 3, Column: 1}, Fingerprint: "abc"}
	g := f
	g.Span.Line = 9
	first := validateCodeQuality(t, render(t, "codeclimate", testRun("zh"),
		[]*engine.FileResult{{Path: textPath, Findings: []engine.Finding{f, g}}}, Summary{}))
	if first[0].Fingerprint == first[1].Fingerprint {
		t.Fatal("equal findings share a fingerprint")
	}
	f.Span.Line = 5
	moved := validateCodeQuality(t, render(t, "codeclimate", testRun("zh"),
		[]*engine.FileResult{{Path: textPath, Findings: []engine.Finding{f}}}, Summary{}))
	if moved[0].Fingerprint != first[0].Fingerprint {
		t.Error("the fingerprint changed when the finding moved to another line")
	}
}

// TestCIFormatsHostileText checks that messages, paths and sheet names with
// characters each format treats specially (XML markup and characters XML
// cannot hold, Markdown syntax, line breaks, JSON escapes) leave every report
// valid and the message readable.
func TestCIFormatsHostileText(t *testing.T) {
	msg := "a<b>&\"c\" 'd' \x00\x1b[31m|*_`#[x](y)\nline2\r\u2028end"
	path := testRoot + "/tables/<&|`>.txt"
	res := []*engine.FileResult{{
		Path: path, Findings: []engine.Finding{
			{RuleID: "typo", Severity: rules.Warning, Message: msg, Path: path, Span: table.Span{Line: 1, Column: 2}},
			{RuleID: "typo", Severity: rules.Error, Message: msg, Path: path, Span: table.CellSpan("表<1>", "A1")},
		}}, {Path: path + ".csv", Err: &table.Error{Path: path + ".csv", Line: 1, Column: 1, Msg: msg, Zh: msg}}}
	for _, format := range []string{"codeclimate", "junit", "checkstyle", "markdown"} {
		out := render(t, format, testRun("en"), res, Summary{Errors: 1, Warnings: 1, Files: 2, FilesFailed: 1})
		switch format {
		case "codeclimate":
			issues := validateCodeQuality(t, out)
			if len(issues) != 3 || issues[0].Description != msg || issues[1].Description != "表<1>!A1: "+msg || issues[2].Description != msg {
				t.Errorf("codeclimate: %+v", issues)
			}
		case "junit":
			doc := validateJUnit(t, out)
			if f := doc.Suites[0].Cases[len(doc.Suites[0].Cases)-1].Failures; len(f) != 1 || !strings.Contains(f[0].Text, "end") {
				t.Errorf("junit: %+v", doc.Suites[0])
			}
		case "checkstyle":
			doc := validateCheckstyle(t, out)
			if len(doc.Files) != 2 || len(doc.Files[0].Errors) != 2 || !strings.HasSuffix(doc.Files[0].Errors[0].Message, "end") {
				t.Errorf("checkstyle: %+v", doc.Files)
			}
		case "markdown":
			p := parseMarkdown(t, out)
			if len(p.tables) != 2 || len(p.tables[1]) != 3 || !strings.Contains(p.tables[1][1][3], "[x](y) line2") {
				t.Errorf("markdown tables: %q", p.tables)
			}
		}
	}
}
