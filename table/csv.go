package table

import "errors"

func init() {
	register(KindCSV, readCSV, ".csv")
}

// readCSV reads a CSV file in any encoding Decode handles, with `,`, `;` or tab
// as the delimiter (detected from the first lines), into the layout its header
// row names. Every cell keeps its exact span; see splitCSV.
func readCSV(path string, data []byte, opts ReadOptions) (*Document, error) {
	text, enc, err := Decode(data)
	if err != nil {
		return nil, newError(path, err, "cannot read CSV", "无法读取 CSV 文件")
	}
	rows, err := splitCSV(text, detectDelimiter(text))
	if err != nil {
		var se *csvSyntaxError
		if errors.As(err, &se) {
			e := newError(path, nil, se.msg, se.zh)
			e.Line, e.Column = se.line, se.column
			return nil, e
		}
		return nil, newError(path, err, "cannot read CSV", "无法读取 CSV 文件")
	}
	doc := &Document{Path: path, Format: "csv", Encoding: enc, Units: []*Unit{}}
	if err := readGrid(doc, &gridRows{rows}, opts); err != nil {
		return nil, err
	}
	return doc, nil
}
