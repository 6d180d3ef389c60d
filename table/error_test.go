package table

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestErrorTextInBothLanguages(t *testing.T) {
	encrypted := append(append(append([]byte{}, oleMagic...), make([]byte, 512)...), utf16LEBytes("EncryptionInfo")...)
	const binaryZh = "二进制数据，应为 UTF-8、GB18030/GBK 或带字节顺序标记（BOM）的 UTF-16 文本"
	tests := []struct {
		name, path, data string
		en, zh           string
	}{
		{"empty", "e.txt", "",
			"e.txt: cannot read as a text table: empty file, expected a performance-goal table",
			"e.txt: 无法作为文本表格读取：空文件，应为绩效目标表"},
		{"binary", "b.txt", "项目名称\n\x00\x01",
			"b.txt: cannot read as a text table: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (NUL character at line 2)",
			"b.txt: 无法作为文本表格读取：" + binaryZh + "（第 2 行有 NUL 字符）"},
		{"odd UTF-16", "u.csv", "\xFF\xFEa",
			"u.csv: cannot read CSV: binary data, expected text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark (odd number of bytes in UTF-16 text)",
			"u.csv: 无法读取 CSV 文件：" + binaryZh + "（UTF-16 文本的字节数为奇数）"},
		{"no header", "n.txt", "填表说明\n",
			"n.txt: not a performance-goal table: no header row found (expected columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值)",
			"n.txt: 不是绩效目标表：未找到表头行（应有 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，或 项目名称 … 一级指标 二级指标 三级指标 指标值）"},
		{"not a zip", "b.xlsx", "项目名称\n",
			"b.xlsx: not an XLSX workbook: expected a zip file (an .xlsx saved by Excel or WPS)",
			"b.xlsx: 不是 XLSX 工作簿：应为 zip 文件（Excel 或 WPS 保存的 .xlsx）"},
		{"damaged zip", "d.xlsx", "PK\x03\x04 broken",
			"d.xlsx: not an XLSX workbook: the zip file is damaged: zip: not a valid zip file",
			"d.xlsx: 不是 XLSX 工作簿：zip 文件已损坏：zip: not a valid zip file"},
		{"password", "p.xlsx", string(encrypted),
			"p.xlsx: workbook is password-protected (受密码保护): save a copy without a password and read that",
			"p.xlsx: 工作簿受密码保护：请另存一份不设密码的副本，再检查该副本"},
		{"unterminated quote", "q.csv", "项目名称,总计\n\"甲,1\n",
			`q.csv:2:1: quoted field is never closed: expected a closing "`,
			`q.csv:2:1: 引号字段没有结束：应有结束的双引号 "`},
		{"text after quote", "a.csv", "项目名称,总计\n\"甲\"乙,1\n",
			"a.csv:2:4: unexpected text after a closing quote: expected the delimiter or the end of the line",
			"a.csv:2:4: 结束引号之后还有文字：应为分隔符或行尾"},
		{"YAML unknown key", "k.yaml", "units: []\ncolour: 1\n",
			"k.yaml:2: not a jxlint YAML document: unknown key \"colour\"",
			"k.yaml:2: 不是 jxlint 的 YAML 文档：未知的键「colour」"},
		{"JSON wrong type", "t.json", "{\"units\": [{\"name\": 3}]}",
			"t.json:1:21: not a jxlint JSON document: units.name is a number, expected a string",
			"t.json:1:21: 不是 jxlint 的 JSON 文档：units.name 是数字，应为字符串"},
		{"JSON list", "l.json", "[{}, {}]",
			"l.json: holds a list of several documents; expected one document (one table per file)",
			"l.json: 是多个文档的列表：应为一个文档（每个文件一张表）"},
		{"YAML null project", "y.yaml", "units:\n  - projects: [null]\n",
			"y.yaml: units[0].projects[0] is empty; expected a project",
			"y.yaml: units[0].projects[0] 为空：应为一个项目"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.path, []byte(tt.data))
			var te *Error
			if !errors.As(err, &te) {
				t.Fatalf("got %v, want a *table.Error", err)
			}
			if got := err.Error(); got != tt.en {
				t.Errorf("Error()\ngot  %s\nwant %s", got, tt.en)
			}
			if got := ErrorText(err, "en"); got != tt.en {
				t.Errorf("ErrorText en\ngot  %s\nwant %s", got, tt.en)
			}
			if got := ErrorText(err, "zh"); got != tt.zh {
				t.Errorf("ErrorText zh\ngot  %s\nwant %s", got, tt.zh)
			}
		})
	}
}

func TestReadFileMissingInBothLanguages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "没有.txt")
	_, err := ReadFile(path)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v, want an error wrapping os.ErrNotExist", err)
	}
	if got, want := ErrorText(err, "en"), path+": file not found"; got != want {
		t.Errorf("en\ngot  %s\nwant %s", got, want)
	}
	if got, want := ErrorText(err, "zh"), path+": 文件不存在"; got != want {
		t.Errorf("zh\ngot  %s\nwant %s", got, want)
	}
}

func TestErrorPlaces(t *testing.T) {
	cause := errors.New("cause")
	tests := []struct {
		err    *Error
		en, zh string
	}{
		{&Error{Path: "a.txt", Line: 3, Column: 5, Msg: "bad", Zh: "坏"}, "a.txt:3:5: bad", "a.txt:3:5: 坏"},
		{&Error{Path: "a.txt", Line: 3, Msg: "bad", Zh: "坏", Err: cause}, "a.txt:3: bad: cause", "a.txt:3: 坏：cause"},
		{&Error{Path: "b.xlsx", Sheet: "表1", Cell: "C4", Msg: "bad", Zh: "坏"}, "b.xlsx:表1!C4: bad", "b.xlsx:表1!C4: 坏"},
		{&Error{Path: "c.csv", Msg: "bad"}, "c.csv: bad", "c.csv: bad"}, // no Chinese: the English stands in
	}
	for _, tt := range tests {
		if got := tt.err.In("en"); got != tt.en {
			t.Errorf("In(en) = %q, want %q", got, tt.en)
		}
		if got := tt.err.In("zh"); got != tt.zh {
			t.Errorf("In(zh) = %q, want %q", got, tt.zh)
		}
	}
	if got := ErrorText(cause, "zh"); got != "cause" {
		t.Errorf("ErrorText of a plain error = %q, want its Error()", got)
	}
}
