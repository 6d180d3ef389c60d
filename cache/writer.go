package cache

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/jxlint/jxlint/engine"
)

// Writer stores the result of one file whose findings come in batches, as
// they are found: they are written to a temporary file beside the entry as
// they come, and Close renames it into place, so a reader sees the old
// entry, the new one or none. Unlike internal/atomicfile it does not sync to
// disk, which would cost more than linting: an entry lost or torn in a crash
// fails its checksum and is a miss.
type Writer struct {
	name string   // the entry's file
	tmp  *os.File // nil once failed or closed
	path string   // the linted file's, as its findings name it
	e    encoder  // what is not yet written
	n    int      // findings added
	crc  uint32   // of the body written so far
	err  error
}

// writeAt is the size at which a writer writes out what it has encoded.
const writeAt = 64 << 10

// Writer starts the entry of k for the file at path.
func (c *Cache) Writer(k Key, path string) *Writer {
	w := &Writer{name: c.file(k), path: path}
	tmp, err := os.CreateTemp(filepath.Dir(w.name), ".tmp-*")
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(w.name), 0o755); err == nil {
			tmp, err = os.CreateTemp(filepath.Dir(w.name), ".tmp-*")
		}
	}
	if err != nil {
		w.err = err
		return w
	}
	w.tmp = tmp
	head := append([]byte(nil), magic...)
	head = append(head, k[:]...)
	head = binary.BigEndian.AppendUint32(head, 0) // the checksum, written by Close
	_, w.err = tmp.Write(head)
	return w
}

// Add encodes the file's next findings, writing them out as the encoded
// bytes pass writeAt.
func (w *Writer) Add(fs []engine.Finding) {
	if w.err != nil {
		return
	}
	for i := range fs {
		w.e.finding(&fs[i], w.path)
	}
	w.n += len(fs)
	if len(w.e.b) >= writeAt {
		w.write()
	}
}

// write writes out what is encoded.
func (w *Writer) write() {
	w.crc = crc32.Update(w.crc, crc32.IEEETable, w.e.b)
	_, w.err = w.tmp.Write(w.e.b)
	w.e.b = w.e.b[:0]
}

// Close completes the entry with the counts of res, whose findings were
// added, and puts it in place; a result that is not Cacheable, or an error
// of writing, leaves no entry.
func (w *Writer) Close(res *engine.FileResult) error {
	if w.err == nil && !Cacheable(res) {
		w.err = errors.New("cache: a result with errors is not stored")
	}
	if w.err == nil {
		w.e.b = appendTrailer(w.e.b, res, w.n)
		w.write()
	}
	if w.err == nil {
		var crc [4]byte
		binary.BigEndian.PutUint32(crc[:], w.crc)
		_, w.err = w.tmp.WriteAt(crc[:], int64(len(magic)+len(Key{})))
	}
	if w.tmp != nil {
		if err := w.tmp.Close(); w.err == nil {
			w.err = err
		}
		if w.err == nil {
			w.err = os.Rename(w.tmp.Name(), w.name)
		}
		if w.err != nil {
			_ = os.Remove(w.tmp.Name())
		}
		w.tmp = nil
	}
	return w.err
}
