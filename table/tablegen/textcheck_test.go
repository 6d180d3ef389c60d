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
	line  int
	kind  string // total, unit, project
	label string
	amt   amounts
	goal  string
	cell  string
	items []parsedItem
}

// parsedItem is one item of a packed indicator cell.
type parsedItem struct {
	number, l2, name, period, annual string
	halfWidth                        bool
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
		for c := range 4 {
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
		if len(f) != 5 {
			t.Fatalf("line %d: item %s has %d fields, want 5: %q", line, cell[m[2]:m[3]], len(f), body)
		}
		it := parsedItem{number: cell[m[2]:m[3]], l2: strings.SplitN(f[1], "-", 2)[0], name: f[2]}
		if want := strconv.Itoa(k + 1); it.number != want {
			t.Fatalf("line %d: item numbered %s, want %s", line, it.number, want)
		}
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
			unitRow, projects, prevCell = r, amounts{}, ""
			units.add(r.amt)
		case "project":
			projects.add(r.amt)
			if r.goal == "" {
				add(KindMissingGoal, r.line, "", "")
			}
			for _, ty := range typos {
				if strings.Contains(r.goal, ty.wrong) {
					add(KindTypo, r.line, "", "")
				}
			}
			if r.cell == prevCell {
				add(KindCopiedIndicators, r.line, "", "")
			}
			prevCell = r.cell
			var has [4]bool
			for _, it := range r.items {
				has[it.l2[0]-'0'] = true
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
	}
	closeUnit()
	if total != nil && total.amt != units {
		add(KindTotalSum, total.line, "", "")
	}
	slices.Sort(found)
	return found
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
