package table

import (
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// cellText is the text of a cell record; ok is false for other records.
func (x *xlsReader) cellText(typ int, b []byte, xf int) (string, bool) {
	switch typ {
	case biffLabelSST:
		if len(b) < 10 {
			return "", false
		}
		i := int(binary.LittleEndian.Uint32(b[6:]))
		if i < 0 || i >= len(x.sst) {
			return "", false
		}
		return x.sst[i], true
	case biffLabel:
		br := biffReader{segs: [][]byte{b[6:]}}
		s, err := br.unicodeString(true)
		return s, err == nil
	case biffNumber:
		if len(b) < 14 {
			return "", false
		}
		return x.number(math.Float64frombits(binary.LittleEndian.Uint64(b[6:])), xf), true
	case biffRK:
		if len(b) < 10 {
			return "", false
		}
		return x.number(rkValue(binary.LittleEndian.Uint32(b[6:])), xf), true
	case biffMulRK:
		return "", true
	case biffFormula:
		if len(b) < 14 {
			return "", false
		}
		if b[12] == 0xFF && b[13] == 0xFF { // not a number: text (in a STRING record), boolean, error or empty
			return "", true
		}
		return x.number(math.Float64frombits(binary.LittleEndian.Uint64(b[6:])), xf), true
	}
	return "", false
}

// number is the text of a number with style xf: its stored value, or as a
// percentage when its format shows one.
func (x *xlsReader) number(v float64, xf int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	if xf >= 0 && xf < len(x.xfFmt) {
		id := x.xfFmt[xf]
		if id == 9 || id == 10 || strings.Contains(strings.ReplaceAll(x.formats[id], `"%"`, ""), "%") {
			return decimal.NewFromFloat(v).Mul(decimal.NewFromInt(100)).String() + "%"
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// xlsRows turns the cells of a sheet into rows, merged ranges filled down
// their first column as in xlsxFillMerged; rows without content are left out.
func xlsRows(sheet string, cells []xlsCell, merges [][4]int) []Row {
	slices.SortStableFunc(cells, func(a, b xlsCell) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.col - b.col
	})
	var rows []Row
	index := map[int]int{} // sheet row (0-based) → index in rows
	for _, c := range cells {
		if c.text == "" || c.col >= xlsxMaxCols {
			continue
		}
		i, ok := index[c.row]
		if !ok {
			i = len(rows)
			index[c.row] = i
			rows = append(rows, Row{Line: c.row + 1})
		}
		r := &rows[i]
		for len(r.Cells) <= c.col {
			r.Cells = append(r.Cells, Cell{Span: xlsSpan(sheet, len(r.Cells), c.row)})
		}
		r.Cells[c.col].Text = c.text
	}
	for _, m := range merges {
		r1, r2, c := m[0], m[1], m[2]
		i1, ok := index[r1]
		if !ok || c >= len(rows[i1].Cells) {
			continue
		}
		top := rows[i1].Cells[c]
		for r := r1 + 1; r <= r2; r++ {
			i, ok := index[r]
			if !ok {
				continue
			}
			for len(rows[i].Cells) <= c {
				rows[i].Cells = append(rows[i].Cells, Cell{Span: xlsSpan(sheet, len(rows[i].Cells), r)})
			}
			rows[i].Cells[c] = top
		}
	}
	return rows
}

// xlsSpan is the span of the cell at 0-based row and column.
func xlsSpan(sheet string, col, row int) Span {
	name, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return CellSpan(sheet, name)
}
