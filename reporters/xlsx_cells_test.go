package reporters

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table/tabletest"
)

// TestXLSXCommentNamesCharacters annotates the corpus saved as a workbook: the
// comment of a cell names the characters each finding flags in it (第N-M字),
// and those characters of the cell's value are the flagged text.
func TestXLSXCommentNamesCharacters(t *testing.T) {
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	book, err := tabletest.XLSX(data)
	if err != nil {
		t.Fatal(err)
	}
	l, set := builtinLinter(t, "zh")
	run := testRun("zh")
	run.Rules = set.Rules
	results := []*engine.FileResult{lintData(t, l, "pazhou.xlsx", book)}
	wb := openWorkbook(t, render(t, "xlsx", run, results, summarize(results)))
	comments := commentsByCell(t, wb)
	chars := regexp.MustCompile(`^（第(\d+)(?:-(\d+))?字）`)
	checked := 0
	for _, f := range results[0].Findings {
		if !f.Span.InCell() || f.Text == "" {
			continue
		}
		comment := comments[f.Span.Sheet()+"!"+f.Span.Cell()]
		_, after, ok := strings.Cut(comment, "："+f.Message)
		m := chars.FindStringSubmatch(after)
		if !ok || m == nil {
			t.Errorf("%s at %s!%s: comment %q does not name the characters after the message", f.RuleID, f.Span.Sheet(), f.Span.Cell(), comment)
			continue
		}
		first, _ := strconv.Atoi(m[1])
		last := first
		if m[2] != "" {
			last, _ = strconv.Atoi(m[2])
		}
		value, err := wb.GetCellValue(f.Span.Sheet(), f.Span.Cell())
		if err != nil {
			t.Fatal(err)
		}
		u := utf16.Encode([]rune(value))
		if last > len(u) || string(utf16.Decode(u[first-1:last])) != f.Text {
			t.Errorf("%s at %s!%s: characters %d-%d of the cell are not %q", f.RuleID, f.Span.Sheet(), f.Span.Cell(), first, last, f.Text)
		}
		checked++
	}
	if checked < 20 {
		t.Errorf("only %d findings flag characters inside a cell", checked)
	}
}
