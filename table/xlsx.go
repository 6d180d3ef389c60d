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

// oleMagic starts an OLE compound file: a legacy .xls or an encrypted workbook.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func init() {
	register(readXLSX, ".xlsx", ".xlsm")
}

// readXLSX reads every sheet of a workbook that holds a performance-goal table
// into one document, units and projects in sheet order; other sheets are
// skipped. Cells are read as stored, see xlsxSheetRows; spans name the sheet and
// cell. Encrypted, legacy, oversized and broken workbooks are refused with an
// error that names the file.
func readXLSX(path string, data []byte) (*Document, error) {
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
	doc := &Document{Path: path, Format: "xlsx", Units: []*Unit{}}
	var skipped []string
	for _, sheet := range f.GetSheetList() {
		rows, err := xlsxSheetRows(f, sheet)
		if err != nil {
			return nil, newError(path, err, fmt.Sprintf("sheet %q", sheet), fmt.Sprintf("工作表 %q", sheet))
		}
		if !gridHasHeader(rows) {
			skipped = append(skipped, sheet)
			continue
		}
		part := &Document{Path: path, Format: "xlsx", Units: []*Unit{}}
		if err := readGrid(part, &gridRows{rows}); err != nil {
			return nil, err
		}
		mergeSheetDocument(doc, part)
	}
	if doc.Layout == "" {
		return nil, newError(path, nil, fmt.Sprintf("no performance-goal table in any sheet (%s): expected a header row "+
			"with columns such as 项目名称 总计 财政拨款 … 绩效目标 绩效指标, or 项目名称 … 一级指标 二级指标 三级指标 指标值",
			strings.Join(skipped, ", ")),
			fmt.Sprintf("所有工作表（%s）都不是绩效目标表：应有表头行，含 项目名称 总计 财政拨款 … 绩效目标 绩效指标 等列，"+
				"或 项目名称 … 一级指标 二级指标 三级指标 指标值", strings.Join(skipped, "、")))
	}
	return doc, nil
}

// xlsxCheckContainer refuses what is not a zip workbook before excelize sees it.
func xlsxCheckContainer(path string, data []byte) error {
	switch {
	case bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, utf16LEBytes("EncryptionInfo")):
		return newError(path, nil, "workbook is password-protected (受密码保护): save a copy without a password and read that",
			"工作簿受密码保护：请另存一份不设密码的副本，再检查该副本")
	case bytes.HasPrefix(data, oleMagic):
		return newError(path, nil, "legacy Excel 97-2003 workbook (.xls): save it as .xlsx and read that",
			"是旧版 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx，再检查 .xlsx 文件")
	case !bytes.HasPrefix(data, []byte("PK")):
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

// gridHasHeader reports whether some row is the header of a known layout.
func gridHasHeader(rows []Row) bool {
	for _, r := range rows {
		for _, l := range layouts {
			if l.match(r) {
				return true
			}
		}
	}
	return false
}

// mergeSheetDocument adds the document read from one sheet to doc. Header facts
// come from the first sheet that has them; a sheet whose first project has no
// unit of its own continues the last unit of the sheets before.
func mergeSheetDocument(doc, part *Document) {
	if doc.Layout == "" {
		doc.Layout = part.Layout
	}
	if doc.Title == "" {
		doc.Title, doc.Spans.Title = part.Title, part.Spans.Title
	}
	if doc.Department == "" {
		doc.Department, doc.Spans.Department = part.Department, part.Spans.Department
	}
	if doc.MoneyUnit == "" {
		doc.MoneyUnit, doc.Spans.MoneyUnit = part.MoneyUnit, part.Spans.MoneyUnit
	}
	if doc.Total == nil && part.Total != nil {
		doc.Total, doc.Spans.TotalRow = part.Total, part.Spans.TotalRow
	}
	doc.Problems = append(doc.Problems, part.Problems...)
	units := part.Units
	if n := len(doc.Units); n > 0 && len(units) > 0 && units[0].Spans.Name.IsZero() {
		last := doc.Units[n-1]
		last.Projects = append(last.Projects, units[0].Projects...)
		units = units[1:]
	}
	doc.Units = append(doc.Units, units...)
}
