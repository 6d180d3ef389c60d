package table

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits that keep a hostile or broken workbook from exhausting memory.
const (
	xlsxUnzipLimit = 32 << 20 // bytes of the whole unpacked workbook, and of one sheet
	xlsxMaxCols    = 1000     // last column with content
	xlsxMaxMerges  = 20000    // merged ranges in the workbook

	// DefaultMaxSheetCells is how many cells of one sheet are read unless
	// SetMaxSheetCells says otherwise (merged cells filled in count).
	DefaultMaxSheetCells = 500000
	defaultMaxSheetRows  = 50000 // last row with content, for the default cell limit
)

// xlsxMaxCells and xlsxMaxRows are the cell and row limits of one sheet.
var (
	xlsxMaxCells = DefaultMaxSheetCells
	xlsxMaxRows  = defaultMaxSheetRows
)

// SetMaxSheetCells sets how many cells of one sheet a workbook may have
// (DefaultMaxSheetCells unless set); the limit on rows grows with it, to a
// tenth of n when that is more than 50,000. Memory grows with the cells read:
// about 100 bytes each. Call it before reading, as a run starts.
func SetMaxSheetCells(n int) {
	xlsxMaxCells = n
	xlsxMaxRows = max(defaultMaxSheetRows, n/10)
}

func init() {
	register(KindXLSX, readXLSX, ".xlsx", ".xlsm")
}

// readXLSX reads every sheet of a workbook that holds a performance-goal table
// into one document, units and projects in sheet order; other sheets are
// skipped. Cells are read as stored, see xlsxSheetRows; spans name the sheet and
// cell. Encrypted, legacy, oversized and broken workbooks are refused with an
// error that names the file.
func readXLSX(path string, data []byte, opts ReadOptions) (*Document, error) {
	if err := xlsxCheckContainer(path, data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxUnzipLimit})
	if err != nil {
		return nil, xlsxOpenError(path, err)
	}
	defer func() { _ = f.Close() }()
	if n := xlsxMergeCount(f); n > xlsxMaxMerges {
		return nil, newError(path, nil, fmt.Sprintf("workbook too large: %d merged ranges (at most %d)", n, xlsxMaxMerges),
			fmt.Sprintf("工作簿过大：有 %d 个合并区域（最多 %d 个）", n, xlsxMaxMerges))
	}
	var sheets []namedRows
	for _, sheet := range f.GetSheetList() {
		rows, err := xlsxSheetRows(f, sheet)
		if err != nil {
			return nil, newError(path, err, fmt.Sprintf("sheet %q", sheet), fmt.Sprintf("工作表 %q", sheet))
		}
		sheets = append(sheets, namedRows{sheet, rows})
	}
	return readWorkbook(path, "xlsx", sheets, opts)
}

// xlsxCheckContainer refuses what is not a zip file before excelize sees it;
// Read has sent compound files (.xls, encrypted workbooks) elsewhere.
func xlsxCheckContainer(path string, data []byte) error {
	if !bytes.HasPrefix(data, []byte("PK")) {
		return newError(path, nil, "not an XLSX workbook: expected a zip file (an .xlsx saved by Excel or WPS)",
			"不是 XLSX 工作簿：应为 zip 文件（Excel 或 WPS 保存的 .xlsx）")
	}
	return nil
}

// xlsxOpenError explains an error of excelize.OpenReader.
func xlsxOpenError(path string, err error) error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword), errors.Is(err, excelize.ErrWorkbookFileFormat):
		return newError(path, err, "workbook is password-protected (受密码保护) or not an XLSX workbook",
			"工作簿受密码保护，或不是 XLSX 工作簿")
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return newError(path, nil, fmt.Sprintf("workbook too large: more than %d MiB unpacked (refused, it may be a zip bomb)", xlsxUnzipLimit>>20),
			fmt.Sprintf("工作簿过大：解压后超过 %d MiB（已拒绝，可能是 zip 炸弹）", xlsxUnzipLimit>>20))
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, zip.ErrChecksum):
		return newError(path, err, "not an XLSX workbook: the zip file is damaged", "不是 XLSX 工作簿：zip 文件已损坏")
	}
	return newError(path, err, "cannot read the workbook", "无法读取工作簿")
}

// utf16LEBytes encodes an ASCII string as UTF-16LE, as OLE directory names are.
func utf16LEBytes(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}
