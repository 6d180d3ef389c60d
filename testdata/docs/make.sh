#!/usr/bin/env bash
# Makes the test documents in this folder from the example tables, as an office
# would: an HTML table of each table, converted by LibreOffice (Writer: .docx,
# .odt, .doc; Calc: .xls, .ods) and printed to PDF by Chromium. The results are
# committed; tests read them and never run this script.
#
# Needs: soffice (Debian libreoffice-writer, libreoffice-calc), chromium.
# Run from anywhere: testdata/docs/make.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# html TITLE MERGE < tab-separated rows > HTML: one table row per non-empty
# line; a line of one cell (title, 部门名称, 单位) spans the widest row; an
# empty cell in the first MERGE columns joins the cell above (rowspan), as a
# unit or project cell merged over its indicator rows.
html() {
	awk -F'\t' -v title="$1" -v merge="$2" '
	!/^[ \t\r]*$/ { n = split($0, f, "\t"); nr++; cols[nr] = n; if (n > w) w = n
		for (j = 1; j <= n; j++) { cell[nr, j] = f[j]; span[nr, j] = 1
			if (j <= merge && f[j] == "" && top[j] > 0 && n > 1) { span[top[j], j]++; span[nr, j] = 0 }
			else if (j <= merge) top[j] = (n > 1 && f[j] != "") ? nr : 0 } }
	END {
		print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" title "</title>"
		print "<style>table{border-collapse:collapse;font-size:9pt}td{border:1px solid #000;vertical-align:top}</style></head><body><table>"
		for (i = 1; i <= nr; i++) {
			printf "<tr>"
			if (cols[i] == 1) printf "<td colspan=\"%d\">%s</td>", w, cell[i, 1]
			else for (j = 1; j <= cols[i]; j++) {
				if (span[i, j] == 0) continue
				if (span[i, j] > 1) printf "<td rowspan=\"%d\">%s</td>", span[i, j], cell[i, j]
				else printf "<td>%s</td>", cell[i, j]
			}
			print "</tr>"
		}
		print "</table></body></html>"
	}'
}

# tables TITLE PROJECTS < tab-separated rows > HTML: a Word document of
# several tables, as an office splits a table: a line of one cell (title,
# 部门名称, 单位, a unit's name) is a paragraph between tables, after the page
# number (第 N 页) of the table before; with PROJECTS set, each project (a row
# with a 项目名称 in column 2) starts a table of its own, after a paragraph
# 续表 and the header again.
tables() {
	awk -F'\t' -v title="$1" -v projects="$2" '
	function close_table() { if (open) { print "</table>"; open = 0; printf "<p>第 %d 页</p>\n", ++page } }
	BEGIN { print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" title "</title>"
		print "<style>table{border-collapse:collapse;font-size:9pt}td{border:1px solid #000;vertical-align:top}</style></head><body>" }
	/^[ \t\r]*$/ { next }
	NF == 1 { close_table(); print "<p>" $1 "</p>"; next }
	projects && header != "" && $2 != "" && open && n++ > 0 { close_table(); print "<p>续表</p><table>" header; open = 1 }
	{ row = "<tr>"; for (j = 1; j <= NF; j++) row = row "<td>" $j "</td>"; row = row "</tr>"
		if (!open) { print "<table>"; open = 1 }
		if (header == "" && row ~ /项目名称/) header = row
		print row }
	END { if (open) print "</table>"; print "</body></html>" }'
}

html pazhou 0 <../corpus/pazhou-project-goals.txt >"$tmp/pazhou.html"
tr ',' '\t' <../sheets/layout-rows-example.csv | sed 's/"\([0-9]*\)\t\([0-9.]*\)"/\1,\2/; s/\t*$//' |
	html rows 4 >"$tmp/rows.html"

office() { # office FILTER-EXT INPUT-FILTER FILE
	soffice --headless --norestore ${2:+--infilter="$2"} --convert-to "$1" --outdir "$tmp" "$3" >/dev/null
}
for t in pazhou rows; do
	office docx "HTML (StarWriter)" "$tmp/$t.html"
	office odt "HTML (StarWriter)" "$tmp/$t.html"
	office xls "HTML (StarCalc)" "$tmp/$t.html"
	office ods "HTML (StarCalc)" "$tmp/$t.html"
	cp "$tmp/$t.docx" "$tmp/$t.odt" "$tmp/$t.xls" "$tmp/$t.ods" .
done
# formats.fods (written by hand): a budget formatted #,##0.00, a percentage,
# cells merged down, a sheet named in Chinese, repeated spaces.
office xls "" formats.fods
office ods "" formats.fods
cp "$tmp/formats.xls" "$tmp/formats.ods" .
# Word documents of several tables with paragraphs between them: the corpus
# with each unit's row reduced to its name, a paragraph above the unit's
# projects (units.txt is the text it is read against); the rows table with a
# table per project.
awk -F'\t' '/^(广州琶洲人工智能与数字经济试验区管理委员会|广州市海珠区琶洲数字经济创新发展服务中心)\t/ { print $1; next } { print }' \
	../corpus/pazhou-project-goals.txt >units.txt
tables units "" <units.txt >"$tmp/units.html"
tr ',' '\t' <../sheets/layout-rows-example.csv | sed 's/"\([0-9]*\)\t\([0-9.]*\)"/\1,\2/; s/\t*$//' |
	tables rows-tables 1 >"$tmp/rows-tables.html"
for t in units rows-tables; do
	office docx "HTML (StarWriter)" "$tmp/$t.html"
	cp "$tmp/$t.docx" .
done
office doc "HTML (StarWriter)" "$tmp/pazhou.html"
cp "$tmp/pazhou.doc" .
pdf() { # pdf NAME: print $tmp/NAME.html to NAME.pdf
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--print-to-pdf="$PWD/$1.pdf" "file://$tmp/$1.html" 2>/dev/null
}
pdf pazhou
pdf rows
# Tables without drawn rules: the same tables without borders, printed by
# Chromium and exported to PDF by LibreOffice Writer (cells aligned at their
# tops, with some padding, as a Writer table has).
for t in pazhou rows; do
	sed 's/border:1px solid #000/border:none/' "$tmp/$t.html" >"$tmp/$t-plain.html"
	pdf "$t-plain"
	sed 's/<td/<td valign="top"/g; s/<table>/<table cellpadding="3">/' "$tmp/$t-plain.html" >"$tmp/$t-plain-lo.html"
	soffice --headless --norestore --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$tmp" "$tmp/$t-plain-lo.html" >/dev/null
	cp "$tmp/$t-plain-lo.pdf" .
done
# The rows example six times over (rows-pages.csv, the text it is read
# against) exported by LibreOffice over four pages without borders, cells at
# the top and centred: page breaks cut indicator rows and project cells
# merged over rows.
{ head -3 ../sheets/layout-rows-example.csv; for _ in 1 2 3 4 5 6; do tail -n +4 ../sheets/layout-rows-example.csv; done; } >rows-pages.csv
tr ',' '\t' <rows-pages.csv | sed 's/"\([0-9]*\)\t\([0-9.]*\)"/\1,\2/; s/\t*$//' | html rows-pages 4 |
	sed 's/border:1px solid #000/border:none/' >"$tmp/rows-pages-centred.html"
sed 's/<td/<td valign="top"/g; s/<table>/<table cellpadding="3">/' "$tmp/rows-pages-centred.html" >"$tmp/rows-pages-lo.html"
for t in rows-pages-lo rows-pages-centred; do
	soffice --headless --norestore --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$tmp" "$tmp/$t.html" >/dev/null
	cp "$tmp/$t.pdf" .
done
# The corpus without borders or space between rows (cells padded left and
# right only), printed by Chromium: a row's first line follows the last line
# of the row above at the distance of the lines of a wrapped cell.
sed 's/border:1px solid #000/border:none;padding:0 4px/' "$tmp/pazhou.html" >"$tmp/pazhou-plain-tight.html"
pdf pazhou-plain-tight
# The corpus without borders printed by Chromium with its own header and
# footer in the margins (date, title, address, page 1/3).
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$PWD/pazhou-plain-margins.pdf" \
	"file://$tmp/pazhou-plain.html" 2>/dev/null
# LibreOffice's own import of the table without borders centres each cell in
# its row's height, and a cell merged over rows in the middle of them.
for t in pazhou rows; do
	cp "$tmp/$t-plain.html" "$tmp/$t-plain-centred.html"
	soffice --headless --norestore --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$tmp" "$tmp/$t-plain-centred.html" >/dev/null
	cp "$tmp/$t-plain-centred.pdf" .
done
# The corpus on A3 landscape: the same table with its page breaks elsewhere.
sed 's|</style>|@page{size:A3 landscape}</style>|' "$tmp/pazhou.html" >"$tmp/pazhou-a3.html"
pdf pazhou-a3
# Text but no table: a notice without a table header.
echo '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>关于报送绩效目标的通知</h1><p>各单位：请于月底前报送项目支出绩效目标表。</p></body></html>' >"$tmp/notable.html"
pdf notable
# A scan: a page that holds only an image of text, no text layer.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,500 \
	--screenshot="$tmp/rows.png" "file://$tmp/rows.html" 2>/dev/null
echo '<!DOCTYPE html><html><body><img src="rows.png" style="width:100%"></body></html>' >"$tmp/scan.html"
pdf scan
# An encrypted PDF: the rows table exported by LibreOffice with an open password.
soffice --headless --norestore --convert-to \
	'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"jxlint"}}' \
	--outdir "$tmp" "$tmp/rows.docx" >/dev/null
cp "$tmp/rows.pdf" encrypted.pdf
ls -l
