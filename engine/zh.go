package engine

import "regexp"

// The engine reports mistakes in rules with the English text of expr, which
// checks and runs them, or of its own. zhText gives the Chinese text of the
// messages a rule's author meets, for the default language; a message it does
// not know stays English inside the Chinese wrapper.

// zhPatterns are the known messages, whole, and their Chinese, in the order
// tried. The first six are expr's most common compile errors.
var zhPatterns = func() []zhPattern {
	pairs := [][2]string{
		{`unknown name (.+)`, `未知的名称 $1`},
		{`type (.+) has no field (.+)`, `类型 $1 没有字段 $2`},
		{`type (.+) has no method (.+)`, `类型 $1 没有方法 $2`},
		{`invalid operation: (.+) \(mismatched types (.+) and (.+)\)`, `无效的运算 $1（类型不匹配：$2 与 $3）`},
		{`unexpected token (.+)`, `此处不应出现 $1`},
		{`unexpected end of expression`, `表达式不完整`},
		{`invalid operation: (.+) between (.+) and (.+)`, `无效的运算：$2 与 $3 之间不能用 $1`},
		{`invalid operation: (.+)`, `无效的运算：$1`},
		{`literal not terminated`, `字符串缺少结束引号`},
		{`unrecognized character: (.+)`, `无法识别的字符：$1`},
		{`invalid number of arguments \(expected at least (\d+), got (\d+)\)`, `参数个数不对（至少应为 $1 个，实际 $2 个）`},
		{`invalid number of arguments \(expected (\d+), got (\d+)\)`, `参数个数不对（应为 $1 个，实际 $2 个）`},
		{`not enough arguments to call (.+)`, `调用 $1 的参数不足`},
		{`too many arguments to call (.+)`, `调用 $1 的参数过多`},
		{`(.+) is not callable`, `$1 不能调用`},
		{`cannot redeclare (.+)`, `不能重新声明 $1`},
		{`predicate should return boolean \(got (.+)\)`, `谓词应给出 true 或 false，而不是 $1`},
		{`builtin (.+) takes only array \(got (.+)\)`, `内置函数 $1 只接受列表，而不是 $2`},
		{`cannot use (.+) as argument \(type (.+)\) to call (\S+) ?`, `调用 $3 时不能以 $1 为参数（类型 $2）`},
		{`invalid argument for (.+) \(type (.+)\)`, `$1 的参数无效（类型 $2）`},
		{`cannot fetch (.+) from (.+)`, `无法从 $2 取得 $1`},
		{`cannot get (.+) from (.+)`, `无法从 $2 取得 $1`},
		{`index out of range: (.+) \(array length is (.+)\)`, `下标越界：$1（列表长度为 $2）`},
		{`interface conversion: (.+)`, `类型转换失败：$1`},
		{`memory budget exceeded`, `超出内存预算`},
		{`dsum: element (\d+) is (.+), not a number`, `dsum：第 $1 个元素是 $2，不是数`},
		{`dsum: argument is (.+), not a list`, `dsum：参数是 $1，不是列表`},
		{`gave (.+), not true, false, nil or a list of findings`, `结果是 $1，而不是 true、false、nil 或发现列表`},
		{`gave (.+), not true or false`, `结果是 $1，而不是 true 或 false`},
		{`must give true, false, nil or a list of findings, not (.+)`, `应给出 true、false、nil 或发现列表，而不是 $1`},
		{`must give true or false, not (.+)`, `应给出 true 或 false，而不是 $1`},
		{`scope "(.+)" is not one of document, unit, project, indicator`, `scope「$1」应为 document、unit、project 或 indicator`},
		{`"(.+)" is not a field of (.+); expected one of (.+)`, `「$1」不是 $2 的字段；应为以下之一：$3`},
		{`\$\{ is not closed by \}`, `${ 缺少对应的 }`},
		{`finding key "at": "(.+)" is not a field of (.+); expected one of (.+)`, `发现中 at 的值「$1」不是 $2 的字段；应为以下之一：$3`},
		{`finding range (.+)\.\.(.+) is outside the text of "(.+)" \((\d+) UTF-16 units\)`, `发现的范围 $1..$2 超出了「$3」的文本（$4 个 UTF-16 码元）`},
		{`finding key "(.+)" is (.+), not (.+)`, `发现中键「$1」的值是 $2，而不是 $3`},
		{`bad pattern "(.+)": (.+)`, `模式「$1」有误：$2`},
	}
	out := make([]zhPattern, len(pairs))
	for i, p := range pairs {
		out[i] = zhPattern{regexp.MustCompile(`^` + p[0] + `$`), p[1]}
	}
	return out
}()

// zhPattern is one known message and its Chinese.
type zhPattern struct {
	re *regexp.Regexp
	zh string
}

// zhPrefix is the name of the part of a rule or configuration a message is
// about, before the message: `check: …`, `message: …`, `at: …`.
var zhPrefix = regexp.MustCompile(`^(when|check|message|message\.en|at|ignore): (.*)$`)

// zhText returns msg in Chinese when it is, after an optional part name, a
// known message; otherwise msg after the translated part name.
func zhText(msg string) string {
	if m := zhPrefix.FindStringSubmatch(msg); m != nil {
		return m[1] + "：" + zhText(m[2])
	}
	for _, p := range zhPatterns {
		if p.re.MatchString(msg) {
			return p.re.ReplaceAllString(msg, p.zh)
		}
	}
	return msg
}
