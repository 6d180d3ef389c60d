// Package tabletest saves tables in the text layout as the spreadsheets that an
// office would make of them, so that tests can check that every reader gives
// the same model and the same findings.
package tabletest

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheet is the name of the sheet that XLSX writes the table to.
const Sheet = "Sheet1"

// cells splits a table in the text layout into rows of tab-separated cells.
func cells(text []byte) [][]string {
	var rows [][]string
	for _, l := range strings.Split(strings.TrimRight(string(text), "\n"), "\n") {
		rows = append(rows, strings.Split(strings.TrimRight(l, "\r"), "\t"))
	}
	return rows
}

// CSV saves a table in the text layout as comma-separated values.
func CSV(text []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(cells(text)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// XLSX saves a table in the text layout as a workbook of one sheet: amounts
// such as "9,235.17" become numbers, and a row of one cell (a title) is merged
// across the seven columns of the table, as an office would lay it out.
func XLSX(text []byte) ([]byte, error) {
	f := excelize.NewFile()
	defer func() { _ = f.Close() }()
	for i, row := range cells(text) {
		for j, s := range row {
			cell, err := excelize.CoordinatesToCellName(j+1, i+1)
			if err != nil {
				return nil, err
			}
			var v any = s
			if n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil && s != "" {
				v = n
			}
			if err := f.SetCellValue(Sheet, cell, v); err != nil {
				return nil, err
			}
		}
		if len(row) == 1 && row[0] != "" {
			from, _ := excelize.CoordinatesToCellName(1, i+1)
			to, _ := excelize.CoordinatesToCellName(7, i+1)
			if err := f.MergeCell(Sheet, from, to); err != nil {
				return nil, err
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
