package rules

import (
	"testing"
	"testing/fstest"
)

func TestBuiltinDictionaryErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"base.yaml":           {Data: []byte("rules: []\n")},
		"dict/typos.yaml":     {Data: []byte("正产: [正常]\n")},
		"dict/vague.yaml":     {Data: []byte("进一步: 1\n")},
		"dict/framework.yaml": {Data: []byte("- code: \"1\"\n  name: 产出\n  children:\n    - {code: \"11\", name: 数量, children: []}\n- {name: 效益}\n")},
		"dict/words.yaml":     {Data: []byte("[]\n")},
	}
	_, err := builtinFrom(fsys)
	want := `rules/default/dict/framework.yaml:4:30: children category: unknown key "children"; expected one of code, name, aliases
rules/default/dict/framework.yaml:5:3: framework category needs a code and a name
rules/default/dict/typos.yaml:1:5: typos 正产 must be a string, not a sequence
rules/default/dict/vague.yaml:1:1: vague must be a sequence of strings, not a mapping
rules/default/dict/words.yaml:1:1: unknown dictionary "words.yaml"; expected typos.yaml, topics.yaml, vague.yaml or framework.yaml`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
	wantZh := `rules/default/dict/framework.yaml:4:30: 「children」中的类别：未知的键「children」，应为 code、name、aliases 之一
rules/default/dict/framework.yaml:5:3: 「framework」中的类别需要 code 和 name
rules/default/dict/typos.yaml:1:5: 「typos」中「正产」的值应为字符串，而不是列表
rules/default/dict/vague.yaml:1:1: 「vague」应为字符串列表，而不是映射（键: 值）
rules/default/dict/words.yaml:1:1: 未知的词典「words.yaml」，应为 typos.yaml、topics.yaml、vague.yaml 或 framework.yaml`
	if err == nil || ErrorText(err, "zh") != wantZh {
		t.Errorf("in Chinese, got\n%s\nwant\n%s", ErrorText(err, "zh"), wantZh)
	}
}
