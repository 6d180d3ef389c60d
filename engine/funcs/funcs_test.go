package funcs

import (
	"bytes"
	"reflect"
	"sync"
	"testing"

	"github.com/expr-lang/expr"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/jxlint/jxlint/table/tablegen"
)

var (
	dictsOnce sync.Once
	dicts     *rules.Dictionaries
)

// builtinDicts loads the built-in dictionaries once.
func builtinDicts(t testing.TB) *rules.Dictionaries {
	t.Helper()
	dictsOnce.Do(func() {
		set, err := rules.Builtin()
		if err != nil {
			t.Fatalf("rules.Builtin: %v", err)
		}
		dicts = &set.Dicts
	})
	if dicts == nil {
		t.Fatal("built-in dictionaries did not load")
	}
	return dicts
}

// eval compiles and runs code with the helper functions and env.
func eval(t *testing.T, code string, env map[string]any) any {
	t.Helper()
	opts := append([]expr.Option{expr.Env(env)}, options(builtinDicts(t))...)
	prog, err := expr.Compile(code, opts...)
	if err != nil {
		t.Fatalf("compile %s: %v", code, err)
	}
	out, err := expr.Run(prog, env)
	if err != nil {
		t.Fatalf("run %s: %v", code, err)
	}
	return out
}

func TestOptionsCompileEveryFunction(t *testing.T) {
	env := map[string]any{"s": "经费到位后，7个工作日内拨出。"}
	tests := []struct {
		code string
		want any
	}{
		{`normalize(" 正常运转。 ")`, "正常运转"},
		{`len(typos("正产运转"))`, 1},
		{`typos("正产运转")[0].fix`, "正常"},
		{`fixTypos("基层组织正产运转，拔付及时")`, "基层组织正常运转，拨付及时"},
		{`vagueWords("进一步优化")[0].word`, "进一步"},
		{`halfWidthPunct("指标值: 及时")[0].fix`, "："},
		{`topics("推动游戏产业健康发展")`, []string{"游戏产业"}},
		{`numbers(s)`, []float64{7}},
		{`quantities(s)[0].unit`, "个工作日"},
		{`percent("90%以上")`, 90.0},
		{`percent("正常运转")`, nil},
		{`percents("由80%提高到90%")`, []float64{80, 90}},
		{`isQuantified(s)`, true},
		{`hasTimeLimit(s)`, true},
		{`sameUnit("人", "人次")`, true},
		{`level1Canon("产出指标")`, "产出"},
		{`level2Canon("环境效益指标")`, "生态效益"},
		{`parentOf("社会效益")`, "效益"},
		{`level1ByCode("2")`, "效益"},
		{`level2ByCode("21")`, "经济效益"},
		{`firstSame(["a", "b", "a", ""])`, []int{-1, -1, 0, -1}},
		{`map(numberingBreaks(["1", "2", "4"]), .want)`, []any{"3"}},
	}
	for _, tt := range tests {
		if got := eval(t, tt.code, env); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s = %#v, want %#v", tt.code, got, tt.want)
		}
	}
}

// options declares every helper as an expr function, bound to the
// dictionaries d, for tests that call helpers by name in a map environment.
func options(d *rules.Dictionaries) []expr.Option {
	h := newHelpers(d)
	t := newTyped(h)
	return append([]expr.Option{
		// Text.
		str("normalize", t.Normalize, new(func(string) string)),
		str("fixTypos", t.FixTypos, new(func(string) string)),
		str("topics", t.Topics, new(func(string) []string)),
		anyArg("projectText", t.ProjectText, new(func(any) string)),
		// Numbers and values.
		str("isQuantified", t.IsQuantified, new(func(string) bool)),
		str("hasTimeLimit", t.HasTimeLimit, new(func(string) bool)),
		expr.Function("sameUnit", func(p ...any) (any, error) {
			return t.SameUnit(p[0].(string), p[1].(string)), nil
		}, new(func(string, string) bool)),
		// Amounts.
		anyArg("hasAmounts", t.HasAmounts, new(func(any) bool)),
		anyArg("hasFunding", t.HasFunding, new(func(any) bool)),
		anyArg("hasInvalid", t.HasInvalid, new(func(any) bool)),
		anyArg("badRowSum", t.BadRowSum, new(func(any) bool)),
		// The indicator framework.
		str("level1Canon", t.Level1Canon, new(func(string) string)),
		str("level2Canon", t.Level2Canon, new(func(string) string)),
		str("parentOf", t.ParentOf, new(func(string) string)),
		str("level1ByCode", t.Level1ByCode, new(func(string) string)),
		str("level2ByCode", t.Level2ByCode, new(func(string) string)),
		anyArg("level1Of", t.Level1Of, new(func(any) string)),
		// Lists.
		anyArg("indicatorKey", t.IndicatorKey, new(func(any) string)),
	}, untypedOptions(h)...)
}

// generatedDoc generates a table of about size bytes with opt and reads it.
func generatedDoc(t *testing.T, opt tablegen.Options, size int64) *table.Document {
	t.Helper()
	var buf bytes.Buffer
	if _, err := tablegen.GenerateSize(&buf, opt, size); err != nil {
		t.Fatal(err)
	}
	doc, err := table.Read("generated.txt", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
