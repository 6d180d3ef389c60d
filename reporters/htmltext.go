package reporters

// htmlText holds the words of the HTML report in one language.
type htmlText struct {
	Lang, Title, Generated, Files, Findings, Severity, ByRule, ByUnit     string
	Accepted, AcceptedNote, Fix, Explain, Unreadable, NoTable, NoFindings string
	Department, MoneyUnit, Document, ToolErrors                           string
	Cols                                                                  [numCols]string
}

// htmlTexts are the report's words by language.
var htmlTexts = map[string]*htmlText{
	"zh": {
		Lang: "zh-CN", Title: "绩效目标表审核报告", Generated: "由 %s %s 生成", Files: "文件", Findings: "问题清单",
		Severity: "严重程度", ByRule: "按规则", ByUnit: "按单位",
		Accepted: "已接受", AcceptedNote: "已被基线接受", Fix: "建议修改", Explain: "规则说明",
		Unreadable: "无法读取", NoTable: "没有可显示的表格", NoFindings: "未发现问题",
		Department: "部门名称", MoneyUnit: "金额单位", Document: "全表", ToolErrors: "运行错误：结果可能不完整",
		Cols: [numCols]string{"项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "实施期目标",
			"序号", "一级指标", "二级指标", "三级指标", "指标性质", "实施周期指标值", "年度指标值", "度量单位", "权重"},
	},
	"en": {
		Lang: "en", Title: "Performance-goal table review", Generated: "made by %s %s", Files: "Files", Findings: "Findings",
		Severity: "Severity", ByRule: "By rule", ByUnit: "By unit",
		Accepted: "accepted", AcceptedNote: "accepted by the baseline", Fix: "Fix", Explain: "Rules explained",
		Unreadable: "could not be read", NoTable: "no table to show", NoFindings: "no problems found",
		Department: "Department", MoneyUnit: "Money unit", Document: "document", ToolErrors: "Tool errors: the results may be incomplete",
		Cols: [numCols]string{"Project (unit)", "Total", "Fiscal", "Special account", "Other funds", "Goal", "Period goal",
			"No.", "Level 1", "Level 2", "Indicator", "Operator", "Period value", "Annual value", "Measure", "Weight"},
	},
}

// textsFor returns the words of lang, Chinese unless lang is en.
func textsFor(lang string) *htmlText {
	if t, ok := htmlTexts[lang]; ok {
		return t
	}
	return htmlTexts["zh"]
}
