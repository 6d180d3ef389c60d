package funcs

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestTypos(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	tests := []struct {
		in   string
		want []Match
	}{
		{"正产运转。", []Match{{Word: "正产", Fix: "正常", Start: 0, End: 2}}},
		{"实施周期指标值：正产运转；年度指标值：正产运转。", []Match{{"正产", "正常", 8, 10}, {"正产", "正常", 19, 21}}},
		{"真正产生效益", nil},                         // 正产 across two words
		{"提交个人材料", nil},                         // 人材 across two words
		{"按排名先后拨付", nil},                        // 按排名 is right
		{"合理按排资金", []Match{{"按排", "安排", 2, 4}}}, // the longest entry wins, no overlap
		{"建立台帐，做为依据", []Match{{"台帐", "台账", 2, 4}, {"做为", "作为", 5, 7}}},
		{"截止目前已拔付", []Match{{"截止", "截至", 0, 2}, {"拔付", "拨付", 5, 7}}},
		{"截止日期为6月", nil},
		{"𠀀积效", []Match{{"积效", "绩效", 2, 4}}}, // a character outside the BMP counts two units
	}
	for _, tt := range tests {
		if got := h.typos.find(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("typos(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFixTypos(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	for in, want := range map[string]string{
		"正产运转。":     "正常运转。",
		"建立台帐，因地治宜": "建立台账，因地制宜",
		"没有错字":      "没有错字",
	} {
		if got := h.typos.replace(in); got != want {
			t.Errorf("fixTypos(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVagueWords(t *testing.T) {
	h := newHelpers(builtinDicts(t))
	tests := []struct {
		in   string
		want []string
	}{
		{"进一步优化我区游戏产业的发展环境", []string{"进一步"}},
		{"力争取得实效", []string{"力争"}}, // no overlap with 争取
		{"提高群众参与积极性", nil},         // a noun, not a hedge
		{"积极推进，不断提高", []string{"积极", "不断"}},
		{"7个工作日内拨出", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range h.vague.find(tt.in) {
			got = append(got, m.Word)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("vagueWords(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSplitContext(t *testing.T) {
	tests := []struct{ key, pre, word, suf string }{
		{"正产(运转)", "", "正产", "运转"},
		{"(合理)按排", "合理", "按排", ""},
		{"(一级)指表(值)", "一级", "指表", "值"},
		{"因地治宜", "", "因地治宜", ""},
	}
	for _, tt := range tests {
		if pre, word, suf := splitContext(tt.key); pre != tt.pre || word != tt.word || suf != tt.suf {
			t.Errorf("splitContext(%q) = %q, %q, %q; want %q, %q, %q", tt.key, pre, word, suf, tt.pre, tt.word, tt.suf)
		}
	}
}

func TestDecodeRune(t *testing.T) {
	texts := []string{"正常运转，，：", "a\xe4\xb8", "\xef\xbc", "\xe4\x80\x41", "\xed\xa0\x80", "\xe0\x80\x80", "𝄞x", "\xc2\xa0"}
	for r := rune(0); r <= 0xFFFF; r++ {
		texts = append(texts, string(r)+"x")
	}
	for _, text := range texts {
		for i := range len(text) {
			r, n := decodeRune(text, i)
			wr, wn := utf8.DecodeRuneInString(text[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", text, i, r, n, wr, wn)
			}
		}
	}
}

// TestDecodeThreeBytes compares decodeRune with utf8.DecodeRuneInString on
// every three bytes led by 0xE0–0xEF.
func TestDecodeThreeBytes(t *testing.T) {
	for a := 0xE0; a <= 0xEF; a++ {
		for b := range 256 {
			for c := range 256 {
				text := string([]byte{byte(a), byte(b), byte(c)})
				wr, wn := utf8.DecodeRuneInString(text)
				if r, n := decodeRune(text, 0); r != wr || n != wn {
					t.Fatalf("decodeRune(%q, 0) = %U, %d; want %U, %d", text, r, n, wr, wn)
				}
			}
		}
	}
}
