package table

import "errors"

func init() {
	register(readCSV, ".csv")
}

// readCSV reads a CSV file in any encoding Decode handles, with `,`, `;` or tab
// as the delimiter (detected from the first lines), into the layout its header
// row names. Every cell keeps its exact span; see splitCSV.
func readCSV(path string, data []byte) (*Document, error) {
	text, enc, err := Decode(data)
	if err != nil {
		return nil, &Error{Path: path, Msg: "cannot read CSV", Err: err}
	}
	rows, err := splitCSV(text, detectDelimiter(text))
	if err != nil {
		var se *csvSyntaxError
		if errors.As(err, &se) {
			return nil, &Error{Path: path, Line: se.line, Column: se.column, Msg: se.msg}
		}
		return nil, &Error{Path: path, Msg: "cannot read CSV", Err: err}
	}
	doc := &Document{Path: path, Format: "csv", Encoding: enc, Units: []*Unit{}}
	if err := readGrid(doc, rows); err != nil {
		return nil, err
	}
	return doc, nil
}
