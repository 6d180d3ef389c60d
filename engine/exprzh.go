package engine

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/expr-lang/expr/file"
)

// The engine writes its own messages in both languages where it makes them
// (see textError). The messages of expr, which checks and runs the rules, are
// English only; exprZh gives the Chinese of those a rule's author meets. A
// message it does not know stays English.

// exprPatterns are expr's known messages, whole, and their Chinese, in the
// order tried.
var exprPatterns = func() []exprPattern {
	pairs := [][2]string{
		{`unknown name (.+)`, `未知的名称 $1`},
		{`type (.+) has no field (.+)`, `类型 $1 没有字段 $2`},
		{`type (.+) has no method (.+)`, `类型 $1 没有方法 $2`},
		{`invalid operation: (.+) \(mismatched types (.+) and (.+)\)`, `无效的运算 $1（类型不匹配：$2 与 $3）`},
		{`unexpected token (.+)`, `此处不应出现 $1`},
		{`unexpected end of expression`, `表达式不完整`},
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
	}
	out := make([]exprPattern, len(pairs))
	for i, p := range pairs {
		out[i] = exprPattern{regexp.MustCompile(`^` + p[0] + `$`), p[1]}
	}
	return out
}()

// exprPattern is one of expr's messages and its Chinese.
type exprPattern struct {
	re *regexp.Regexp
	zh string
}

// exprZh returns expr's message msg in Chinese when it is a known one.
func exprZh(msg string) string {
	for _, p := range exprPatterns {
		if p.re.MatchString(msg) {
			return p.re.ReplaceAllString(msg, p.zh)
		}
	}
	return msg
}

// textError is an error of the engine's own, in English and in Chinese.
type textError struct{ en, zh string }

// Error returns the English text.
func (e *textError) Error() string { return e.en }

// errorText returns the message of err, from a run or a compilation of expr,
// in English and in Chinese: the engine's own message in both, expr's
// translated by exprZh.
func errorText(err error) (en, zh string) {
	var te *textError
	if errors.As(err, &te) {
		return te.en, te.zh
	}
	en = err.Error()
	var fe *file.Error
	if errors.As(err, &fe) {
		en = fe.Message
	}
	return en, exprZh(en)
}

// errorf formats an error of the engine's own in both languages.
func errorf(en, zh string, args ...any) error {
	return &textError{en: fmt.Sprintf(en, args...), zh: fmt.Sprintf(zh, args...)}
}
