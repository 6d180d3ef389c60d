package table

import "strings"

// Value labels of a packed item: the period value's (either spelling; the first
// is looked for first) and the annual value's.
const (
	periodLabel    = "实施周期指标值"
	periodLabelAlt = "实施期指标值"
	annualLabel    = "年度指标值"
)

var valueLabels = [3]string{periodLabel, periodLabelAlt, annualLabel}

// mark is a place in a cell's text: its byte offset and its offset in UTF-16
// code units, both from the start of the text.
type mark struct{ b, u int }

// none is the mark of something absent.
var none = mark{b: -1}

// to returns the mark of byte offset b (a rune boundary), counting from m; b is
// usually after m and near it, so that marks taken in order count the text once.
func (m mark) to(s string, b int) mark {
	if b == m.b { // most often: a field without white space around it
		return m
	}
	return m.count(s, b)
}

// count is to for b ≠ m.b.
func (m mark) count(s string, b int) mark {
	if b > m.b {
		return mark{b, m.u + utf16Len(s[m.b:b])}
	}
	return mark{b, m.u - utf16Len(s[b:m.b])}
}

// after returns the mark just after the text t that starts at m: a label, or a
// separator or 、. t is ASCII or three-byte characters, each one UTF-16 unit.
func (m mark) after(t string) mark {
	units := len(t)
	if t[0] >= 0x80 {
		units = len(t) / 3
	}
	return mark{m.b + len(t), m.u + units}
}

// afterSep returns the mark after the `；` or `;` at m.
func afterSep(s string, m mark) mark {
	if s[m.b] == ';' {
		return m.after(";")
	}
	return m.after("；")
}

// itemScan is what one pass over the fields of an item finds: the `；` or `;`
// that close its two category fields, the start and end of its period label
// and of its annual label (none where absent), and the item's end.
type itemScan struct {
	seps   [2]mark
	nseps  int
	pl, pe mark
	al, ae mark
	end    mark
}

// scanItem finds the separators and labels of the item s[from.b:end] from left
// to right, each search starting where the previous one stopped, and marks them
// by counting UTF-16 units from one to the next. Labels are looked for after the
// second separator: the first 实施周期指标值, else the first 实施期指标值, and the
// first 年度指标值 after that.
func scanItem(s string, from mark, end int) itemScan {
	sc := itemScan{pl: none, pe: none, al: none, ae: none}
	m := from
	for sc.nseps < 2 {
		i, _ := indexSeparator(s[m.b:end])
		if i < 0 {
			sc.end = m.to(s, end)
			return sc
		}
		sc.seps[sc.nseps] = m.to(s, m.b+i)
		m = afterSep(s, sc.seps[sc.nseps])
		sc.nseps++
	}
	if i := strings.Index(s[m.b:end], periodLabel); i >= 0 {
		sc.pl = m.to(s, m.b+i)
		sc.pe = sc.pl.after(periodLabel)
	} else if i := strings.Index(s[m.b:end], periodLabelAlt); i >= 0 {
		sc.pl = m.to(s, m.b+i)
		sc.pe = sc.pl.after(periodLabelAlt)
	}
	if sc.pe.b >= 0 {
		m = sc.pe
	}
	if i := strings.Index(s[m.b:end], annualLabel); i >= 0 {
		sc.al = m.to(s, m.b+i)
		sc.ae = sc.al.after(annualLabel)
		m = sc.ae
	}
	sc.end = m.to(s, end)
	return sc
}

// indexSeparator returns the offset and width of the first `；` or `;` in s.
func indexSeparator(s string) (int, int) {
	i := strings.Index(s, "；")
	end := len(s)
	if i >= 0 {
		end = i // not past the full-width one: most items have no `;`
	}
	j := strings.IndexByte(s[:end], ';')
	switch {
	case j >= 0 && (i < 0 || j < i):
		return j, 1
	case i >= 0:
		return i, len("；")
	}
	return -1, 0
}
