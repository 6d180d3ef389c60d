package tablegen

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// parsedRow is a data row of a generated table, as the test reads it back.
type parsedRow struct {
	line   int
	kind   string // total, unit, project
	label  string
	amt    amounts
	approx bool // 总计 written 约…
	goal   string
	cell   string
	items  []parsedItem
}

// parsedItem is one item of a packed indicator cell.
type parsedItem struct {
	number, l2, l2Name, name, period, annual string
	halfWidth, malformed                     bool
}

// parseTable reads text back into rows, skipping page headers and the cut-short
// row after each repeated header; it fails t on anything unexpected.
func parseTable(t *testing.T, text string) []parsedRow {
	t.Helper()
	var rows []parsedRow
	headers := 0
	afterHeader := false
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		switch {
		case line == "" || line == titleLine || line == moneyLine || strings.HasPrefix(line, deptPrefix):
			continue
		case line == headerLine:
			headers++
			afterHeader = headers > 1
			continue
		case afterHeader:
			afterHeader = false
			continue
		}
		cells := strings.Split(line, "\t")
		if len(cells) != 7 {
			t.Fatalf("line %d: %d cells, want 7: %q", n, len(cells), line)
		}
		r := parsedRow{line: n, label: cells[0], goal: cells[5], cell: cells[6]}
		var total string
		total, r.approx = strings.CutPrefix(cells[1], approxPrefix)
		r.amt[0] = parseCents(t, n, total)
		for c := 1; c < 4; c++ {
			r.amt[c] = parseCents(t, n, cells[1+c])
		}
		switch {
		case r.label == totalLabel:
			r.kind = "total"
		case r.goal == "" && r.cell == "":
			r.kind = "unit"
		default:
			r.kind = "project"
			r.items = parseItems(t, n, r.cell)
		}
		rows = append(rows, r)
	}
	return rows
}

// parseCents reads an amount cell such as 9,235.17 (empty is zero) into cents.
func parseCents(t *testing.T, line int, s string) int64 {
	t.Helper()
	if s == "" {
		return 0
	}
	if !regexp.MustCompile(`^\d{1,3}(,\d{3})*\.\d\d$`).MatchString(s) {
		t.Fatalf("line %d: amount %q is not written like 9,235.17", line, s)
	}
	v, err := strconv.ParseInt(strings.NewReplacer(",", "", ".", "").Replace(s), 10, 64)
	if err != nil {
		t.Fatalf("line %d: amount %q: %v", line, s, err)
	}
	return v
}

var itemStart = regexp.MustCompile(`(\d+)、\d-`)

// parseItems splits a packed indicator cell into its items.
func parseItems(t *testing.T, line int, cell string) []parsedItem {
	t.Helper()
	idx := itemStart.FindAllStringSubmatchIndex(cell, -1)
	items := make([]parsedItem, 0, len(idx))
	for k, m := range idx {
		end := len(cell)
		if k+1 < len(idx) {
			end = idx[k+1][0]
		}
		body := strings.TrimSuffix(strings.TrimSuffix(cell[m[1]-2:end], " "), "。")
		f := strings.Split(body, "；")
		if len(f) == 2 { // a malformed item: first level and name
			items = append(items, parsedItem{number: cell[m[2]:m[3]], l2: f[0][:1], name: f[1], malformed: true})
			continue
		}
		if len(f) != 5 {
			t.Fatalf("line %d: item %s has %d fields, want 5: %q", line, cell[m[2]:m[3]], len(f), body)
		}
		code, l2Name, _ := strings.Cut(f[1], "-")
		it := parsedItem{number: cell[m[2]:m[3]], l2: code, l2Name: l2Name, name: f[2]}
		var ok1, ok2 bool
		if it.period, ok1 = strings.CutPrefix(f[3], "实施周期指标值："); !ok1 {
			it.period, ok1 = strings.CutPrefix(f[3], "实施周期指标值: ")
			it.halfWidth = true
		}
		if it.annual, ok2 = strings.CutPrefix(f[4], "年度指标值："); !ok2 {
			it.annual, ok2 = strings.CutPrefix(f[4], "年度指标值: ")
			it.halfWidth = true
		}
		if !ok1 || !ok2 {
			t.Fatalf("line %d: item %s lacks its value labels: %q", line, it.number, body)
		}
		items = append(items, it)
	}
	return items
}

// detect finds in the parsed rows every defect the generator can inject, keyed
// as defectKey does, so that the text can be compared with the manifest.
func detect(rows []parsedRow) []string {
	var found []string
	add := func(k Kind, line int, ind, detail string) { found = append(found, key(k, line, ind, detail)) }
	var total, unitRow *parsedRow
	var units, projects amounts
	var prevCell string
	var names map[string]bool
	closeUnit := func() {
		if unitRow != nil && unitRow.amt != projects {
			add(KindUnitSum, unitRow.line, "", "")
		}
	}
	for i := range rows {
		r := &rows[i]
		if !r.amt.reconciles() {
			add(KindRowSum, r.line, "", "")
		}
		switch r.kind {
		case "total":
			total = r
		case "unit":
			closeUnit()
			unitRow, projects, prevCell, names = r, amounts{}, "", map[string]bool{}
			units.add(r.amt)
		case "project":
			projects.add(r.amt)
			if r.approx {
				add(KindInvalidAmount, r.line, "", "")
			}
			if names[r.label] {
				add(KindDuplicateProject, r.line, "", "")
			}
			names[r.label] = true
			if r.goal == "" {
				add(KindMissingGoal, r.line, "", "")
			}
			for _, ty := range typos {
				if strings.Contains(r.goal, ty.wrong) {
					add(KindTypo, r.line, "", "")
				}
			}
			if r.cell == prevCell && r.cell != "" {
				add(KindCopiedIndicators, r.line, "", "")
			}
			prevCell = r.cell
			if len(r.items) == 0 {
				add(KindMissingIndicators, r.line, "", "")
				continue
			}
			detectItems(r, add)
		}
	}
	closeUnit()
	if total != nil && total.amt != units {
		add(KindTotalSum, total.line, "", "")
	}
	slices.Sort(found)
	return found
}

// detectItems finds the defects of a project's items and list.
func detectItems(r *parsedRow, add func(k Kind, line int, ind, detail string)) {
	known := map[string]string{}
	for code, name := range level2Names {
		known[name] = code
	}
	var has [4]bool
	prev := 0
	for _, it := range r.items {
		has[it.l2[0]-'0'] = true
		if n, _ := strconv.Atoi(it.number); n != prev+1 {
			add(KindNumbering, r.line, it.number, "")
		}
		prev, _ = strconv.Atoi(it.number)
		if it.malformed {
			add(KindMalformed, r.line, it.number, "")
			continue
		}
		if it.halfWidth {
			add(KindHalfWidth, r.line, it.number, "")
		}
		if it.period == it.annual {
			add(KindSameValues, r.line, it.number, "")
		}
		if strings.Contains(it.period+it.annual, "游戏") {
			add(KindTopicMismatch, r.line, it.number, "")
		}
		if it.name == "社会效益" || it.name == "经济效益" {
			add(KindCategoryName, r.line, it.number, "")
		}
		if strings.Contains(it.annual, "及时拨付") {
			add(KindVagueTimeliness, r.line, it.number, "")
		}
		detectValues(r.line, &it, known, add)
	}
	for c := byte('1'); c <= '3'; c++ {
		if !has[c-'0'] {
			add(KindMissingCategory, r.line, "", categoryShort[c])
		}
	}
	if len(r.items) < minIndicators {
		add(KindTooFewIndicators, r.line, "", "")
	}
}

// detectValues finds the defects of an item's categories and values; known
// maps the framework's second-level names to their codes.
func detectValues(line int, it *parsedItem, known map[string]string, add func(k Kind, line int, ind, detail string)) {
	switch code, ok := known[it.l2Name]; {
	case !ok:
		add(KindUnknownCategory, line, it.number, "")
	case code != it.l2:
		add(KindCodeMismatch, line, it.number, "")
	}
	for _, w := range hedges {
		if strings.HasPrefix(it.annual, w) {
			add(KindVagueWording, line, it.number, "")
		}
	}
	pct, hasPct := percentIn(it.annual)
	if hasPct && pct > 100 {
		add(KindPercentRange, line, it.number, "")
	}
	if slices.Contains(unmeasurable, it.annual) {
		add(KindUnquantified, line, it.number, "")
	}
	if it.l2 == "31" && it.annual != "" && (!hasPct || pct < 80) {
		add(KindLowSatisfaction, line, it.number, "")
	}
	if it.period == "" || it.annual == "" {
		add(KindEmptyValue, line, it.number, "")
	}
}

var percentRe = regexp.MustCompile(`(\d+)%`)

// percentIn returns the first percentage of s.
func percentIn(s string) (int, bool) {
	m := percentRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, true
}

// key identifies a defect by kind and place; only a missing category needs its detail.
func key(k Kind, line int, ind, detail string) string {
	if k != KindMissingCategory {
		detail = ""
	}
	return fmt.Sprintf("%s@%d#%s%s", k, line, ind, detail)
}

// manifestKeys keys the manifest's defects as detect does.
func manifestKeys(m Manifest) []string {
	keys := make([]string, len(m.Defects))
	for i, d := range m.Defects {
		keys[i] = key(d.Kind, d.Line, d.Indicator, d.Detail)
	}
	slices.Sort(keys)
	return keys
}
