package engine

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/vm"
	"github.com/shopspring/decimal"

	"github.com/jxlint/jxlint/rules"
)

// template is a message with ${expr} parts, each compiled once.
type template struct {
	parts []templatePart
}

// templatePart is literal text or, when prog is set, an expression; plain is
// set when the expression is a plain member path that can be read without
// the VM.
type templatePart struct {
	text  string
	prog  *vm.Program
	plain *plainPart
}

// compileTemplate splits a message into literal text and ${…} expressions and
// compiles each; errors point into the rule file from start, the position of
// the message text's first character. With plain, the parts that are plain
// member paths are also noted as such (see plainPart).
func compileTemplate(r *rules.Rule, what, src string, start rules.Pos, ps programs, plain bool) (template, []error) {
	var t template
	var errs []error
	rest, off := src, 0
	for {
		i := strings.Index(rest, "${")
		if i < 0 {
			if rest != "" {
				t.parts = append(t.parts, templatePart{text: rest})
			}
			return t, errs
		}
		if i > 0 {
			t.parts = append(t.parts, templatePart{text: rest[:i]})
		}
		body := off + i + 2 // byte offset of the expression in src
		n := closingBrace(src[body:])
		if n < 0 {
			line, col := textPos(src, off+i)
			errs = append(errs, &rules.PosError{Pos: start.Offset(line, col), Rule: r.ID,
				Msg: what + ": ${ is not closed by }", Zh: what + "：${ 缺少对应的 }"})
			return t, errs
		}
		code := src[body : body+n]
		p, err := ps.compile(code)
		if err != nil {
			line, col := textPos(src, body)
			e := exprError(r, what, code, rules.Pos{Line: 1, Column: 1}, err)
			if e.Pos.Line == 1 {
				e.Pos.Column += col - 1
			}
			e.Pos = start.Offset(line+e.Pos.Line-1, e.Pos.Column)
			errs = append(errs, e)
		}
		part := templatePart{prog: p}
		if plain && err == nil {
			part.plain = parsePlainPart(code)
		}
		t.parts = append(t.parts, part)
		off = body + n + 1
		rest = src[off:]
	}
}

// closingBrace returns the index in s of the } that closes an expression, or
// -1; braces inside the expression's own maps and string literals are skipped.
func closingBrace(s string) int {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote != '`' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '{':
			depth++
		case c == '}':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// render writes the message for env, running each part with machine.
func (t *template) render(b *bytes.Buffer, machine *vm.VM, env *Env, lang string) error {
	for _, p := range t.parts {
		if p.prog == nil {
			b.WriteString(p.text)
			continue
		}
		if p.plain != nil && p.plain.write(b, env, lang) {
			continue
		}
		v, err := machine.Run(p.prog, env)
		if err != nil {
			return err
		}
		writeValue(b, v, lang)
	}
	return nil
}

// writeValue writes a value as a message shows it: decimals exactly, lists
// joined with 、 (or ", " in English), nil as nothing.
func writeValue(b *bytes.Buffer, v any, lang string) {
	switch x := v.(type) {
	case nil:
	case string:
		b.WriteString(x)
	case decimal.Decimal:
		b.WriteString(decimalText(x))
	case *decimal.Decimal:
		if x != nil {
			b.WriteString(decimalText(*x))
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
	case []any:
		sep := "、"
		if lang == "en" {
			sep = ", "
		}
		for i, e := range x {
			if i > 0 {
				b.WriteString(sep)
			}
			writeValue(b, e, lang)
		}
	case []string:
		sep := "、"
		if lang == "en" {
			sep = ", "
		}
		b.WriteString(strings.Join(x, sep))
	default:
		fmt.Fprint(b, x)
	}
}

// decimalText writes d with the decimals it was written with: 90.50 stays
// 90.50, and a sum has the decimals of its most precise term.
func decimalText(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 {
		return d.StringFixed(-e)
	}
	return d.String()
}
