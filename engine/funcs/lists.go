package funcs

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/jxlint/jxlint/table"
)

// firstSame returns, for each key of keys, the index of the first earlier key
// equal to it, or -1 when it is the first of its kind. Empty keys are never
// the same as anything.
func firstSame(keys []any) []int {
	out := make([]int, len(keys))
	texts := make([]string, len(keys))
	for i, k := range keys {
		s, isString := k.(string)
		if !isString {
			s = fmt.Sprint(k)
		}
		texts[i] = s
	}
	if len(keys) <= smallList {
		for i, s := range texts {
			out[i] = -1
			if s != "" {
				if j := slices.Index(texts[:i], s); j >= 0 {
					out[i] = j
				}
			}
		}
		return out
	}
	first := make(map[string]int, len(keys))
	for i, s := range texts {
		out[i] = -1
		if s == "" {
			continue
		}
		if j, ok := first[s]; ok {
			out[i] = j
			continue
		}
		first[s] = i
	}
	return out
}

// smallList is the length up to which firstSame compares every key with
// those before it instead of filling a map: a unit's projects, mostly.
const smallList = 16

// Break is an indicator number that does not continue the sequence 1, 2, 3, …:
// Index is its position in the list and Want the number expected there.
type Break struct {
	Index int    `expr:"index"`
	Want  string `expr:"want"`
}

// numberingBreaks returns the numbers of list that do not follow the one before
// (the first must be 1). A list in which every number is empty (the layouts
// without numbers) has no breaks.
func numberingBreaks(list []any) []Break {
	var out []Break
	walkNumbering(len(list), func(i int) string {
		s, isString := list[i].(string)
		if !isString {
			s = fmt.Sprint(list[i])
		}
		return s
	}, func(i, want int) bool {
		out = append(out, Break{Index: i, Want: strconv.Itoa(want)})
		return true
	})
	return out
}

// numbered reports whether the indicators of p are numbered 1, 2, 3, …: the
// numbers of p's indicators have no numberingBreaks.
func numbered(p *table.Project) bool {
	ok := true
	walkNumbering(len(p.Indicators), func(i int) string { return p.Indicators[i].Number },
		func(int, int) bool { ok = false; return false })
	return ok
}

// walkNumbering calls brk with the index and the number expected there of
// each of the n numbers, given by num, that does not follow the one before,
// until brk returns false. Nothing breaks when the first number is empty.
func walkNumbering(n int, num func(i int) string, brk func(i, want int) bool) {
	prev := 0
	for i := range n {
		s := strings.TrimSpace(num(i))
		if s == "" {
			if i == 0 || !brk(i, prev+1) {
				return
			}
			prev++
			continue
		}
		v, err := strconv.Atoi(s)
		if (err != nil || v != prev+1) && !brk(i, prev+1) {
			return
		}
		if err == nil {
			prev = v
		} else {
			prev++
		}
	}
}

// indicatorKey returns a text that is the same for two projects whose indicator
// lists say the same thing: categories by canonical name, texts normalized and
// with typos corrected. A project without indicators has the key "".
func (h *helpers) indicatorKey(p *table.Project) string {
	if p == nil || len(p.Indicators) == 0 {
		return ""
	}
	n := 0
	for _, in := range p.Indicators {
		n += len(in.Name) + len(in.Period) + len(in.Annual) + len(in.Operator) + len(in.MeasureUnit) + 40
	}
	b := h.appendKey(make([]byte, 0, n), p, false, nil)
	return string(b)
}

// appendKey appends the indicator key of p to b. typoFree tells that no
// indicator's name, period value or annual value holds a typo, so that only
// the operator and the measurement unit need their typos corrected. The
// categories come from cats when it is not nil.
func (h *helpers) appendKey(b []byte, p *table.Project, typoFree bool, cats *categoryCache) []byte {
	for _, in := range p.Indicators {
		if cats != nil {
			c := cats.get(h, in) // c.level2 is what canon2 gives
			b = append(append(append(b, c.category...), 0x1f), c.level2...)
		} else {
			b = append(append(append(b, h.level1Of(in)...), 0x1f), h.canon2(in.Level2.Name)...)
		}
		for k, s := range [...]string{in.Name, in.Period, in.Annual, in.Operator, in.MeasureUnit} {
			if !typoFree || k >= 3 {
				s = h.typos.replace(s)
			}
			b = append(append(b, 0x1f), normalize(s)...)
		}
		b = append(b, 0x1e)
	}
	return b
}

// sameUnit reports whether two measure words agree: equal, or one containing
// the other (人 and 人次, 月 and 个月), % and ％ alike.
func sameUnit(a, b string) bool {
	a, b = strings.ReplaceAll(normalize(a), "％", "%"), strings.ReplaceAll(normalize(b), "％", "%")
	return a == b || (a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a)))
}
