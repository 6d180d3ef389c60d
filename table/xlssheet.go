package table

import (
	"encoding/binary"
	"fmt"
)

// xlsReader reads the records of a BIFF8 workbook stream into sheets.
type xlsReader struct {
	path    string
	sst     []string
	xfFmt   []int          // number format of each XF (cell style)
	formats map[int]string // custom number formats by id
	cells   int
	budget  int // records that sheet may still read: the substreams of a sound workbook do not overlap
}

// xlsCell is a cell read from a sheet's records, 0-based.
type xlsCell struct {
	row, col int
	text     string
}

// read reads the globals (sheets, shared strings, formats) and every
// worksheet substream.
func (x *xlsReader) read(stream []byte) ([]namedRows, error) {
	recs := biffRecords(stream)
	names := map[int]string{} // BOF offset → sheet name
	var order []int
	x.formats = map[int]string{}
	for i, r := range recs {
		var err error
		switch r.typ {
		case biffFilePass:
			return nil, KindError(x.path, KindEncrypted)
		case biffBoundSheet:
			br := biffReader{segs: [][]byte{r.body}}
			pos, _ := br.u32()
			_, _ = br.u16()
			name, e := br.unicodeString(false)
			if e == nil && len(r.body) >= 6 && r.body[5] == 0 { // a worksheet
				if _, dup := names[pos]; !dup {
					names[pos] = name
					order = append(order, pos)
				}
			}
		case biffSST:
			segs := [][]byte{r.body}
			for j := i + 1; j < len(recs) && recs[j].typ == biffContinue; j++ {
				segs = append(segs, recs[j].body)
			}
			x.sst, err = readSST(segs, xlsxMaxCells)
		case biffXF:
			if len(r.body) >= 4 {
				x.xfFmt = append(x.xfFmt, int(binary.LittleEndian.Uint16(r.body[2:])))
			}
		case biffFormat:
			br := biffReader{segs: [][]byte{r.body}}
			id, _ := br.u16()
			x.formats[id], _ = br.unicodeString(true)
		}
		if err != nil {
			return nil, x.damaged(err)
		}
	}
	bofs := map[int]int{} // stream offset → index of the BOF record there
	for i, r := range recs {
		if r.typ == biffBOF {
			bofs[r.pos] = i
		}
	}
	x.budget = 2 * len(recs)
	sheets := make([]namedRows, 0, len(order))
	for _, pos := range order {
		start, ok := bofs[pos]
		if !ok {
			return nil, x.damaged(fmt.Errorf("sheet %q: no BOF record at offset %d", names[pos], pos))
		}
		cells, merges, err := x.sheet(recs[start+1:])
		if err != nil {
			return nil, newError(x.path, err, fmt.Sprintf("sheet %q", names[pos]), fmt.Sprintf("工作表 %q", names[pos]))
		}
		if x.cells += len(cells); x.cells > xlsxMaxCells {
			return nil, newError(x.path, errTooManyCells(), "workbook too large", "工作簿过大")
		}
		sheets = append(sheets, namedRows{names[pos], xlsRows(names[pos], cells, merges)})
	}
	return sheets, nil
}

// damaged is the error for a workbook whose records cannot be read.
func (x *xlsReader) damaged(err error) error {
	return newError(x.path, err, "Excel 97-2003 workbook is damaged", "Excel 97-2003 工作簿已损坏")
}

// sheet reads the cells and merged ranges of one worksheet substream, up to
// its EOF (embedded chart substreams skipped).
func (x *xlsReader) sheet(recs []biffRecord) ([]xlsCell, [][4]int, error) {
	var cells []xlsCell
	var merges [][4]int
	depth := 0
	pendingFormula := -1 // index of a formula cell whose text the next STRING record holds
	for _, r := range recs {
		if x.budget--; x.budget < 0 {
			return nil, nil, fmt.Errorf("sheets overlap")
		}
		b := r.body
		switch {
		case r.typ == biffBOF:
			depth++
		case r.typ == biffEOF && depth == 0:
			return cells, merges, nil
		case r.typ == biffEOF:
			depth--
		case depth > 0:
		case r.typ == biffMergeCells && len(b) >= 2:
			n := int(binary.LittleEndian.Uint16(b))
			for i := 0; i < n && 2+8*i+8 <= len(b); i++ {
				m := b[2+8*i:]
				merges = append(merges, [4]int{int(binary.LittleEndian.Uint16(m)), int(binary.LittleEndian.Uint16(m[2:])),
					int(binary.LittleEndian.Uint16(m[4:])), int(binary.LittleEndian.Uint16(m[6:]))})
			}
		case len(b) < 6:
		case r.typ == biffString && pendingFormula >= 0:
			br := biffReader{segs: [][]byte{b}}
			cells[pendingFormula].text, _ = br.unicodeString(true)
		default:
			row, col, xf := int(binary.LittleEndian.Uint16(b)), int(binary.LittleEndian.Uint16(b[2:])), int(binary.LittleEndian.Uint16(b[4:]))
			text, ok := x.cellText(r.typ, b, xf)
			if !ok {
				continue
			}
			if r.typ == biffMulRK {
				for i := 0; 4+6*i+6 <= len(b)-2; i++ { // {style, RK} pairs between the first column and the last
					v := rkValue(binary.LittleEndian.Uint32(b[6+6*i:]))
					xf := int(binary.LittleEndian.Uint16(b[4+6*i:]))
					cells = append(cells, xlsCell{row, col + i, x.number(v, xf)})
				}
			} else {
				cells = append(cells, xlsCell{row, col, text})
			}
			pendingFormula = -1
			if r.typ == biffFormula && len(b) >= 14 && b[12] == 0xFF && b[13] == 0xFF && b[6] == 0 {
				pendingFormula = len(cells) - 1
			}
		}
		if len(cells) > xlsxMaxCells {
			return nil, nil, errTooManyCells()
		}
	}
	return cells, merges, nil
}
