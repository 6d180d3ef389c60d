package cache

import (
	"encoding/binary"
	"errors"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// errCorrupt says an entry cannot be decoded; the caller treats it as a miss.
var errCorrupt = errors.New("cache: corrupt entry")

// encoder appends a file result as varints and length-prefixed strings.
type encoder struct{ b []byte }

func (e *encoder) int(v int) { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) span(s table.Span) {
	e.int(int(s.Line))
	e.int(int(s.Column))
	e.int(int(s.EndLine))
	e.int(int(s.EndColumn))
	e.bool(s.CellRef != nil)
	if s.CellRef != nil {
		e.str(s.CellRef.Sheet)
		e.str(s.CellRef.Cell)
	}
}

// encodeResult appends res to b: everything a reporter reads of a file
// linted without error, except the path, which the key already holds. The
// findings come first, so that they can be written as they are found, and
// the file's counts after them, in a trailer whose length ends the entry.
func encodeResult(b []byte, res *engine.FileResult) []byte {
	e := encoder{b: b}
	for i := range res.Findings {
		e.finding(&res.Findings[i], res.Path)
	}
	return appendTrailer(e.b, res, len(res.Findings))
}

// finding appends f, a finding of the file at path.
func (e *encoder) finding(f *engine.Finding, path string) {
	e.str(f.RuleID)
	e.str(string(f.Severity))
	e.str(f.Message)
	e.bool(f.Path == path)
	if f.Path != path {
		e.str(f.Path)
	}
	e.span(f.Span)
	e.str(f.Unit)
	e.str(f.Project)
	e.str(f.Indicator)
	e.str(f.Field)
	e.str(f.Text)
	e.str(f.Fingerprint)
	e.bool(f.Fix != nil)
	if f.Fix != nil {
		e.span(f.Fix.Span)
		e.str(f.Fix.Old)
		e.str(f.Fix.Replacement)
		e.str(f.Fix.Description)
	}
}

// appendTrailer appends the counts of res, which has n findings, and the
// length of what it appended as 4 bytes.
func appendTrailer(b []byte, res *engine.FileResult, n int) []byte {
	e := encoder{b: b}
	start := len(b)
	e.str(res.Format)
	e.str(res.Encoding)
	e.int(res.Projects)
	e.int(res.Indicators)
	e.int(res.Ignored)
	e.int(n)
	return binary.BigEndian.AppendUint32(e.b, uint32(len(e.b)-start))
}

// decoder reads what encoder wrote; the first error sticks. Its strings
// are cut from one copy of the whole entry, s, which b is the rest of.
type decoder struct {
	s   string
	b   []byte
	err error
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) int32() int32 {
	v := d.int()
	if int(int32(v)) != v {
		d.err = errCorrupt
	}
	return int32(v)
}

func (d *decoder) str() string {
	n, k := binary.Uvarint(d.b)
	if k <= 0 || n > uint64(len(d.b)-k) {
		d.err = errCorrupt
		d.b = nil
		return ""
	}
	start := len(d.s) - len(d.b) + k
	d.b = d.b[k+int(n):]
	return d.s[start : start+int(n)]
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 || d.b[0] > 1 {
		d.err = errCorrupt
		d.b = nil
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) span() table.Span {
	s := table.Span{Line: d.int32(), Column: d.int32(), EndLine: d.int32(), EndColumn: d.int32()}
	if d.bool() {
		s.CellRef = &table.CellRef{Sheet: d.str(), Cell: d.str()}
	}
	return s
}

// decodeResult reads a result encoded by encodeResult for the file at path.
func decodeResult(b []byte, path string) (engine.FileResult, error) {
	if len(b) < 4 {
		return engine.FileResult{}, errCorrupt
	}
	t := int(binary.BigEndian.Uint32(b[len(b)-4:]))
	if t > len(b)-4 {
		return engine.FileResult{}, errCorrupt
	}
	s := string(b)
	d := decoder{s: s[:len(b)-4], b: b[len(b)-4-t : len(b)-4]}
	res := engine.FileResult{Path: path, Format: d.str(), Encoding: d.str(), Projects: d.int(), Indicators: d.int(), Ignored: d.int()}
	n := d.int()
	d.s, d.b = s[:len(b)-4-t], b[:len(b)-4-t]
	if d.err != nil || n < 0 || n > len(d.b) { // every finding takes more than a byte
		return engine.FileResult{}, errCorrupt
	}
	if n > 0 {
		res.Findings = make([]engine.Finding, n)
	}
	for i := 0; i < n && d.err == nil; i++ {
		f := &res.Findings[i]
		f.RuleID, f.Severity, f.Message = d.str(), rules.Severity(d.str()), d.str()
		f.Path = path
		if !d.bool() {
			f.Path = d.str()
		}
		f.Span = d.span()
		f.Unit, f.Project, f.Indicator, f.Field = d.str(), d.str(), d.str(), d.str()
		f.Text, f.Fingerprint = d.str(), d.str()
		if d.bool() {
			f.Fix = &engine.Fix{Span: d.span(), Old: d.str(), Replacement: d.str(), Description: d.str()}
		}
	}
	if d.err != nil || len(d.b) != 0 {
		return engine.FileResult{}, errCorrupt
	}
	return res, nil
}
