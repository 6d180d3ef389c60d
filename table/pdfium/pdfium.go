// Package pdfium reads the characters and the drawn rules of each page of a
// PDF with PDFium, the PDF engine of Chrome, compiled to WebAssembly and run by
// wazero: pure Go, without cgo. The engine is started when the first PDF is
// read, and its compiled module is cached in the user's cache folder, so that
// later runs start in a fraction of the first one's time.
package pdfium

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	pdfium "github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Errors that Pages returns; test them with errors.Is.
var (
	// ErrEncrypted means the PDF needs a password.
	ErrEncrypted = errors.New("the PDF is encrypted")
	// ErrDamaged means PDFium could not open the PDF.
	ErrDamaged = errors.New("the PDF is damaged")
)

// Box is a rectangle on a page, in points from the page's bottom-left corner.
type Box struct{ Left, Bottom, Right, Top float64 }

// Char is one character of a page's text layer and its box.
type Char struct {
	Text string
	Box
}

// Page is what a page holds for a table reader: its size, its characters in
// content order, the boxes of its path objects (a rule is a thin one) and the
// number of its images.
type Page struct {
	Width, Height float64
	Chars         []Char
	Paths         []Box
	Images        int
}

// Limits of what is read, against hostile files.
const (
	maxPages   = 2000
	maxObjects = 200000 // page objects of one page
)

var (
	poolOnce sync.Once
	pool     pdfium.Pool
	poolErr  error
)

// CacheDir is where the compiled module is kept: jxlint/wazero in the user's
// cache folder, or "" when there is none (then every run compiles it).
func CacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "jxlint", "wazero")
}

// start starts the engine once per process.
func start() (pdfium.Pool, error) {
	poolOnce.Do(func() {
		rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir := CacheDir(); dir != "" {
			if cache, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		n := min(runtime.GOMAXPROCS(0), 4)
		pool, poolErr = webassembly.Init(webassembly.Config{MinIdle: 0, MaxIdle: n, MaxTotal: n,
			FSConfig: wazero.NewFSConfig(), RuntimeConfig: rc, Context: context.Background(),
			Stdout: discard{}, Stderr: discard{}})
	})
	return pool, poolErr
}

// discard swallows PDFium's own output.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// Pages reads every page of the PDF in data, given to PDFium as bytes: no
// file system is mounted.
func Pages(data []byte) ([]Page, error) {
	p, err := start()
	if err != nil {
		return nil, fmt.Errorf("cannot start PDFium: %w", err)
	}
	inst, err := p.GetInstance(5 * time.Minute)
	if err != nil {
		return nil, fmt.Errorf("cannot start PDFium: %w", err)
	}
	defer func() { _ = inst.Close() }()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdfiumerrors.ErrPassword) {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	defer func() { _, _ = inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document}) }()
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	if count.PageCount > maxPages {
		return nil, fmt.Errorf("too many pages: %d (at most %d)", count.PageCount, maxPages)
	}
	pages := make([]Page, 0, count.PageCount)
	for i := range count.PageCount {
		pg, err := readPage(inst, doc.Document, i)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		pages = append(pages, pg)
	}
	return pages, nil
}

// readPage reads one page.
func readPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, index int) (Page, error) {
	lp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: index})
	if err != nil {
		return Page{}, err
	}
	defer func() { _, _ = inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page}) }()
	ref := requests.Page{ByReference: &lp.Page}
	var pg Page
	if w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: ref}); err == nil {
		pg.Width = float64(w.PageWidth)
	}
	if h, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: ref}); err == nil {
		pg.Height = float64(h.PageHeight)
	}
	text, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: ref,
		Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return Page{}, err
	}
	pg.Chars = make([]Char, 0, len(text.Chars))
	for _, c := range text.Chars {
		pp := c.PointPosition
		pg.Chars = append(pg.Chars, Char{Text: c.Text, Box: Box{Left: pp.Left, Bottom: pp.Bottom, Right: pp.Right, Top: pp.Top}})
	}
	n, err := inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: ref})
	if err != nil {
		return Page{}, err
	}
	if n.Count > maxObjects {
		return Page{}, fmt.Errorf("too many objects: %d (at most %d)", n.Count, maxObjects)
	}
	for i := range n.Count {
		o, err := inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: ref, Index: i})
		if err != nil {
			return Page{}, err
		}
		t, err := inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o.PageObject})
		if err != nil {
			return Page{}, err
		}
		switch t.Type {
		case enums.FPDF_PAGEOBJ_IMAGE:
			pg.Images++
		case enums.FPDF_PAGEOBJ_PATH:
			b, err := inst.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o.PageObject})
			if err != nil {
				return Page{}, err
			}
			pg.Paths = append(pg.Paths, Box{Left: float64(b.Left), Bottom: float64(b.Bottom), Right: float64(b.Right), Top: float64(b.Top)})
		}
	}
	return pg, nil
}
