package reporters

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

var (
	sarifSchemaOnce sync.Once
	sarifSchemaVal  *jsonschema.Schema
	sarifSchemaErr  error
	sarifCount      int
)

// validateSARIF checks out against the official SARIF 2.1.0 schema. With
// JXLINT_SARIF_DIR set it also saves out there, for other validators.
func validateSARIF(t *testing.T, out []byte) {
	t.Helper()
	sarifSchemaOnce.Do(func() {
		f, err := os.Open(filepath.Join("..", "testdata", "sarif", "sarif-schema-2.1.0.json"))
		if err != nil {
			sarifSchemaErr = err
			return
		}
		defer func() { _ = f.Close() }()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			sarifSchemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(sarifSchema, doc); err != nil {
			sarifSchemaErr = err
			return
		}
		sarifSchemaVal, sarifSchemaErr = c.Compile(sarifSchema)
	})
	if sarifSchemaErr != nil {
		t.Fatal(sarifSchemaErr)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF is not JSON: %v\n%s", err, out)
	}
	if err := sarifSchemaVal.Validate(inst); err != nil {
		t.Fatalf("SARIF does not match the schema: %v\n%s", err, out)
	}
	if dir := os.Getenv("JXLINT_SARIF_DIR"); dir != "" {
		sarifCount++
		name := filepath.Join(dir, fmt.Sprintf("%s-%d.sarif", strings.ReplaceAll(t.Name(), "/", "_"), sarifCount))
		if err := os.WriteFile(name, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sarifLog is the part of a SARIF log the tests read back.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool        sarifTool         `json:"tool"`
		ColumnKind  string            `json:"columnKind"`
		Results     []json.RawMessage `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	} `json:"runs"`
}

// decodeSARIF validates out and decodes its single run.
func decodeSARIF(t *testing.T, out []byte) (sarifLog, []sarifResult) {
	t.Helper()
	validateSARIF(t, out)
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want exactly 1", len(log.Runs))
	}
	var results []sarifResult
	for _, raw := range log.Runs[0].Results {
		var r sarifResult
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return log, results
}

func TestSARIFCorpus(t *testing.T) {
	out := render(t, "sarif", testRun("zh"), testResults(), testSummary())
	log, results := decodeSARIF(t, out)
	run := log.Runs[0]
	if !strings.HasSuffix(log.Schema, "/sarif-2.1.0.json") || log.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", log.Schema, log.Version)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	d := run.Tool.Driver
	if d.Name != "jxlint" || d.SemanticVersion != "0.3.0" || d.InformationURI == "" || len(d.Rules) != 3 {
		t.Fatalf("driver %+v", d)
	}
	if r := d.Rules[1]; r.ID != "missing-category" || r.Name != "MissingCategory" ||
		r.DefaultConfiguration.Level != "error" || r.HelpURI == "" ||
		!strings.Contains(r.Help.Text, "错误示例：1-产出指标；2-效益指标") {
		t.Errorf("rule 1: %+v", r)
	}
	if got := d.Rules[0].DefaultConfiguration.Level; got != "note" {
		t.Errorf("info rule level %q, want note", got)
	}
	if len(results) != 6 {
		t.Fatalf("got %d results, want 6", len(results))
	}
	for i, r := range results {
		if r.RuleIndex != nil && d.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d is %s, not %s", i, *r.RuleIndex, d.Rules[*r.RuleIndex].ID, r.RuleID)
		}
	}
	typo := results[2]
	loc := typo.Locations[0].PhysicalLocation
	if want := "tables/%E7%90%B6%E6%B4%B2%20%E7%9B%AE%E6%A0%87%E8%A1%A8.txt"; loc.ArtifactLocation.URI != want || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact %+v, want uri %s", loc.ArtifactLocation, want)
	}
	if *loc.Region != (sarifRegion{StartLine: 12, StartColumn: 301, EndLine: 12, EndColumn: 303}) {
		t.Errorf("region %+v", *loc.Region)
	}
	if len(typo.Fixes) != 1 || typo.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != "正常" {
		t.Errorf("fixes %+v", typo.Fixes)
	}
	if typo.PartialFingerprints["jxlint/v1"] != "5d41402abc4b2a76" {
		t.Errorf("partialFingerprints %v", typo.PartialFingerprints)
	}
	if lg := typo.Locations[0].LogicalLocations; len(lg) != 1 || lg[0].Kind != "member" ||
		lg[0].FullyQualifiedName != unitName+"/两新组织党员活动经费/3" {
		t.Errorf("logical locations %+v", lg)
	}
	if s := results[3].Suppressions; len(s) != 1 || s[0].Kind != "external" || s[0].Justification != "baseline jxlint-baseline.yaml" {
		t.Errorf("suppressions %+v", s)
	}
	cell := results[4]
	if cell.Locations[0].PhysicalLocation.Region != nil || len(cell.Fixes) != 0 {
		t.Errorf("workbook cell has a text region or a fix: %+v", cell)
	}
	if lg := cell.Locations[0].LogicalLocations; len(lg) != 2 || lg[0].Properties == nil ||
		*lg[0].Properties != (sarifCellRange{Region: sarifCharRegion{CharOffset: 0, CharLength: 2}}) ||
		(sarifLogical{Name: lg[0].Name, FullyQualifiedName: lg[0].FullyQualifiedName, Kind: lg[0].Kind}) !=
			(sarifLogical{Name: "G14", FullyQualifiedName: "项目表!G14", Kind: "cell"}) {
		t.Errorf("cell logical locations %+v (the characters 正产 inside G14: offset 0, length 2)", lg)
	}
	outside := results[5]
	if outside.RuleIndex != nil || outside.Locations[0].PhysicalLocation.ArtifactLocation !=
		(sarifArtifact{URI: "file:///elsewhere/%E5%85%B6%E4%BB%96.txt"}) {
		t.Errorf("file outside the work directory: %+v", outside)
	}
	if r := outside.Locations[0].PhysicalLocation.Region; r.EndLine != 0 || r.EndColumn != 0 {
		t.Errorf("unknown end written: %+v", r)
	}
	inv := run.Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 3 {
		t.Fatalf("invocations %+v", inv)
	}
	n := inv[0].ToolExecutionNotifications[0]
	if n.Level != "error" || n.Message.Text != `tables/坏.csv:3:5: 引号字段没有结束：应有结束的双引号 "` ||
		n.Locations[0].PhysicalLocation.Region.StartLine != 3 {
		t.Errorf("notification %+v", n)
	}
	rule := inv[0].ToolExecutionNotifications[1]
	if rule.AssociatedRule == nil || rule.AssociatedRule.ID != "row-sum" || rule.Locations[0].PhysicalLocation.Region.StartLine != 4 {
		t.Errorf("rule failure notification %+v", rule)
	}
	if tool := inv[0].ToolExecutionNotifications[2]; tool.Message.Text != "没有读取到任何表格" || len(tool.Locations) != 0 {
		t.Errorf("tool notification %+v", tool)
	}
}

// TestToolErrorAloneFails checks that a run whose only trouble is a tool
// error (a rule that failed) is not a clean pass in any format.
func TestToolErrorAloneFails(t *testing.T) {
	sum := Summary{Files: 1, ToolErrors: []ToolError{{Path: "a.txt", Span: table.Span{Line: 8, Column: 1}, RuleID: "first",
		Message: "rule failed"}}}
	res := []*engine.FileResult{{Path: "a.txt"}}
	log, _ := decodeSARIF(t, render(t, "sarif", testRun("en"), res, sum))
	if inv := log.Runs[0].Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Errorf("SARIF invocation %+v", inv)
	}
	var doc struct {
		Errors []jsonError `json:"errors"`
	}
	if err := json.Unmarshal(render(t, "json", testRun("en"), res, sum), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Errors) != 1 || doc.Errors[0] != (jsonError{Kind: "rule", Message: "rule failed", File: "a.txt", Line: 8, Column: 1, RuleID: "first"}) {
		t.Errorf("JSON errors %+v", doc.Errors)
	}
	if got := string(render(t, "text", testRun("en"), res, sum)); got != "a.txt:8:1: error first: rule failed\nno problems found (1 tool error)\n" {
		t.Errorf("text %q", got)
	}
	if got := string(render(t, "github", testRun("en"), res, sum)); !strings.HasPrefix(got, "::error file=a.txt,line=8,col=1,title=first::rule failed\n") {
		t.Errorf("github %q", got)
	}
}

func TestSARIFEmpty(t *testing.T) {
	out := render(t, "sarif", testRun("zh"), nil, Summary{})
	log, results := decodeSARIF(t, out)
	if !bytes.Contains(out, []byte(`"results": []`)) || len(results) != 0 {
		t.Errorf("results missing or not empty:\n%s", out)
	}
	if inv := log.Runs[0].Invocations; !inv[0].ExecutionSuccessful {
		t.Errorf("empty run not successful: %+v", inv)
	}
}

func TestSARIFNoRulesUnreadableOnly(t *testing.T) {
	run := testRun("en")
	run.Rules = nil
	res := &engine.FileResult{Path: "/src/jxlint/缺失.xlsx", Err: &table.Error{Path: "/src/jxlint/缺失.xlsx",
		Sheet: "表1", Cell: "B7", Msg: "merged cell spans two projects"}}
	out := render(t, "sarif", run, []*engine.FileResult{res}, Summary{Files: 1, FilesFailed: 1})
	log, _ := decodeSARIF(t, out)
	n := log.Runs[0].Invocations[0].ToolExecutionNotifications[0]
	if lg := n.Locations[0].LogicalLocations; len(lg) != 1 || lg[0].FullyQualifiedName != "表1!B7" {
		t.Errorf("notification location %+v", n.Locations)
	}
}

func TestSARIFRelativePaths(t *testing.T) {
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	run := testRun("zh")
	run.WorkDir = filepath.Dir(cwd)
	f := engine.Finding{RuleID: "typo", Severity: rules.Warning, Message: "m", Path: "表/a b.txt",
		Span: table.Span{Line: 1, Column: 1, EndColumn: 3}}
	out := render(t, "sarif", run, []*engine.FileResult{{Path: f.Path, Findings: []engine.Finding{f}}}, Summary{Warnings: 1, Files: 1})
	_, results := decodeSARIF(t, out)
	want := "reporters/%E8%A1%A8/a%20b.txt"
	if got := results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != want {
		t.Errorf("uri %q, want %q", got, want)
	}
	if r := results[0].Locations[0].PhysicalLocation.Region; *r != (sarifRegion{StartLine: 1, StartColumn: 1, EndLine: 1, EndColumn: 3}) {
		t.Errorf("region %+v", *r)
	}
}

func TestRuleName(t *testing.T) {
	if got := ruleName("typo"); got != "TypoCheck" {
		t.Errorf("ruleName(typo) = %q, want TypoCheck", got)
	}
	if got := ruleName("missing-category"); got != "MissingCategory" {
		t.Errorf("ruleName(missing-category) = %q", got)
	}
}

func TestPascalCase(t *testing.T) {
	for in, want := range map[string]string{"typo": "Typo", "indicator-value-same": "IndicatorValueSame", "sum_unit.total": "SumUnitTotal"} {
		if got := pascalCase(in); got != want {
			t.Errorf("pascalCase(%q) = %q, want %q", in, got, want)
		}
	}
}
