package reporters

import (
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
)

// withSource gives the text file of testResults its decoded text: lines of
// a packed table, line 9 and line 12 hundreds of characters long, with CRLF
// line ends.
func withSource() []*engine.FileResult {
	results := testResults()
	lines := make([]string, 12)
	for i := range lines {
		lines[i] = "第" + string(rune('0'+i%10)) + "行"
	}
	lines[8] = "机构运行保障经费\t100\t" + strings.Repeat("做好日常工作，", 58) + "吸引大模型人才。" + strings.Repeat("其他", 40)
	lines[11] = strings.Repeat("a", 300) + "正产\t1234567正产" + strings.Repeat("尾", 200)
	results[0].Source = strings.Join(lines, "\r\n") + "\r\n"
	return results
}

// TestTextSource: --show-source puts the flagged line under each finding
// of a text file, cut to a window around the marked characters, in the
// plain and the grouped layout; workbook findings and files without source
// get none.
func TestTextSource(t *testing.T) {
	for _, tc := range []struct {
		name    string
		grouped bool
		lang    string
	}{
		{"text-source.golden", false, "zh"},
		{"text-grouped.golden", true, "zh"},
		{"text-grouped-en.golden", true, "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := testRun(tc.lang)
			run.ShowSource, run.Grouped = true, tc.grouped
			checkGolden(t, tc.name, render(t, "text", run, withSource(), testSummary()))
		})
	}
}

// TestTextGroupedWithoutSource: grouping alone prints no source lines.
func TestTextGroupedWithoutSource(t *testing.T) {
	run := testRun("zh")
	run.Grouped = true
	got := string(render(t, "text", run, withSource(), testSummary()))
	if strings.Contains(got, " | ") {
		t.Errorf("source lines without ShowSource:\n%s", got)
	}
	if strings.Count(got, textPath) != 1 {
		t.Errorf("the text file's path is not printed once:\n%s", got)
	}
}
