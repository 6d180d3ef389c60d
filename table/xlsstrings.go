package table

import (
	"encoding/binary"
	"errors"
	"unicode/utf16"
)

// errXLSShort is the error for a record that ends before its fields do.
var errXLSShort = errors.New("record shorter than its fields")

// biffReader reads the fields of a record and of the CONTINUE records that
// follow it, as one stream: segs are their bodies in order. A string's
// characters may be split between two segments, and the next segment then
// starts with a new option byte that says whether they are one or two bytes
// wide (BIFF8, [MS-XLS] 2.5.293).
type biffReader struct {
	segs [][]byte
	i    int // current segment
	off  int // offset in it
}

// avail makes the current segment hold at least one byte, moving to the next
// segment at the end of one.
func (r *biffReader) avail() bool {
	for r.i < len(r.segs) && r.off >= len(r.segs[r.i]) {
		r.i, r.off = r.i+1, 0
	}
	return r.i < len(r.segs)
}

// byte reads one byte.
func (r *biffReader) byte() (byte, error) {
	if !r.avail() {
		return 0, errXLSShort
	}
	b := r.segs[r.i][r.off]
	r.off++
	return b, nil
}

// u16 reads a little-endian 16-bit number.
func (r *biffReader) u16() (int, error) {
	lo, err := r.byte()
	if err != nil {
		return 0, err
	}
	hi, err := r.byte()
	return int(lo) | int(hi)<<8, err
}

// u32 reads a little-endian 32-bit number.
func (r *biffReader) u32() (int, error) {
	lo, err := r.u16()
	if err != nil {
		return 0, err
	}
	hi, err := r.u16()
	return lo | hi<<16, err
}

// skip skips n bytes.
func (r *biffReader) skip(n int) error {
	for n > 0 {
		if !r.avail() {
			return errXLSShort
		}
		k := min(n, len(r.segs[r.i])-r.off)
		r.off, n = r.off+k, n-k
	}
	return nil
}

// chars reads n characters, one byte wide (Latin-1) or two (UTF-16LE) as high
// says, re-reading the width at the start of each following segment.
func (r *biffReader) chars(n int, high bool) (string, error) {
	u := make([]uint16, 0, min(n, 1<<16))
	for len(u) < n {
		if r.i >= len(r.segs) {
			return "", errXLSShort
		}
		seg := r.segs[r.i]
		if r.off >= len(seg) { // the characters go on in the next segment, after its option byte
			r.i, r.off = r.i+1, 1
			if r.i >= len(r.segs) || len(r.segs[r.i]) == 0 {
				return "", errXLSShort
			}
			high = r.segs[r.i][0]&1 != 0
			continue
		}
		if high {
			if r.off+2 > len(seg) {
				return "", errXLSShort
			}
			u = append(u, binary.LittleEndian.Uint16(seg[r.off:]))
			r.off += 2
		} else {
			u = append(u, uint16(seg[r.off]))
			r.off++
		}
	}
	return string(utf16.Decode(u)), nil
}

// unicodeString reads an XLUnicodeRichExtendedString (the SST's strings) or,
// when the length takes wide bytes, an XLUnicodeString (LABEL, STRING).
func (r *biffReader) unicodeString(wideLen bool) (string, error) {
	var n int
	var err error
	if wideLen {
		n, err = r.u16()
	} else {
		var b byte
		b, err = r.byte()
		n = int(b)
	}
	if err != nil {
		return "", err
	}
	opt, err := r.byte()
	if err != nil {
		return "", err
	}
	runs, ext := 0, 0
	if opt&0x08 != 0 {
		if runs, err = r.u16(); err != nil {
			return "", err
		}
	}
	if opt&0x04 != 0 {
		if ext, err = r.u32(); err != nil {
			return "", err
		}
	}
	s, err := r.chars(n, opt&1 != 0)
	if err != nil {
		return "", err
	}
	return s, r.skip(4*runs + ext)
}

// readSST reads the shared strings from the SST record's segments, at most
// limit of them.
func readSST(segs [][]byte, limit int) ([]string, error) {
	r := biffReader{segs: segs}
	if err := r.skip(4); err != nil {
		return nil, err
	}
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, errTooManyCells()
	}
	out := make([]string, 0, n)
	for range n {
		s, err := r.unicodeString(true)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
