package table

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/richardlehane/mscfb"
)

func init() {
	register(KindXLS, readXLS, ".xls", ".et")
}

// BIFF8 record types that the reader uses ([MS-XLS] 2.3).
const (
	biffBOF        = 0x0809
	biffEOF        = 0x000A
	biffFilePass   = 0x002F
	biffBoundSheet = 0x0085
	biffSST        = 0x00FC
	biffContinue   = 0x003C
	biffFormat     = 0x041E
	biffXF         = 0x00E0
	biffLabelSST   = 0x00FD
	biffLabel      = 0x0204
	biffNumber     = 0x0203
	biffRK         = 0x027E
	biffMulRK      = 0x00BD
	biffFormula    = 0x0006
	biffString     = 0x0207
	biffMergeCells = 0x00E5
)

// readXLS reads a legacy Excel 97-2003 workbook (BIFF8 in a compound file) as
// readXLSX reads a workbook: every sheet that holds a table, cells placed as
// Sheet1!C4, merged cells read as their top-left value down their first
// column. A number reads as its stored value ("9235.17", never a date, whatever
// its format), except that a number formatted as a percentage reads as shown
// ("95%"); a formula reads as its cached result.
func readXLS(path string, data []byte, opts ReadOptions) (*Document, error) {
	stream, err := xlsWorkbookStream(data)
	if err != nil {
		return nil, newError(path, err, "not an Excel 97-2003 workbook: the compound file is damaged or has no Workbook stream",
			"不是 Excel 97-2003 工作簿：复合文档已损坏，或没有 Workbook 数据流")
	}
	x := xlsReader{path: path}
	sheets, err := x.read(stream)
	if err != nil {
		return nil, err
	}
	return readWorkbook(path, "xls", sheets, opts)
}

// xlsWorkbookStream returns the Workbook (or Book) stream of the compound file.
func xlsWorkbookStream(data []byte) (b []byte, err error) {
	defer func() {
		if recover() != nil { // mscfb trusts the sector chains it follows
			b, err = nil, fmt.Errorf("damaged compound file")
		}
	}()
	doc, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	for e, err := doc.Next(); err == nil; e, err = doc.Next() {
		if (e.Name == "Workbook" || e.Name == "Book") && len(e.Path) == 0 {
			if e.Size > xlsxUnzipLimit || e.Size < 0 {
				return nil, fmt.Errorf("workbook stream of %d bytes", e.Size)
			}
			return io.ReadAll(io.LimitReader(e, xlsxUnzipLimit))
		}
	}
	return nil, fmt.Errorf("no Workbook stream")
}

// biffRecord is one record of the workbook stream: its type, body and offset.
type biffRecord struct {
	typ  int
	body []byte
	pos  int
}

// biffRecords splits the stream into records; a record cut short ends it.
func biffRecords(stream []byte) []biffRecord {
	var out []biffRecord
	for pos := 0; pos+4 <= len(stream); {
		typ := int(binary.LittleEndian.Uint16(stream[pos:]))
		n := int(binary.LittleEndian.Uint16(stream[pos+2:]))
		if pos+4+n > len(stream) {
			break
		}
		out = append(out, biffRecord{typ: typ, body: stream[pos+4 : pos+4+n], pos: pos})
		pos += 4 + n
	}
	return out
}

// rkValue decodes an RK number ([MS-XLS] 2.5.217) as its shortest decimal text.
func rkValue(rk uint32) float64 {
	var v float64
	if rk&2 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&0xFFFFFFFC) << 32)
	}
	if rk&1 != 0 {
		v /= 100
	}
	return v
}
