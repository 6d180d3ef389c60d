package engine

import (
	"strings"
	"testing"
)

// TestZhText checks the Chinese of one example of every known message, in
// the order zhPatterns tries them, and that an unknown message stays as it is
// after its part name.
func TestZhText(t *testing.T) {
	cases := [][2]string{
		{`unknown name xname`, `未知的名称 xname`},
		{`type table.Project has no field xname`, `类型 table.Project 没有字段 xname`},
		{`type table.Project has no method Foo`, `类型 table.Project 没有方法 Foo`},
		{`invalid operation: - (mismatched types string and int)`, `无效的运算 -（类型不匹配：string 与 int）`},
		{`unexpected token Operator(":")`, `此处不应出现 Operator(":")`},
		{`unexpected end of expression`, `表达式不完整`},
		{`invalid operation: > between decimal.Decimal and string`, `无效的运算：decimal.Decimal 与 string 之间不能用 >`},
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
		{`dsum: element 0 is string, not a number`, `dsum：第 0 个元素是 string，不是数`},
		{`dsum: argument is int, not a list`, `dsum：参数是 int，不是列表`},
		{`gave string, not true, false, nil or a list of findings`, `结果是 string，而不是 true、false、nil 或发现列表`},
		{`gave int, not true or false`, `结果是 int，而不是 true 或 false`},
		{`must give true, false, nil or a list of findings, not int`, `应给出 true、false、nil 或发现列表，而不是 int`},
		{`must give true or false, not string`, `应给出 true 或 false，而不是 string`},
		{`scope "row" is not one of document, unit, project, indicator`, `scope「row」应为 document、unit、project 或 indicator`},
		{`"xname" is not a field of project; expected one of name, goal`, `「xname」不是 project 的字段；应为以下之一：name, goal`},
		{`${ is not closed by }`, `${ 缺少对应的 }`},
		{`finding key "at": "xname" is not a field of project; expected one of name`, `发现中 at 的值「xname」不是 project 的字段；应为以下之一：name`},
		{`finding range 3..9 is outside the text of "name" (4 UTF-16 units)`, `发现的范围 3..9 超出了「name」的文本（4 个 UTF-16 码元）`},
		{`finding key "range" is string, not a list of two numbers`, `发现中键「range」的值是 string，而不是 a list of two numbers`},
		{`bad pattern "[": syntax error`, `模式「[」有误：syntax error`},
		{`check: unknown name xname`, `check：未知的名称 xname`},
		{`message.en: ${ is not closed by }`, `message.en：${ 缺少对应的 }`},
		{`when: something new`, `when：something new`},
	}
	for _, c := range cases {
		if got := zhText(c[0]); got != c[1] {
			t.Errorf("zhText(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	used := 0
	for _, p := range zhPatterns {
		for _, c := range cases {
			if p.re.MatchString(c[0]) && !strings.HasPrefix(c[0], "check:") {
				used++
				break
			}
		}
	}
	if used != len(zhPatterns) {
		t.Errorf("%d of %d patterns have an example", used, len(zhPatterns))
	}
}
