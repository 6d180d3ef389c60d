package funcs

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quantity is a number found in a text with the measure word that follows it
// (人, 个工作日, %), empty when none does.
type Quantity struct {
	Value float64 `expr:"value"`
	Unit  string  `expr:"unit"`
}

// measureWords are the units recognised after a number, longest first where one
// is the start of another.
var measureWords = sortedLongestFirst([]string{
	"%", "％", "个工作日", "工作日", "个小时", "小时", "个月", "月", "日", "天", "周", "年", "季度",
	"万人次", "人次", "万人", "人", "场次", "场", "次", "个", "家", "项", "名", "户", "所", "座", "套", "台",
	"篇", "份", "期", "届", "平方公里", "平方米", "公里", "千米", "米", "万亩", "亩", "吨", "册", "本", "件",
	"条", "辆", "间", "张", "批", "处", "宗", "株", "棵", "头", "只", "支", "课时", "学时", "门", "部",
	"栋", "幢", "层", "岁", "倍", "万元", "亿元", "元", "百分点", "分", "星", "级",
})

// chineseMeasures are the measure words that make a Chinese numeral a
// quantity: 两场, 三个月. Words that also form adverbs or names after a numeral
// (十分, 一级, 一批, 一头) are left out.
var chineseMeasures = map[string]bool{"个工作日": true, "工作日": true, "个小时": true, "小时": true,
	"个月": true, "月": true, "日": true, "天": true, "周": true, "年": true, "季度": true, "人次": true,
	"人": true, "场次": true, "场": true, "次": true, "个": true, "家": true, "项": true, "名": true,
	"户": true, "所": true, "座": true, "套": true, "台": true, "篇": true, "份": true, "期": true,
	"届": true, "册": true, "件": true, "条": true, "辆": true, "间": true, "张": true, "处": true,
	"万元": true, "亿元": true, "元": true, "倍": true, "吨": true, "亩": true, "公里": true}

// measuresByFirst indexes measureWords by their first rune, longest first.
var measuresByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range measureWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// isChineseDigit reports whether r is a numeral that counts as a quantity when
// a measure word follows it (三个, 两场, 十余家).
func isChineseDigit(r rune) bool {
	switch r {
	case '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '两':
		return true
	}
	return false
}

// scanQuantities calls hit for every number in text: Arabic numbers (with
// thousands separators and decimals, full-width digits too) and Chinese
// numerals followed by a measure word. Numbers right after 第 are ordinals and
// are skipped. neg is true for a number written with a minus sign.
func scanQuantities(text string, hit func(q Quantity, neg bool)) {
	prev := rune(0)
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		switch {
		case isDigit(r):
			v, end := parseNumber(text, i)
			if prev != '第' {
				neg := false
				if j := i; j > 0 {
					m, mn := utf8.DecodeLastRuneInString(text[:j])
					if m == '-' || m == '－' || m == '−' {
						before, _ := utf8.DecodeLastRuneInString(text[:j-mn])
						neg = !isDigit(before) && before != '%' && before != '％'
					}
				}
				u, after := measureAt(text, end)
				hit(Quantity{Value: v, Unit: u}, neg)
				end = after
			}
			prev, i = '0', end
			continue
		case isChineseDigit(r) && prev != '第':
			end := i
			for end < len(text) {
				c, cn := decodeRune(text, end)
				if !isChineseDigit(c) {
					break
				}
				end += cn
			}
			rest := end
			if strings.HasPrefix(text[rest:], "余") || strings.HasPrefix(text[rest:], "多") {
				rest += len("余")
			}
			if u, after := measureAt(text, rest); chineseMeasures[u] {
				hit(Quantity{Value: chineseValue(text[i:end]), Unit: u}, false)
				prev, i = '0', after
				continue
			}
		}
		prev = r
		i += n
	}
}

// isDigit reports whether r is an ASCII or full-width decimal digit.
func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

// parseNumber reads the number starting at byte i of text and returns its value
// and the byte after it. Commas between digit groups are thousands separators.
func parseNumber(text string, i int) (float64, int) {
	if end, ok := plainNumber(text, i); ok {
		if v, ok := smallInt(text[i:end]); ok {
			return v, end
		}
		v, _ := strconv.ParseFloat(text[i:end], 64)
		return v, end
	}
	var b strings.Builder
	end, dot := i, false
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		switch {
		case isDigit(r):
			if r >= '０' {
				r = r - '０' + '0'
			}
			b.WriteRune(r)
		case (r == '.' || r == '．') && end+n < len(text) && isDigit(firstRune(text[end+n:])) && !dot:
			b.WriteByte('.')
			dot = true
		case r == ',' && end+n < len(text) && isDigit(firstRune(text[end+n:])) && b.Len() > 0:
			// thousands separator: skip
		default:
			v, _ := strconv.ParseFloat(b.String(), 64)
			return v, end
		}
		end += n
	}
	v, _ := strconv.ParseFloat(b.String(), 64)
	return v, end
}

// plainNumber returns the byte after the number at byte i of text when it is
// written in ASCII digits with at most one decimal point and no thousands
// separator, so that it parses as it stands; ok is false for any other number.
func plainNumber(text string, i int) (end int, ok bool) {
	dot := false
	for end = i; end < len(text); end++ {
		c := text[end]
		switch {
		case c >= '0' && c <= '9':
		case c == '.':
			if dot || end+1 == len(text) || text[end+1] < '0' || text[end+1] > '9' {
				return 0, false // the slow path decides where the number ends
			}
			dot = true
		case c == ',' || c >= 0x80:
			// a thousands separator, a full-width digit or point: the slow path decides
			if c == ',' || isWideNumberPart(text[end:]) {
				return 0, false
			}
			return end, true
		default:
			return end, true
		}
	}
	return end, true
}

// smallInt returns the value of s when it is one to 15 ASCII digits, as
// strconv.ParseFloat gives it: such a number is exact as a float64.
func smallInt(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 15 {
		return 0, false
	}
	n := int64(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return float64(n), true
}

// isWideNumberPart reports whether s starts with a full-width digit or point.
func isWideNumberPart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '０' && r <= '９') || r == '．'
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// measureAt returns the measure word at byte i of text, after optional spaces,
// and the byte after it; with no measure word, "" and i.
func measureAt(text string, i int) (string, int) {
	rest := strings.TrimLeft(text[i:], " \u3000")
	r, _ := utf8.DecodeRuneInString(rest)
	for _, w := range measuresByFirst[r] {
		if strings.HasPrefix(rest, w) {
			return w, len(text) - len(rest) + len(w)
		}
	}
	return "", i
}

// chineseValue converts a Chinese numeral of up to 万 (三, 十二, 两百) to a number.
func chineseValue(s string) float64 {
	var total, section, digit float64
	for _, r := range s {
		switch r {
		case '十', '百', '千':
			unit := map[rune]float64{'十': 10, '百': 100, '千': 1000}[r]
			if digit == 0 {
				digit = 1
			}
			section += digit * unit
			digit = 0
		case '万':
			total += (section + digit) * 10000
			section, digit = 0, 0
		default:
			digit = float64(strings.IndexRune("零一二三四五六七八九", r) / len("一"))
			if r == '两' {
				digit = 2
			}
		}
	}
	return total + section + digit
}

// quantities returns the numbers of text with their measure words.
func quantities(text string) []Quantity {
	var out []Quantity
	scanQuantities(text, func(q Quantity, neg bool) {
		if neg {
			q.Value = -q.Value
		}
		out = append(out, q)
	})
	return out
}

// numbers returns the values of the numbers in text, ordinals excluded.
func numbers(text string) []float64 {
	var out []float64
	scanQuantities(text, func(q Quantity, neg bool) {
		if neg {
			q.Value = -q.Value
		}
		out = append(out, q.Value)
	})
	return out
}

// percents returns every percentage in text: 95% and ≥ 95 % give 95, 90%以上
// gives 90, -5% gives -5.
func percents(text string) []float64 {
	if !strings.ContainsAny(text, "%％") {
		return nil
	}
	var out []float64
	scanQuantities(text, func(q Quantity, neg bool) {
		if q.Unit == "%" || q.Unit == "％" {
			if neg {
				q.Value = -q.Value
			}
			out = append(out, q.Value)
		}
	})
	return out
}

// percent returns the first percentage in text, or nil when there is none.
func percent(text string) any {
	if ps := percents(text); len(ps) > 0 {
		return ps[0]
	}
	return nil
}

// sortedLongestFirst returns words ordered so that no word comes after a
// longer word it is a prefix of.
func sortedLongestFirst(words []string) []string {
	out := append([]string(nil), words...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
