package reporters

import (
	"bytes"
	"encoding/json"
	"io"
)

// flushAt is the size at which a reporter's buffer is written out: output goes
// out in pieces of about this size as findings come, so that no reporter holds
// more than this of the document.
const flushAt = 64 << 10

// jsonStream writes one indented JSON document piece by piece through a
// bounded buffer: fixed text, whole values, and the elements of one open array
// as they come.
type jsonStream struct {
	w       io.Writer
	out     jsonOut // the pending bytes are out.b
	enc     *json.Encoder
	scratch bytes.Buffer
	first   bool // no element of the open array is written yet
}

// start prepares the stream to write to w.
func (s *jsonStream) start(w io.Writer) {
	s.w, s.first = w, true
	s.out.b = s.out.b[:0]
	s.scratch.Reset()
	s.enc = json.NewEncoder(&s.scratch)
	s.enc.SetEscapeHTML(false)
}

// text appends fixed JSON text.
func (s *jsonStream) text(t string) { s.out.b = append(s.out.b, t...) }

// encode appends v, indented as if it started at prefix, without a final
// newline, through encoding/json (for values written once per run).
func (s *jsonStream) encode(v any, prefix string) error {
	s.scratch.Reset()
	s.enc.SetIndent(prefix, "  ")
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	s.out.b = append(s.out.b, s.scratch.Bytes()[:s.scratch.Len()-1]...) // without the encoder's newline
	return nil
}

// element starts the next element of the open array on its own line at
// indent and returns the writer of its value; end finishes it.
func (s *jsonStream) element(indent string) *jsonOut {
	if s.first {
		s.first = false
	} else {
		s.out.b = append(s.out.b, ',')
	}
	s.out.b = append(s.out.b, '\n')
	s.out.b = append(s.out.b, indent...)
	s.out.reset(indent)
	return &s.out
}

// end finishes an element: the buffer is written out once it is full.
func (s *jsonStream) end() error {
	if len(s.out.b) < flushAt {
		return nil
	}
	return s.flush()
}

// closeArray ends the open array; a non-empty one closes on a line at indent.
func (s *jsonStream) closeArray(indent string) {
	if !s.first {
		s.out.b = append(s.out.b, '\n')
		s.out.b = append(s.out.b, indent...)
	}
	s.out.b = append(s.out.b, ']')
}

// flush writes what is buffered.
func (s *jsonStream) flush() error {
	if len(s.out.b) == 0 {
		return nil
	}
	_, err := s.w.Write(s.out.b)
	s.out.b = s.out.b[:0]
	return err
}
