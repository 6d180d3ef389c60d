package engine

import (
	"errors"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

// TestExprZh checks the Chinese of one example of every known message of
// expr, in the order exprPatterns tries them, and that an unknown message
// stays as it is.
func TestExprZh(t *testing.T) {
	cases := [][2]string{
		{`unknown name xname`, `未知的名称 xname`},
		{`type table.Project has no field xname`, `类型 table.Project 没有字段 xname`},
		{`type table.Project has no method Foo`, `类型 table.Project 没有方法 Foo`},
		{`invalid operation: - (mismatched types string and int)`, `无效的运算 -（类型不匹配：string 与 int）`},
		{`unexpected token Operator(":")`, `此处不应出现 Operator(":")`},
		{`unexpected end of expression`, `表达式不完整`},
		{`invalid operation: string + int`, `无效的运算：string + int`},
		{`literal not terminated`, `字符串缺少结束引号`},
		{`unrecognized character: U+0040 '@'`, `无法识别的字符：U+0040 '@'`},
		{`invalid number of arguments (expected at least 1, got 0)`, `参数个数不对（至少应为 1 个，实际 0 个）`},
		{`invalid number of arguments (expected 1, got 2)`, `参数个数不对（应为 1 个，实际 2 个）`},
		{`not enough arguments to call normalize`, `调用 normalize 的参数不足`},
		{`too many arguments to call normalize`, `调用 normalize 的参数过多`},
		{`project is not callable`, `project 不能调用`},
		{`cannot redeclare project`, `不能重新声明 project`},
		{`predicate should return boolean (got string)`, `谓词应给出 true 或 false，而不是 string`},
		{`builtin all takes only array (got string)`, `内置函数 all 只接受列表，而不是 string`},
		{`cannot use int as argument (type string) to call normalize `, `调用 normalize 时不能以 int 为参数（类型 string）`},
		{`cannot use int as argument (type string) to call normalize`, `调用 normalize 时不能以 int 为参数（类型 string）`},
		{`invalid argument for len (type int)`, `len 的参数无效（类型 int）`},
		{`cannot fetch name from <nil>`, `无法从 <nil> 取得 name`},
		{`cannot get quantified from facts`, `无法从 facts 取得 quantified`},
		{`index out of range: 0 (array length is 0)`, `下标越界：0（列表长度为 0）`},
		{`interface conversion: interface {} is int, not string`, `类型转换失败：interface {} is int, not string`},
		{`memory budget exceeded`, `超出内存预算`},
		{`something new`, `something new`},
	}
	for _, c := range cases {
		if got := exprZh(c[0]); got != c[1] {
			t.Errorf("exprZh(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	used := 0
	for _, p := range exprPatterns {
		for _, c := range cases {
			if p.re.MatchString(c[0]) {
				used++
				break
			}
		}
	}
	if used != len(exprPatterns) {
		t.Errorf("%d of %d patterns have an example", used, len(exprPatterns))
	}
}

// TestRuleErrorsInBothLanguages checks the errors of rules that fail as they
// run, in Chinese and in English: the engine's own messages and expr's.
func TestRuleErrorsInBothLanguages(t *testing.T) {
	set := setFrom(t, "fails.yaml", []byte(`rules:
  - {id: not-a-list, severity: info, title: x, scope: document, message: m, check: 'params.x', params: {x: t}}
  - {id: bad-key, severity: info, title: x, scope: document, message: m, check: '[{"message": 1}]'}
  - {id: bad-at, severity: info, title: x, scope: document, message: m, check: '[{"at": "nothing"}]'}
  - {id: bad-range, severity: info, title: x, scope: unit, message: m, check: '[{"range": {"start": 2, "end": 9}}]'}
  - {id: bad-dsum, severity: info, title: x, scope: unit, message: m, check: 'dsum([unit.name]) > 0'}
  - {id: bad-decimal, severity: info, title: x, scope: unit, message: m, check: 'unit.amounts.total > params.x', params: {x: t}}
  - {id: bad-when, severity: info, title: x, scope: unit, message: m, when: 'params.x', check: 'true', params: {x: 1}}
  - {id: bad-index, severity: info, title: x, scope: unit, message: m, check: 'unit.projects[9].name == ""'}
`))
	res := mustLinter(t, set, "zh").Worker().Lint(testDoc("t.txt"))
	var zh, en []string
	for _, e := range res.RuleErrors {
		var pe *rules.PosError
		if !errors.As(e.Err, &pe) {
			t.Fatalf("%v is no *rules.PosError", e.Err)
		}
		zh, en = append(zh, pe.Zh), append(en, pe.Msg)
	}
	wantZh := []string{
		"check：结果是 string，而不是 true、false、nil 或发现列表",
		"check：发现中键「message」的值是 int，而不是字符串",
		"check：发现中 at 的值「nothing」不是 document 的字段；应为以下之一：department, moneyUnit, title, total, total.fiscal, total.other, total.special, total.total",
		"check：发现的范围 2..9 超出了「name」的文本（4 个 UTF-16 码元）",
		"check：dsum：第 0 个元素是 string，不是数",
		"check：无效的运算：decimal.Decimal 与 string 之间不能用 >",
		"when：结果是 int，而不是 true 或 false",
		"check：下标越界：9（列表长度为 2）",
	}
	wantEn := []string{
		"check: gave string, not true, false, nil or a list of findings",
		`check: finding key "message" is int, not a string`,
		`check: finding key "at": "nothing" is not a field of document; expected one of department, moneyUnit, title, total, total.fiscal, total.other, total.special, total.total`,
		`check: finding range 2..9 is outside the text of "name" (4 UTF-16 units)`,
		"check: dsum: element 0 is string, not a number",
		"check: invalid operation: > between decimal.Decimal and string",
		"when: gave int, not true or false",
		"check: index out of range: 9 (array length is 2)",
	}
	if strings.Join(zh, "\n") != strings.Join(wantZh, "\n") {
		t.Errorf("Chinese:\n%s\nwant:\n%s", strings.Join(zh, "\n"), strings.Join(wantZh, "\n"))
	}
	if strings.Join(en, "\n") != strings.Join(wantEn, "\n") {
		t.Errorf("English:\n%s\nwant:\n%s", strings.Join(en, "\n"), strings.Join(wantEn, "\n"))
	}
}
