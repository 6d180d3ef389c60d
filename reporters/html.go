package reporters

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// The page's style and script, written inline so that the report makes no
// request of any kind.
var (
	//go:embed htmlassets/report.css
	htmlCSS string
	//go:embed htmlassets/report.js
	htmlJS string
)

// HTML writes one self-contained page: each file's table laid out as a reviewer
// reads it, with every finding marked in the cell it is about, and a panel of
// counts, filters, the list of findings and the rules' explanations. Files are
// written as they come; the panel follows them and is placed beside them by CSS.
type HTML struct {
	w     io.Writer
	run   Run
	tx    *htmlText
	b     bytes.Buffer
	rules map[string]*rules.Rule
	files []htmlFile
	items []htmlItem
}

// htmlFile is what the panel shows of one file.
type htmlFile struct {
	path     string
	err      string
	counts   [3]int // error, warning, info, accepted findings left out
	accepted int
}

// htmlItem is one finding as the panel lists it.
type htmlItem struct {
	n     int
	file  int
	f     engine.Finding
	place string // 12:301 or 项目表!G11
}

// Begin writes the page's head.
func (h *HTML) Begin(w io.Writer, run Run) error {
	h.w, h.run, h.tx = w, run, textsFor(run.Lang)
	h.rules = map[string]*rules.Rule{}
	for _, r := range run.Rules {
		h.rules[r.ID] = r
	}
	b := &h.b
	b.Reset()
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", h.tx.Lang)
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<div class=\"layout\">\n<main class=\"tables\">\n", esc(h.tx.Title), htmlCSS)
	return h.flush()
}

// File writes the table of one file with its findings marked.
func (h *HTML) File(res *engine.FileResult) error {
	idx := len(h.files)
	hf := htmlFile{path: res.Path}
	if res.Err != nil {
		span, msg := fileError(res.Err, h.run.Lang)
		hf.err = string(appendPlace(nil, res.Path, span)) + ": " + msg
	}
	n0 := len(h.items) + 1
	for i := range res.Findings {
		f := &res.Findings[i]
		switch {
		case f.Suppressed != nil:
			hf.accepted++
		default:
			hf.counts[severityRank(f.Severity)]++
		}
		h.items = append(h.items, htmlItem{n: n0 + i, file: idx, f: *f, place: placeText(f.Span)})
	}
	h.files = append(h.files, hf)
	h.b.Reset()
	h.writeFile(idx, res, n0)
	return h.flush()
}

// End writes the header, the panel and the script, and closes the page.
func (h *HTML) End(sum Summary) error {
	b := &h.b
	b.Reset()
	b.WriteString("</main>\n")
	h.writeHeader(sum)
	h.writePanel()
	b.WriteString("</div>\n<script>\n")
	b.WriteString(htmlJS)
	b.WriteString("</script>\n</body>\n</html>\n")
	return h.flush()
}

// flush writes the buffer out.
func (h *HTML) flush() error {
	_, err := h.w.Write(h.b.Bytes())
	h.b.Reset()
	return err
}

// severityRank orders severities: 0 error, 1 warning, 2 info.
func severityRank(s rules.Severity) int {
	switch s {
	case rules.Error:
		return 0
	case rules.Warning:
		return 1
	}
	return 2
}

// severities in rank order.
var severities = [3]rules.Severity{rules.Error, rules.Warning, rules.Info}

// placeText writes where a span points without the path: 12:301 or 项目表!G11.
func placeText(s table.Span) string {
	b := appendPlace(nil, "", s)
	if len(b) > 0 && b[0] == ':' {
		b = b[1:]
	}
	return string(b)
}
