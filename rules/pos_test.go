package rules

import (
	"errors"
	"os"
	"testing"
)

func TestExpressionPositions(t *testing.T) {
	const f = "testdata/rulefiles/positions.yaml"
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := LoadFile(f, data)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range rs {
		byID[r.ID] = r
	}
	p := func(line, col int) Pos { return Pos{File: f, Line: line, Column: col} }
	tests := []struct {
		name string
		got  Pos
		want Pos
	}{
		{"plain rule", byID["plain"].Pos, p(3, 5)},
		{"plain when", byID["plain"].WhenPos, p(7, 11)},
		{"plain check", byID["plain"].CheckPos, p(8, 12)},
		{"single-quoted message", byID["plain"].MessagePos, p(9, 15)},
		{"plain check, expr col 5", byID["plain"].CheckPos.Offset(1, 5), p(8, 16)},
		{"folded when", byID["block"].WhenPos, p(15, 7)},
		{"literal check", byID["block"].CheckPos, p(17, 7)},
		{"literal check, expr line 2 col 5", byID["block"].CheckPos.Offset(2, 5), p(18, 11)},
		{"literal check, expr line 3 col 3", byID["block"].CheckPos.Offset(3, 3), p(19, 9)},
		{"message zh, double-quoted", byID["block"].MessagePos, p(21, 12)},
		{"after non-BMP characters, UTF-16", byID["wide"].CheckPos, p(23, 70)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if want := "project.amounts.total ==\n    project.amounts.fiscal + project.amounts.special\n  + project.amounts.other\n"; byID["block"].Check != want {
		t.Errorf("literal check = %q, want %q", byID["block"].Check, want)
	}
}

func TestPosString(t *testing.T) {
	for _, tt := range []struct {
		p    Pos
		want string
	}{
		{Pos{"a.yaml", 3, 7}, "a.yaml:3:7"},
		{Pos{"a.yaml", 3, 0}, "a.yaml:3"},
		{Pos{"a.yaml", 0, 0}, "a.yaml"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	s := &Set{All: []*Rule{{ID: "too-few-indicators"}, {ID: "typo"}, {ID: "vague-wording"}}}
	for in, want := range map[string]string{"typos": "typo", "vague": "vague-wording", "too-few-indicator": "too-few-indicators", "xyz": ""} {
		if got := s.Suggest(in); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPosErrorIn(t *testing.T) {
	p := Pos{"a.yaml", 3, 7}
	for _, tt := range []struct {
		err    *PosError
		zh, en string
	}{
		{&PosError{Pos: p, Rule: "typo", Msg: "missing \"check\"", Zh: "缺少「check」"},
			`a.yaml:3:7: 规则「typo」：缺少「check」`, `a.yaml:3:7: rule "typo": missing "check"`},
		{&PosError{Pos: p, Rule: "typo", Msg: "check: unexpected token"}, // no Chinese: English whatever the language
			`a.yaml:3:7: rule "typo": check: unexpected token`, `a.yaml:3:7: rule "typo": check: unexpected token`},
		{&PosError{Msg: "include", Zh: "无法读取 include 的规则文件", Err: errors.New("open x: permission denied")},
			"无法读取 include 的规则文件：open x: permission denied", "include: open x: permission denied"},
	} {
		if got := tt.err.In("zh"); got != tt.zh {
			t.Errorf("In(zh) = %q, want %q", got, tt.zh)
		}
		if got := tt.err.In("en"); got != tt.en || tt.err.Error() != tt.en {
			t.Errorf("In(en) = %q, Error() = %q, want %q", got, tt.err.Error(), tt.en)
		}
	}
	joined := errors.Join(&PosError{Pos: p, Msg: "a", Zh: "甲"}, errors.New("plain"))
	if got, want := ErrorText(joined, "zh"), "a.yaml:3:7: 甲\nplain"; got != want {
		t.Errorf("ErrorText(joined) = %q, want %q", got, want)
	}
}
