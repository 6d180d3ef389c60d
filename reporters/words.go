package reporters

import (
	"fmt"
	"strings"

	"github.com/jxlint/jxlint/rules"
)

// severityWord returns the severity as a user reads it in lang.
func severityWord(s rules.Severity, lang string) string {
	if lang == "en" {
		return string(s)
	}
	switch s {
	case rules.Error:
		return "错误"
	case rules.Warning:
		return "警告"
	case rules.Info:
		return "提示"
	}
	return string(s)
}

// summaryLine renders the closing line of the text and GitHub outputs, e.g.
// "3 个错误，12 个警告，4 个提示（2 个已被基线接受，1 条基线已过期）".
func summaryLine(sum Summary, lang string) string {
	var notes []string
	var s string
	if lang == "en" {
		if sum.Suppressed > 0 {
			notes = append(notes, fmt.Sprintf("%d accepted by the baseline", sum.Suppressed))
		}
		if sum.Ignored > 0 {
			notes = append(notes, fmt.Sprintf("%d ignored by configuration", sum.Ignored))
		}
		if sum.Stale > 0 {
			notes = append(notes, fmt.Sprintf("%d stale baseline %s", sum.Stale, plural(sum.Stale, "entry", "entries")))
		}
		if sum.FilesSkipped > 0 {
			read := sum.Files - sum.FilesFailed
			notes = append(notes, fmt.Sprintf("%d %s read, %d skipped", read, plural(read, "file", "files"), sum.FilesSkipped))
		}
		if sum.FilesFailed > 0 {
			notes = append(notes, fmt.Sprintf("%d %s could not be read", sum.FilesFailed, plural(sum.FilesFailed, "file", "files")))
		}
		if n := len(sum.ToolErrors); n > 0 {
			notes = append(notes, fmt.Sprintf("%d %s", n, plural(n, "tool error", "tool errors")))
		}
		if sum.Errors+sum.Warnings+sum.Infos == 0 {
			s = "no problems found"
		} else {
			s = fmt.Sprintf("%d %s, %d %s, %d info", sum.Errors, plural(sum.Errors, "error", "errors"),
				sum.Warnings, plural(sum.Warnings, "warning", "warnings"), sum.Infos)
		}
		if len(notes) > 0 {
			s += " (" + strings.Join(notes, ", ") + ")"
		}
		return s
	}
	if sum.Suppressed > 0 {
		notes = append(notes, fmt.Sprintf("%d 个已被基线接受", sum.Suppressed))
	}
	if sum.Ignored > 0 {
		notes = append(notes, fmt.Sprintf("%d 个已按配置忽略", sum.Ignored))
	}
	if sum.Stale > 0 {
		notes = append(notes, fmt.Sprintf("%d 条基线已过期", sum.Stale))
	}
	if sum.FilesSkipped > 0 {
		notes = append(notes, fmt.Sprintf("读取 %d 个文件，跳过 %d 个", sum.Files-sum.FilesFailed, sum.FilesSkipped))
	}
	if sum.FilesFailed > 0 {
		notes = append(notes, fmt.Sprintf("%d 个文件无法读取", sum.FilesFailed))
	}
	if n := len(sum.ToolErrors); n > 0 {
		notes = append(notes, fmt.Sprintf("%d 个运行错误", n))
	}
	if sum.Errors+sum.Warnings+sum.Infos == 0 {
		s = "未发现问题"
	} else {
		s = fmt.Sprintf("%d 个错误，%d 个警告，%d 个提示", sum.Errors, sum.Warnings, sum.Infos)
	}
	if len(notes) > 0 {
		s += "（" + strings.Join(notes, "，") + "）"
	}
	return s
}

// plural picks the English singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
