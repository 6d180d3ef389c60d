package reporters

import (
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// Paths of the fixed findings: absolute so that URIs do not depend on where
// the tests run.
const (
	testRoot  = "/src/jxlint"
	textPath  = "/src/jxlint/tables/琶洲 目标表.txt"
	xlsxPath  = "/src/jxlint/tables/目标表.xlsx"
	badPath   = "/src/jxlint/tables/坏.csv"
	otherPath = "/elsewhere/其他.txt"
)

const (
	unitName = "广州琶洲人工智能与数字经济试验区管理委员会"
)

// testRules is a small active rule set, sorted by ID.
func testRules() []*rules.Rule {
	return []*rules.Rule{
		{
			ID:          "indicator-value-same",
			Title:       rules.Text{Zh: "实施周期值与年度值相同", En: "Period value equals annual value"},
			Description: rules.Text{Zh: "实施周期指标值应概括整个实施期，与年度指标值完全相同时多为照抄。", En: "The period value should cover the whole period; an identical annual value is usually copied."},
			Severity:    rules.Info, Default: rules.Info, Scope: rules.ScopeIndicator,
			Tags: []string{"完整性"},
		},
		{
			ID:          "missing-category",
			Title:       rules.Text{Zh: "缺少一级指标", En: "Missing first-level category"},
			Description: rules.Text{Zh: "每个项目应有产出、效益和满意度三类一级指标。", En: "Every project needs output, effect and satisfaction indicators."},
			Severity:    rules.Error, Default: rules.Warning, Scope: rules.ScopeProject,
			Examples: []rules.Example{{Bad: "1-产出指标；2-效益指标", Good: "1-产出指标；2-效益指标；3-满意度指标"}},
			HelpURI:  "https://example.org/jxlint/rules/missing-category",
		},
		{
			ID:          "typo",
			Title:       rules.Text{Zh: "错别字", En: "Typo"},
			Description: rules.Text{Zh: "常见错别字，如「正产」应为「正常」。", En: "A common typo, such as 正产 for 正常."},
			Severity:    rules.Warning, Default: rules.Warning, Scope: rules.ScopeIndicator,
			Examples: []rules.Example{{Bad: "正产运转", Good: "正常运转", Note: rules.Text{Zh: "词典 typos.yaml", En: "dictionary typos.yaml"}}},
			Tags:     []string{"文字", "*markdown*"},
		},
	}
}

// testRun is the run every golden file is written for.
func testRun(lang string) Run {
	return Run{ToolName: "jxlint", Version: "0.3.0", InfoURI: "https://example.org/jxlint",
		Lang: lang, Rules: testRules(), WorkDir: testRoot}
}

// testResults are corpus-like results: a text file with a fix and a
// baseline-accepted finding, a workbook, an unreadable file and a file
// outside the work directory.
func testResults() []*engine.FileResult {
	typo := engine.Finding{
		RuleID: "typo", Severity: rules.Warning, Message: "「正产」应为「正常」",
		Path: textPath, Span: table.Span{Line: 12, Column: 301, EndLine: 12, EndColumn: 303},
		Unit: unitName, Project: "两新组织党员活动经费", Indicator: "3", Field: "实施周期指标值",
		Text: "正产", Fingerprint: "5d41402abc4b2a76",
		Fix: &engine.Fix{Span: table.Span{Line: 12, Column: 301, EndLine: 12, EndColumn: 303},
			Replacement: "正常", Description: "将「正产」改为「正常」"},
	}
	typo2 := typo
	typo2.Span = table.Span{Line: 12, Column: 310, EndLine: 12, EndColumn: 312}
	typo2.Field, typo2.Fingerprint = "年度指标值", "7d793037a0760186"
	typo2.Fix = &engine.Fix{Span: typo2.Span, Replacement: "正常", Description: "将「正产」改为「正常」"}
	typo2.Suppressed = &engine.Suppression{Kind: "external", Justification: "baseline jxlint-baseline.yaml"}
	return []*engine.FileResult{
		{
			Path: textPath, Format: "text", Encoding: "utf-8", Projects: 11, Indicators: 38,
			Findings: []engine.Finding{
				{
					RuleID: "missing-category", Severity: rules.Error, Message: "项目缺少「满意度指标」",
					Path: textPath, Span: table.Span{Line: 9, Column: 1, EndLine: 9, EndColumn: 9},
					Unit: unitName, Project: "机构运行保障经费", Field: "绩效指标", Fingerprint: "9a0364b9e99bb480",
				},
				{
					RuleID: "indicator-value-same", Severity: rules.Info, Message: "实施周期指标值与年度指标值相同：通过集聚效应，吸引大模型人才。",
					Path: textPath, Span: table.Span{Line: 9, Column: 420, EndLine: 9, EndColumn: 436},
					Unit: unitName, Project: "机构运行保障经费", Indicator: "2", Field: "年度指标值", Fingerprint: "c4ca4238a0b92382",
				},
				typo, typo2,
			},
		},
		{
			Path: xlsxPath, Format: "xlsx", Projects: 1, Indicators: 4,
			Findings: []engine.Finding{{
				RuleID: "typo", Severity: rules.Warning, Message: "「正产」应为「正常」",
				Path: xlsxPath, Span: table.Span{Column: 1, EndColumn: 3, CellRef: table.NewCellRef("项目表", "G14")},
				Text: "正产", Unit: "海珠区某局", Project: "两新组织党员活动经费", Indicator: "3", Field: "指标值",
				Fingerprint: "e4da3b7fbbce2345",
				Fix: &engine.Fix{Span: table.Span{Column: 1, EndColumn: 3, CellRef: table.NewCellRef("项目表", "G14")},
					Replacement: "正常", Description: "将「正产」改为「正常」"},
			}},
		},
		{
			Path: badPath, Format: "csv",
			Err: &table.Error{Path: badPath, Line: 3, Column: 5,
				Msg: `quoted field is never closed: expected a closing "`, Zh: `引号字段没有结束：应有结束的双引号 "`},
		},
		{
			Path: otherPath, Format: "text", Encoding: "gb18030", Projects: 1, Indicators: 2,
			Findings: []engine.Finding{{
				RuleID: "unknown-rule", Severity: rules.Warning, Message: "单位合计与项目之和不符",
				Path: otherPath, Span: table.Span{Line: 4, Column: 2},
				Unit: "某单位", Fingerprint: "1679091c5a880faf",
			}},
		},
	}
}

// testSummary matches testResults.
func testSummary() Summary {
	return Summary{Errors: 1, Warnings: 3, Infos: 1, Suppressed: 1, Ignored: 2, Stale: 1, Files: 4, FilesFailed: 1, FilesSkipped: 2,
		ToolErrors: []ToolError{
			{Path: otherPath, Span: table.Span{Line: 4, Column: 1}, RuleID: "row-sum", Message: "规则「row-sum」：check：下标越界：0（列表长度为 0）"},
			{Message: "没有读取到任何表格"},
		}}
}
