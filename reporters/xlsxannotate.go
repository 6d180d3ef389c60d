package reporters

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/xuri/excelize/v2"
)

// severityFill is the fill colour of a cell by its worst finding, in the
// colours spreadsheet users know from conditional formatting; accepted
// findings alone give grey.
var severityFill = map[string]string{"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7", "accepted": "EDEDED"}

// annotate gives each cell with findings a comment listing them and a fill
// colour by the worst of them, keeping the rest of the cell's style.
func annotate(wb *excelize.File, entries []xlsxEntry, run Run) error {
	type place struct{ sheet, cell string }
	byCell := map[place][]*xlsxEntry{}
	var order []place
	for i := range entries {
		e := &entries[i]
		if e.cell == "" {
			continue
		}
		p := place{e.sheet, e.cell}
		if _, ok := byCell[p]; !ok {
			order = append(order, p)
		}
		byCell[p] = append(byCell[p], e)
	}
	styles := map[[2]int]int{}
	titles := ruleTitles(run)
	old := map[place]string{} // comments the workbook had
	for _, sheet := range wb.GetSheetList() {
		cs, err := wb.GetComments(sheet)
		if err != nil {
			return err
		}
		for _, c := range cs {
			old[place{sheet, c.Cell}] = commentText(c)
		}
	}
	for _, p := range order {
		es := byCell[p]
		prev, had := old[p]
		if had {
			if err := wb.DeleteComment(p.sheet, p.cell); err != nil {
				return err
			}
		}
		if err := addNote(wb, p.sheet, p.cell, prev, es, titles, run.Lang); err != nil {
			return err
		}
		worst := "accepted"
		for _, e := range es {
			if e.f.Suppressed == nil && (worst == "accepted" || severityRank(e.f.Severity) < severityRank(rules.Severity(worst))) {
				worst = string(e.f.Severity)
			}
		}
		if err := fillCell(wb, p.sheet, p.cell, worst, styles); err != nil {
			return err
		}
	}
	return nil
}

// addNote writes the comment of a cell, after the text of the comment it had.
func addNote(wb *excelize.File, sheet, cell, prev string, es []*xlsxEntry, titles map[string]string, lang string) error {
	var b strings.Builder
	if prev != "" {
		b.WriteString(prev)
		b.WriteString("\n\n")
	}
	for i, e := range es {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(noteLine(e, titles, lang))
	}
	text := b.String()
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		lines += utf8.RuneCountInString(l)/20 + 1
	}
	return wb.AddComment(sheet, excelize.Comment{Cell: cell, Author: "jxlint", Text: text,
		Width: 300, Height: uint(min(480, 16*lines+12))})
}

// commentText is the text of an existing comment.
func commentText(c excelize.Comment) string {
	if c.Text != "" || len(c.Paragraph) == 0 {
		return c.Text
	}
	var b strings.Builder
	for _, r := range c.Paragraph {
		b.WriteString(r.Text)
	}
	return b.String()
}

// noteLine is one finding in a comment: 【错误 12】缺少一级指标：message（第5-6字）
// （建议修改：…）, the characters it flags in the cell where it flags some.
func noteLine(e *xlsxEntry, titles map[string]string, lang string) string {
	f := e.f
	title := cmp.Or(titles[f.RuleID], f.RuleID)
	var s string
	if lang == "en" {
		s = fmt.Sprintf("[%s %d] %s: %s", severityWord(f.Severity, lang), e.n, title, f.Message)
	} else {
		s = fmt.Sprintf("【%s %d】%s：%s", severityWord(f.Severity, lang), e.n, title, f.Message)
	}
	if e.own && f.Span.InCell() {
		s += charsText(f.Span, lang)
	}
	if fix := fixText(f, lang); fix != "" {
		s += inLangText(lang, "（建议修改："+fix+"）", " (fix: "+fix+")")
	}
	if f.Suppressed != nil {
		s += inLangText(lang, "（已被基线接受）", " (accepted by the baseline)")
	}
	return s
}

// fillCell sets the cell's fill to the colour of sev, keeping its font,
// borders, alignment and number format; styles caches the new style of each
// (old style, colour).
func fillCell(wb *excelize.File, sheet, cell, sev string, styles map[[2]int]int) error {
	old, err := wb.GetCellStyle(sheet, cell)
	if err != nil {
		return err
	}
	color := slices.Index([]string{"error", "warning", "info", "accepted"}, sev)
	id, ok := styles[[2]int{old, color}]
	if !ok {
		st, err := wb.GetStyle(old)
		if err != nil {
			return err
		}
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{severityFill[sev]}}
		if id, err = wb.NewStyle(st); err != nil {
			return err
		}
		styles[[2]int{old, color}] = id
	}
	return wb.SetCellStyle(sheet, cell, cell, id)
}

// ruleTitles maps rule ids to their titles in the run's language.
func ruleTitles(run Run) map[string]string {
	m := make(map[string]string, len(run.Rules))
	for _, r := range run.Rules {
		m[r.ID] = r.Title.In(run.Lang)
	}
	return m
}

// fixText shows a finding's fix as 正产 → 正常, or its description.
func fixText(f *engine.Finding, lang string) string {
	switch {
	case f.Fix == nil:
		return ""
	case f.Text != "":
		return f.Text + " → " + f.Fix.Replacement
	}
	return f.Fix.Description
}

// inLangText picks the text of lang.
func inLangText(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}

// charsText names the characters a span flags inside its cell, counted from 1
// as the text output does: （第5-6字） or (characters 5-6).
func charsText(s table.Span, lang string) string {
	n := strconv.Itoa(int(s.Column))
	if last := s.EndColumn - 1; last > s.Column {
		n += "-" + strconv.Itoa(int(last))
		return inLangText(lang, "（第"+n+"字）", " (characters "+n+")")
	}
	return inLangText(lang, "（第"+n+"字）", " (character "+n+")")
}
