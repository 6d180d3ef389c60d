package table

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
)

// Canonical header columns of the one-row-per-indicator layout. A configuration's
// `headers:` map is keyed by these names.
const (
	HeaderUnit          = "单位名称"
	HeaderProject       = "项目名称"
	HeaderBudget        = "预算数"
	HeaderGoal          = "年度目标"
	HeaderPeriodGoal    = "实施期目标"
	HeaderLevel1        = "一级指标"
	HeaderLevel2        = "二级指标"
	HeaderName          = "三级指标"
	HeaderOperator      = "指标性质"
	HeaderValue         = "指标值"
	HeaderPeriodValue   = "实施期指标值"
	HeaderMeasureUnit   = "度量单位"
	HeaderWeight        = "权重"
	HeaderDirection     = "指标方向性"
	HeaderKind          = "指标值类型"
	HeaderExplanation   = "指标解释"
	HeaderNumber        = "序号"
	headerColumnsLength = 17
)

// headerColumns lists the canonical columns; a column's index in this list is its
// index in a resolved header.
var headerColumns = [headerColumnsLength]string{
	HeaderUnit, HeaderProject, HeaderBudget, HeaderGoal, HeaderPeriodGoal,
	HeaderLevel1, HeaderLevel2, HeaderName, HeaderOperator, HeaderValue, HeaderPeriodValue,
	HeaderMeasureUnit, HeaderWeight, HeaderDirection, HeaderKind, HeaderExplanation, HeaderNumber,
}

// Indexes into headerColumns.
const (
	hUnit = iota
	hProject
	hBudget
	hGoal
	hPeriodGoal
	hLevel1
	hLevel2
	hName
	hOperator
	hValue
	hPeriodValue
	hMeasureUnit
	hWeight
	hDirection
	hKind
	hExplanation
	hNumber
)

// defaultHeaderSynonyms are the other names forms give the canonical columns.
// Names are compared after normalizeHeader, so `权重（%）` and `*项目名称` match.
var defaultHeaderSynonyms = map[string][]string{
	HeaderUnit:        {"预算单位", "预算单位名称", "资金使用单位", "单位全称"},
	HeaderProject:     {"项目", "项目名"},
	HeaderBudget:      {"预算金额", "预算资金", "年度预算数", "项目金额", "资金总额", "项目资金", "金额", "总计"},
	HeaderGoal:        {"年度绩效目标", "绩效目标", "年度总体目标"},
	HeaderPeriodGoal:  {"长期目标", "实施期绩效目标", "实施期总体目标", "总体目标", "中长期目标"},
	HeaderLevel1:      {"一级"},
	HeaderLevel2:      {"二级"},
	HeaderName:        {"三级", "指标名称", "三级指标名称", "绩效指标名称"},
	HeaderOperator:    {"运算符", "符号", "比较符", "指标符号", "计算符号"},
	HeaderValue:       {"年度指标值", "目标值", "指标目标值", "年度目标值"},
	HeaderPeriodValue: {"实施周期指标值", "长期指标值", "实施期目标值"},
	HeaderMeasureUnit: {"计量单位", "指标单位", "度量"},
	HeaderWeight:      {"分值", "权重分值", "指标权重"},
	HeaderDirection:   {"指标方向", "方向性", "方向"},
	HeaderKind:        {"指标类型", "定量/定性", "定性/定量", "指标值性质"},
	HeaderExplanation: {"指标说明", "指标内容", "指标解释说明"},
	HeaderNumber:      {"序号", "编号"},
}

// headerCellMaxLen is the longest header cell looked up, in bytes; longer cells
// (goals, indicator values) are never headers.
const headerCellMaxLen = 120

// headerTable maps a normalized header name to its column index.
type headerTable map[string]int

// headers is the table in use: the defaults plus SetHeaderSynonyms's extras.
var headers atomic.Pointer[headerTable]

func init() {
	t, _ := buildHeaderTable(nil)
	headers.Store(&t)
}

// SetHeaderSynonyms adds names for the canonical header columns (HeaderUnit …
// HeaderNumber, keyed by their Chinese names such as "三级指标") on top of the
// built-in synonyms, replacing the extras of any earlier call; nil restores the
// defaults. It is meant to be called once, with a configuration's `headers:` map,
// before files are read; reads running at the same time see either table whole.
func SetHeaderSynonyms(m map[string][]string) error {
	t, err := buildHeaderTable(m)
	if err != nil {
		return err
	}
	headers.Store(&t)
	return nil
}

// HeaderError is a mistake in a configuration's `headers:` map: a column
// that is no canonical column, or a name of one (Name) that cannot serve.
// Error() is the English text; In gives either language.
type HeaderError struct {
	Column string // the key of the map
	Name   string // the name at fault; empty when the column itself is
	Msg    string // in English
	Zh     string // in Chinese
}

// Error returns the English text.
func (e *HeaderError) Error() string { return e.In("en") }

// In returns the text in lang: "en" for English, anything else for Chinese.
func (e *HeaderError) In(lang string) string {
	if lang == "en" {
		return "headers: " + e.Msg
	}
	return "headers：" + e.Zh
}

// CheckHeaderSynonyms returns the mistakes of extra, a `headers:` map, each a
// *HeaderError, joined; nil when SetHeaderSynonyms would take it.
func CheckHeaderSynonyms(extra map[string][]string) error {
	_, err := buildHeaderTable(extra)
	return err
}

// buildHeaderTable merges the canonical names, the defaults and extra; it
// returns every mistake of extra.
func buildHeaderTable(extra map[string][]string) (headerTable, error) {
	t := headerTable{}
	index := map[string]int{}
	for i, c := range headerColumns {
		index[c] = i
		t[normalizeHeader(c)] = i
	}
	var errs []error
	add := func(m map[string][]string, user bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			i, ok := index[k]
			if !ok {
				all := strings.Join(headerColumns[:], " ")
				errs = append(errs, &HeaderError{Column: k,
					Msg: fmt.Sprintf("unknown column %q (expected one of %s)", k, all),
					Zh:  fmt.Sprintf("未知的列「%s」（应为以下之一：%s）", k, all)})
				continue
			}
			for _, name := range m[k] {
				n := normalizeHeader(name)
				if n == "" {
					errs = append(errs, &HeaderError{Column: k, Name: name,
						Msg: fmt.Sprintf("%s: empty name", k), Zh: fmt.Sprintf("%s：名称为空", k)})
					continue
				}
				if j, dup := t[n]; user && dup && j != i && headerColumns[j] == n {
					errs = append(errs, &HeaderError{Column: k, Name: name,
						Msg: fmt.Sprintf("%s: %q is already the column %s", k, name, headerColumns[j]),
						Zh:  fmt.Sprintf("%s：「%s」已是列「%s」的名称", k, name, headerColumns[j])})
					continue
				}
				t[n] = i
			}
		}
	}
	add(defaultHeaderSynonyms, false)
	add(extra, true)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return t, nil
}

// normalizeHeader drops spaces, a leading required-mark `*` and a trailing
// parenthesised note: `* 权重（%）` → `权重`.
func normalizeHeader(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimLeft(s, "*＊")
	if i := strings.IndexAny(s, "(（"); i > 0 {
		s = s[:i]
	}
	return s
}

// column returns the canonical column index of a header cell's text, or -1.
func (t headerTable) column(text string) int {
	if text == "" || len(text) > headerCellMaxLen {
		return -1
	}
	if i, ok := t[text]; ok { // most headers are written as listed: no allocation
		return i
	}
	if i, ok := t[normalizeHeader(text)]; ok {
		return i
	}
	return -1
}
