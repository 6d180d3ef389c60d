package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// inputErrorCase is a file that cannot be read and what a user reads about it,
// after "path" (or "path:line:col"), in Chinese and in English.
type inputErrorCase struct {
	name, file, data string
	at               string // the place after the path, such as ":2:1", or ""
	zh, en           string
}

// inputErrorCases covers the kinds of unreadable input.
func inputErrorCases() []inputErrorCase {
	encrypted := "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 512) +
		"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00"
	const binaryZh = "二进制数据，应为 UTF-8、GB18030/GBK 或带字节顺序标记（BOM）的 UTF-16 文本"
	const binaryEn = "binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark"
	return []inputErrorCase{
		{name: "empty", file: "空.txt", data: "",
			zh: "无法作为文本表格读取：空文件，应为绩效目标表",
			en: "cannot read as a text table: empty file, expected a performance-goal table"},
		{name: "binary", file: "bin.txt", data: "项目名称\n\x00\x01",
			zh: "无法作为文本表格读取：" + binaryZh + "（第 2 行有 NUL 字符）",
			en: "cannot read as a text table: " + binaryEn + " (NUL character at line 2)"},
		{name: "no header", file: "说明.txt", data: "填表说明\n",
			zh: "不是绩效目标表：未找到表头行（应有 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，或 项目名称 … 一级指标 二级指标 三级指标 指标值）",
			en: "not a performance-goal table: no header row found (expected columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)"},
		{name: "not a zip", file: "坏.xlsx", data: "项目名称\t总计\n",
			zh: "不是 XLSX 工作簿：应为 zip 文件（Excel 或 WPS 保存的 .xlsx）",
			en: "not an XLSX workbook: expected a zip file (an .xlsx saved by Excel or WPS)"},
		{name: "password", file: "密.xlsx", data: encrypted,
			zh: "工作簿受密码保护：请另存一份不设密码的副本，再检查该副本",
			en: "workbook is password-protected (受密码保护): save a copy without a password and read that"},
		{name: "unterminated quote", file: "q.csv", data: "项目名称,总计\n\"甲,1\n", at: ":2:1",
			zh: `引号字段没有结束：应有结束的双引号 "`,
			en: `quoted field is never closed: expected a closing "`},
	}
}

// writeInputErrorCases writes the cases' files into a new folder and returns
// their paths, then the path of a file that does not exist.
func writeInputErrorCases(t *testing.T, cases []inputErrorCase) (paths []string, missing string) {
	t.Helper()
	dir := t.TempDir()
	for _, c := range cases {
		p := filepath.Join(dir, c.file)
		if err := os.WriteFile(p, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths, filepath.Join(dir, "没有.txt")
}

func TestLintInputErrorsInBothLanguages(t *testing.T) {
	cases := inputErrorCases()
	paths, missing := writeInputErrorCases(t, cases)
	for _, lang := range []string{"zh", "en"} {
		args := append([]string{"lint", "--no-config", "--lang", lang}, paths...)
		out, errs, code := runCmd(t, append(args, missing)...)
		if code != 2 || errs != "" {
			t.Errorf("%s: exit %d, stderr %q; want 2 and nothing", lang, code, errs)
		}
		var want strings.Builder
		for i, c := range cases {
			want.WriteString(paths[i] + c.at + inLang(lang, ": 错误: "+c.zh, ": error: "+c.en) + "\n")
		}
		want.WriteString(missing + inLang(lang, ": 错误: 文件不存在", ": error: file not found") + "\n")
		want.WriteString(inLang(lang, "未发现问题（7 个文件无法读取）", "no problems found (7 files could not be read)") + "\n")
		if out != want.String() {
			t.Errorf("%s: stdout\n%s\nwant\n%s", lang, out, want.String())
		}
	}
}

func TestLintJSONInputErrorInChinese(t *testing.T) {
	cases := inputErrorCases()[:1]
	paths, _ := writeInputErrorCases(t, cases)
	out, _, code := runCmd(t, "lint", "--no-config", "--format", "json", paths[0])
	var log struct{ Files []struct{ Error string } }
	if err := json.Unmarshal([]byte(out), &log); err != nil || code != 2 || len(log.Files) != 1 {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	if want := paths[0] + ": " + cases[0].zh; log.Files[0].Error != want {
		t.Errorf("error %q, want %q", log.Files[0].Error, want)
	}
}

func TestParseInputErrorsInBothLanguages(t *testing.T) {
	cases := inputErrorCases()
	paths, missing := writeInputErrorCases(t, cases)
	for _, lang := range []string{"zh", "en"} {
		code, out, errs := runParse(t, append(append([]string{"parse", "--lang", lang}, paths...), missing)...)
		if code != 2 || out != "[]\n" {
			t.Errorf("%s: exit %d, stdout %q; want 2 and an empty array", lang, code, out)
		}
		var want strings.Builder
		for i, c := range cases {
			want.WriteString("jxlint: " + paths[i] + c.at + ": " + inLang(lang, c.zh, c.en) + "\n")
		}
		want.WriteString("jxlint: " + missing + ": " + inLang(lang, "文件不存在", "file not found") + "\n")
		if errs != want.String() {
			t.Errorf("%s: stderr\n%s\nwant\n%s", lang, errs, want.String())
		}
	}
}
