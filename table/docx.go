package table

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
)

func init() {
	register(KindDOCX, readDOCX, ".docx", ".docm")
}

// docxBodySheet is the sheet name of paragraphs outside tables: 正文!第2段.
const docxBodySheet = "正文"

// readDOCX reads a Word document: the rows of every table (w:tbl) in order,
// the tables joined as one grid so that a table continued on the next page, or
// repeated with its header, reads as the text layout does; and, in document
// order between them, the body's paragraphs as rows of one cell (title,
// 部门名称, 单位, a unit's name above its table; page numbers and 续表 between
// tables are left out). A cell spanning columns (gridSpan) is read at its first column; a cell
// merged down (vMerge) reads as the top cell on every row, as XLSX merged
// cells do. Positions name the table in the sheet's role and the cell in it:
// 表1!C4 (the 4th row of the 1st table, 3rd grid column).
func readDOCX(path string, data []byte, opts ReadOptions) (*Document, error) {
	body, err := zipPart(path, data, "word/document.xml", "DOCX document", "DOCX 文档")
	if err != nil {
		return nil, err
	}
	dr := docxReader{dec: xml.NewDecoder(bytes.NewReader(body))}
	if err := dr.read(); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			e := newError(path, nil, fmt.Sprintf("word/document.xml is damaged (%s)", se.Msg),
				fmt.Sprintf("word/document.xml 已损坏（%s）", se.Msg))
			e.Line = se.Line
			return nil, e
		}
		return nil, newError(path, err, "cannot read the document", "无法读取文档")
	}
	if dr.tables == 0 {
		return nil, newError(path, nil, "no table in the document: expected a performance-goal table (w:tbl)",
			"文档中没有表格：应有绩效目标表")
	}
	doc := &Document{Path: path, Format: "docx", Units: []*Unit{}}
	if err := readGrid(doc, &gridRows{dr.rows}, opts); err != nil {
		return nil, err
	}
	return doc, nil
}

// zipPart returns the unpacked part name of the zip archive data, refusing a
// damaged archive, a missing part and a part larger than xlsxUnzipLimit.
// what names the kind of file in errors.
func zipPart(path string, data []byte, name, what, whatZh string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, newError(path, err, "not a "+what+": the zip file is damaged", "不是"+whatZh+"：zip 文件已损坏")
	}
	f, err := zr.Open(name)
	if err != nil {
		return nil, newError(path, nil, fmt.Sprintf("not a %s: it has no %s", what, name),
			fmt.Sprintf("不是%s：缺少 %s", whatZh, name))
	}
	defer func() { _ = f.Close() }()
	b, err := io.ReadAll(io.LimitReader(f, xlsxUnzipLimit+1))
	switch {
	case err != nil:
		return nil, newError(path, err, "not a "+what+": the zip file is damaged", "不是"+whatZh+"：zip 文件已损坏")
	case len(b) > xlsxUnzipLimit:
		return nil, newError(path, nil, fmt.Sprintf("%s too large: %s is more than %d MiB unpacked (refused, it may be a zip bomb)", what, name, xlsxUnzipLimit>>20),
			fmt.Sprintf("%s过大：%s 解压后超过 %d MiB（已拒绝，可能是 zip 炸弹）", whatZh, name, xlsxUnzipLimit>>20))
	}
	return b, nil
}

// xmlAttr returns the value of the attribute of e with the given local name.
func xmlAttr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// xmlAttrInt returns the attribute as a number within [lo, hi], or def when it
// is absent or not a number.
func xmlAttrInt(e xml.StartElement, local string, def, lo, hi int) int {
	v, ok := xmlAttr(e, local)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return max(lo, min(n, hi))
}
