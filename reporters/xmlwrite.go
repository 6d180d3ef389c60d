package reporters

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
)

// xmlHeader starts every XML report.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// xmlBuf builds XML text for the junit and checkstyle reporters. Text and
// attribute values are escaped by encoding/xml, which also replaces
// characters XML cannot hold.
type xmlBuf struct {
	bytes.Buffer
}

// attr appends ` name="value"`.
func (b *xmlBuf) attr(name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	_ = xml.EscapeText(b, []byte(value)) // writes to a buffer: never fails
	b.WriteByte('"')
}

// intAttr appends ` name="n"`.
func (b *xmlBuf) intAttr(name string, n int) {
	b.attr(name, strconv.Itoa(n))
}

// text appends escaped character data.
func (b *xmlBuf) text(s string) {
	_ = xml.EscapeText(b, []byte(s))
}

// flushTo writes what is buffered to w and empties the buffer.
func (b *xmlBuf) flushTo(w io.Writer) error {
	_, err := w.Write(b.Bytes())
	b.Reset()
	return err
}
