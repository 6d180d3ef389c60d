package reporters

import (
	"bytes"
	"io"
	"path/filepath"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/xuri/excelize/v2"
)

// xlsxTime is the creation and modification time written into every
// workbook, so that the same findings give the same bytes.
const xlsxTime = "2000-01-01T00:00:00Z"

// XLSX writes a workbook that a reviewer can send back to the department. For
// one workbook input it is a copy of that workbook, unchanged except that each
// cell with findings gets a comment (批注) listing them and a fill colour by the
// worst severity; for other inputs, or several, it is the table of each file in
// the one-row-per-indicator layout, annotated the same way. A first sheet
// (检查结果) lists every finding with a link to its cell. Results are kept until
// End, which writes the workbook.
type XLSX struct {
	w           io.Writer
	run         Run
	results     []*engine.FileResult
	merges      []xlsxMerge // of generated sheets, made last
	placeholder string      // the empty sheet of a new workbook no table went into
}

// xlsxEntry is one finding as the workbook shows it: its number, and the sheet
// and cell where it is annotated ("" when it has none).
type xlsxEntry struct {
	n           int
	res         *engine.FileResult
	f           *engine.Finding
	sheet, cell string
	own         bool // the cell is the finding's own cell of the input: its range inside the cell holds
}

// Begin records where the workbook goes.
func (x *XLSX) Begin(w io.Writer, run Run) error {
	x.w, x.run = w, run
	return nil
}

// File keeps the result, with its model and bytes, for End.
func (x *XLSX) File(res *engine.FileResult) error {
	r := *res
	x.results = append(x.results, &r)
	return nil
}

// End builds the workbook and writes it.
func (x *XLSX) End(sum Summary) error {
	var (
		wb      *excelize.File
		entries []xlsxEntry
		err     error
	)
	copied := len(x.results) == 1 && isWorkbook(x.results[0])
	if copied {
		wb, entries, err = x.copyWorkbook(x.results[0])
	} else {
		wb, entries, err = x.newWorkbook()
	}
	if err != nil {
		return err
	}
	defer func() { _ = wb.Close() }()
	if err := annotate(wb, entries, x.run); err != nil {
		return err
	}
	entries = appendToolErrors(entries, sum.ToolErrors, x.run)
	if err := writeFindingSheet(wb, entries, x.run); err != nil {
		return err
	}
	if x.placeholder != "" {
		if err := wb.DeleteSheet(x.placeholder); err != nil {
			return err
		}
	}
	for _, m := range x.merges {
		if err := wb.MergeCell(m.sheet, m.from, m.to); err != nil {
			return err
		}
	}
	props, err := wb.GetDocProps()
	if err != nil {
		return err
	}
	if !copied || props.Created == "" {
		props.Created = xlsxTime
	}
	props.Modified = xlsxTime
	if !copied || props.Creator == "" {
		props.Creator = x.run.ToolName
	}
	props.LastModifiedBy = x.run.ToolName
	if err := wb.SetDocProps(props); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
		return err
	}
	_, err = x.w.Write(buf.Bytes())
	return err
}

// isWorkbook reports whether res is a workbook read from its bytes.
func isWorkbook(res *engine.FileResult) bool {
	ext := filepath.Ext(res.Path)
	return res.Err == nil && len(res.Data) > 0 && (res.Format == "xlsx" || ext == ".xlsx" || ext == ".xlsm")
}

// copyWorkbook opens the original workbook and places each finding on the
// cell its span names.
func (x *XLSX) copyWorkbook(res *engine.FileResult) (*excelize.File, []xlsxEntry, error) {
	wb, err := excelize.OpenReader(bytes.NewReader(res.Data))
	if err != nil {
		return nil, nil, err
	}
	entries := make([]xlsxEntry, len(res.Findings))
	for i := range res.Findings {
		f := &res.Findings[i]
		e := xlsxEntry{n: i + 1, res: res, f: f, sheet: f.Span.Sheet(), cell: topLeft(f.Span.Cell()), own: true}
		if idx, err := wb.GetSheetIndex(e.sheet); err != nil || idx < 0 {
			e.sheet, e.cell = "", ""
		}
		entries[i] = e
	}
	return wb, entries, nil
}

// topLeft returns the first cell of a range such as A5:N5.
func topLeft(ref string) string {
	if i := bytes.IndexByte([]byte(ref), ':'); i >= 0 {
		return ref[:i]
	}
	return ref
}

// appendToolErrors lists the run's tool errors after the findings, as errors
// without a cell, so that the workbook never reads as a clean pass.
func appendToolErrors(entries []xlsxEntry, errs []ToolError, run Run) []xlsxEntry {
	for _, te := range errs {
		f := &engine.Finding{RuleID: te.RuleID, Severity: rules.Error, Message: te.Message, Path: te.Path, Span: te.Span}
		res := &engine.FileResult{Path: toolPath(te.Path, run)}
		entries = append(entries, xlsxEntry{n: len(entries) + 1, res: res, f: f})
	}
	return entries
}
