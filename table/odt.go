package table

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
)

func init() {
	register(KindODT, readODT, ".odt")
}

// readODT reads the tables of an OpenDocument text as readODS reads sheets,
// each placed as 表1!C4 like a Word table.
func readODT(path string, data []byte, opts ReadOptions) (*Document, error) {
	body, err := zipPart(path, data, "content.xml", "OpenDocument text", " OpenDocument 文本")
	if err != nil {
		return nil, err
	}
	or := odsReader{dec: xml.NewDecoder(bytes.NewReader(body)), numbered: true}
	if err := or.read(); err != nil {
		return nil, odsError(path, err)
	}
	if len(or.sheets) == 0 {
		return nil, newError(path, nil, "no table in the document: expected a performance-goal table",
			"文档中没有表格：应有绩效目标表")
	}
	return readWorkbook(path, "odt", or.sheets, opts)
}

// odsError explains an error met reading content.xml.
func odsError(path string, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		e := newError(path, nil, fmt.Sprintf("content.xml is damaged (%s)", se.Msg),
			fmt.Sprintf("content.xml 已损坏（%s）", se.Msg))
		e.Line = se.Line
		return e
	}
	return newError(path, err, "cannot read the document", "无法读取文档")
}
