package reporters

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// parsedMarkdown is what a GitHub-flavoured Markdown parser reads from a report.
type parsedMarkdown struct {
	headings []string
	tables   [][][]string // table, row (the header first), cell text
	links    map[string]string
	text     string // the paragraphs and list items
}

// parseMarkdown parses out with goldmark's GitHub-flavoured Markdown and
// returns its headings, tables, links and text, as a reader sees them.
func parseMarkdown(t *testing.T, out []byte) parsedMarkdown {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	doc := md.Parser().Parse(text.NewReader(out))
	p := parsedMarkdown{links: map[string]string{}}
	var texts []string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			p.headings = append(p.headings, plainText(n, out))
			return ast.WalkSkipChildren, nil
		case *east.Table:
			var rows [][]string
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				var cells []string
				for c := r.FirstChild(); c != nil; c = c.NextSibling() {
					cells = append(cells, plainText(c, out))
				}
				rows = append(rows, cells)
			}
			p.tables = append(p.tables, rows)
		case *ast.Link:
			p.links[plainText(n, out)] = string(n.Destination)
		case *ast.Paragraph, *ast.TextBlock:
			texts = append(texts, plainText(n, out))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	p.text = strings.Join(texts, "\n")
	for _, tb := range p.tables {
		for i, row := range tb {
			if len(row) != len(tb[0]) {
				t.Errorf("table row %d has %d cells, the header %d:\n%s", i, len(row), len(tb[0]), out)
			}
		}
	}
	return p
}

// plainText returns the text of n's inline content as a reader sees it.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			// As goldmark's HTML renderer writes it (backslash escapes and
			// character references resolved), then read back from HTML.
			var h bytes.Buffer
			w := bufio.NewWriter(&h)
			gmhtml.DefaultWriter.Write(w, c.Segment.Value(src))
			_ = w.Flush() // to a buffer: never fails
			b.WriteString(html.UnescapeString(h.String()))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.CodeSpan:
			for g := c.FirstChild(); g != nil; g = g.NextSibling() {
				if tx, ok := g.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// TestMarkdownReadsBack checks what a reader of the test results sees: the
// counts by rule with links to the rules' pages, places and messages that
// come through Markdown unchanged (pipes, asterisks, backticks), and the
// unreadable file.
func TestMarkdownReadsBack(t *testing.T) {
	results := testResults()
	results[0].Findings[0].Message = "项目「a|b*c*」缺少`满意度`指标"
	p := parseMarkdown(t, render(t, "markdown", testRun("zh"), results, testSummary()))
	wantHeadings := []string{"jxlint", "按规则", "问题", "无法读取的文件", "运行错误"}
	if strings.Join(p.headings, ",") != strings.Join(wantHeadings, ",") {
		t.Errorf("headings = %q, want %q", p.headings, wantHeadings)
	}
	if len(p.tables) != 2 {
		t.Fatalf("%d tables, want 2", len(p.tables))
	}
	byRule := p.tables[0]
	want := [][]string{{"规则", "严重程度", "数量"}, {"missing-category 缺少一级指标", "错误", "1"},
		{"typo 错别字", "警告", "2"}, {"unknown-rule", "警告", "1"}, {"indicator-value-same 实施周期值与年度值相同", "提示", "1"}}
	if fmt.Sprint(byRule) != fmt.Sprint(want) {
		t.Errorf("counts by rule =\n%q\nwant\n%q", byRule, want)
	}
	if got := p.links["missing-category"]; got != "https://example.org/jxlint/rules/missing-category" {
		t.Errorf("link of missing-category = %q", got)
	}
	findings := p.tables[1]
	if len(findings) != 6 {
		t.Fatalf("%d rows of findings, want a header and 5", len(findings))
	}
	if got := findings[1]; got[0] != "/src/jxlint/tables/琶洲 目标表.txt:9:1" && got[0] != "tables/琶洲 目标表.txt:9:1" ||
		got[3] != "项目「a|b*c*」缺少`满意度`指标" {
		t.Errorf("first finding reads %q", got)
	}
	if got := findings[4][0]; got != "tables/目标表.xlsx:项目表!G14:1-2" {
		t.Errorf("workbook finding's place reads %q", got)
	}
	if !strings.Contains(p.text, `tables/坏.csv:3:5: 引号字段没有结束：应有结束的双引号 "`) {
		t.Errorf("the unreadable file is not listed:\n%s", p.text)
	}
	if !strings.Contains(p.text, "/elsewhere/其他.txt:4:1: 规则「row-sum」：check：下标越界：0（列表长度为 0）\njxlint: 没有读取到任何表格") {
		t.Errorf("the tool errors are not listed:\n%s", p.text)
	}
}

// TestMarkdownListsFirstFindings checks that a long run lists the first
// findings and says how many more there are.
func TestMarkdownListsFirstFindings(t *testing.T) {
	res := &engine.FileResult{Path: textPath}
	for i := range 120 {
		res.Findings = append(res.Findings, engine.Finding{RuleID: "typo", Severity: rules.Warning,
			Message: fmt.Sprintf("第%d个", i+1), Path: textPath, Span: table.Span{Line: int32(i + 1), Column: 1}})
	}
	p := parseMarkdown(t, render(t, "markdown", testRun("en"), []*engine.FileResult{res}, Summary{Warnings: 120, Files: 1}))
	if got := p.tables[1]; len(got) != markdownMaxFindings+1 || got[markdownMaxFindings][3] != "第50个" {
		t.Errorf("%d rows listed, last %q", len(got)-1, got[len(got)-1])
	}
	if !strings.Contains(p.headings[2], "First 50 findings") || !strings.Contains(p.text, "70 more findings not listed.") {
		t.Errorf("headings %q, text:\n%s", p.headings, p.text)
	}
	if got := p.tables[0][1]; got[2] != "120" {
		t.Errorf("typo counted %s times, want 120", got[2])
	}
}
