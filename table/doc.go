// Package table reads performance-goal tables (项目支出绩效目标表) into a typed
// model in which every value knows the exact characters it came from.
//
// The way of a file, file by file:
//
//   - read.go: Read and ReadWith pick the reader by what the bytes hold
//     (sniff.go), not by the name; a format without a reader gets an error
//     that says what to do (kinderror.go). decode.go turns text in UTF-8,
//     GB18030 or UTF-16 into UTF-8 and says where bad bytes stand.
//   - Each reader yields rows of cells, every cell with its span (grid.go):
//     text.go (tab-separated text), csv.go and csvsplit.go, xlsx.go and
//     xlsxgrid.go, xls*.go (Excel 97-2003), ods*.go and odt.go, docx*.go,
//     and pdf*.go (pdfgrid.go for tables with drawn rules; pdfplain*.go,
//     pdfheader.go, pdfcentred.go, pdfedges.go and pdfcut.go for tables
//     without them). workbook.go reads every sheet that holds a table.
//   - grid.go finds the first header row of a layout and hands the rows to
//     it: packed.go (one row per project, its indicators packed in one cell,
//     split by indicators.go, indicatoritem.go and itemscan.go, on several
//     cores by indicatorpool.go) or rows.go (one row per indicator, built by
//     rowsbuild.go and rowsindicator.go, its columns named in headers.go).
//     amounts.go and amountparse.go read the money columns as exact decimals.
//   - span.go, position.go and cutcell.go place a value, and any range of
//     characters inside it, where the source holds it: a line and UTF-16
//     column, or a sheet, a cell and the characters inside the cell, also
//     in a cell that a page break cut.
//   - model.go is the model; canonical.go and modelfile.go read it back from
//     the JSON or YAML that jxlint parse prints; error.go is the error that
//     names a file's place.
package table
