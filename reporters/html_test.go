package reporters

import (
	"bytes"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// TestHTMLWithoutTables renders results that carry no model (a file that could
// not be read, results from elsewhere): the page lists them and makes no request.
func TestHTMLWithoutTables(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		out := string(render(t, "html", testRun(lang), testResults(), testSummary()))
		want := map[string][]string{
			"zh": {`<html lang="zh-CN">`, "绩效目标表审核报告", "引号字段没有结束", "没有可显示的表格", "已被基线接受", "问题清单",
				"运行错误", "<code>/elsewhere/其他.txt:4:1 row-sum</code> 规则「row-sum」", "<code>jxlint</code> 没有读取到任何表格"},
			"en": {`<html lang="en">`, "Performance-goal table review", "quoted field is never closed", "no table to show", "Findings"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: the page lacks %q", lang, w)
			}
		}
		if n := strings.Count(out, `<li class="fi `); n != 6 {
			t.Errorf("%s: %d findings listed, want 6", lang, n)
		}
		if m := regexp.MustCompile(`(?i)(src|href)="(https?:)?//|@import|url\(`).FindString(out); m != "" {
			t.Errorf("%s: the page refers to something outside it: %s", lang, m)
		}
		if again := render(t, "html", testRun(lang), testResults(), testSummary()); !bytes.Equal(again, []byte(out)) {
			t.Errorf("%s: the same results gave different pages", lang)
		}
	}
}

// TestHTMLEscapesTable checks that the text of a table is shown, never run.
func TestHTMLEscapesTable(t *testing.T) {
	src := "项目支出绩效目标表\n部门名称：区科技局\n单位：万元\n" +
		"项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n" +
		"区科技局\t100.00\t100.00\t\t\t\t\n" +
		"科技\"创新\"<script>alert(1)</script>\t100.00\t100.00\t\t\t支持<b>企业</b>研发&正产。\t" +
		"1、1-产出指标；11-数量指标；支持企业数；实施周期指标值：10家；年度指标值：10家\n"
	doc, err := table.Read("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	goal := doc.Units[0].Projects[0].Spans.Goal
	f := engine.Finding{RuleID: "typo", Severity: rules.Warning, Message: "错别字「正产」<i>", Path: "x.txt",
		Span: table.Span{Line: goal.Line, Column: goal.Column + 14, EndLine: goal.Line, EndColumn: goal.Column + 16},
		Unit: "区科技局", Project: doc.Units[0].Projects[0].Name, Field: "goal", Text: "正产"}
	res := &engine.FileResult{Path: "x.txt", Doc: doc, Findings: []engine.Finding{f}}
	out := string(render(t, "html", testRun("zh"), []*engine.FileResult{res}, Summary{Warnings: 1}))
	for _, bad := range []string{"<script>alert", "<b>企业", "<i>"} {
		if strings.Contains(out, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	if !strings.Contains(out, `支持&lt;b&gt;企业&lt;/b&gt;研发&amp;<mark class="mk s-warning" id="m1"`) {
		t.Errorf("the typo is not marked after the escaped text:\n%s", out[strings.Index(out, `data-field="goal"`):][:400])
	}
}

// TestHTMLSumChecks puts the sum checks beside the amounts they concern.
func TestHTMLSumChecks(t *testing.T) {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "机构运行保障经费\t425.00\t425.00", "机构运行保障经费\t425.00\t420.00", 1)
	results, run := lintText(t, "zh", "bad.txt", bad)
	out := string(render(t, "html", run, results, summarize(results)))
	var sumRow *engine.Finding
	for i, f := range results[0].Findings {
		if f.RuleID == "sum-row" {
			sumRow = &results[0].Findings[i]
		}
	}
	if sumRow == nil {
		t.Fatal("no sum-row finding on the changed table")
	}
	cell := regexp.MustCompile(`<td class="c-total" rowspan="4" data-field="amounts.total"><mark [^>]*data-rule="sum-row"[^>]*>425.00<sup>\d+</sup>` +
		`<span class="tip".*?</mark><span class="note s-error">([^<]*)</span></td>`).FindStringSubmatch(out)
	if cell == nil || cell[1] != html.EscapeString(sumRow.Message) {
		t.Errorf("the total 425.00 is not marked with its sum check beside it: %v", cell)
	}
}
