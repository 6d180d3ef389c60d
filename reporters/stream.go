package reporters

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonStream writes one indented JSON document piece by piece: fixed text, whole
// values, and the elements of one open array as they come, so that a reporter
// never holds more than the current file's results.
type jsonStream struct {
	w     io.Writer
	buf   bytes.Buffer
	enc   *json.Encoder
	first bool // no element of the open array is written yet
}

// start prepares the stream to write to w.
func (s *jsonStream) start(w io.Writer) {
	s.w, s.first = w, true
	s.buf.Reset()
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
}

// text appends fixed JSON text.
func (s *jsonStream) text(t string) { s.buf.WriteString(t) }

// encode appends v, indented as if it started at prefix, without a final newline.
func (s *jsonStream) encode(v any, prefix string) error {
	s.enc.SetIndent(prefix, "  ")
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	s.buf.Truncate(s.buf.Len() - 1) // the encoder's newline
	return nil
}

// element appends v as the next element of the open array, each on its own
// line at indent.
func (s *jsonStream) element(v any, indent string) error {
	if s.first {
		s.first = false
	} else {
		s.buf.WriteByte(',')
	}
	s.buf.WriteString("\n" + indent)
	return s.encode(v, indent)
}

// closeArray ends the open array; a non-empty one closes on a line at indent.
func (s *jsonStream) closeArray(indent string) {
	if !s.first {
		s.buf.WriteString("\n" + indent)
	}
	s.buf.WriteByte(']')
}

// flush writes what is buffered.
func (s *jsonStream) flush() error {
	_, err := s.w.Write(s.buf.Bytes())
	s.buf.Reset()
	return err
}
