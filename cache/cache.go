// Package cache keeps the lint results of files in a folder, keyed by the
// file's path and content, the rule set with its configuration, and the
// build of jxlint, so that a run over unchanged files reads its findings
// instead of linting again.
//
// Each entry is a file of its own, written to a temporary name and renamed
// into place, so concurrent runs never see half an entry and reads need no
// lock. An entry carries its key and a checksum: one that does not match, or
// does not decode, is a miss. A changed rule set gives other keys, so its
// entries are never read for it.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/jxlint/jxlint/engine"
)

// magic starts every entry; its last byte is the entry format's version.
var magic = []byte("jxlint-cache\x00\x03")

// Cache is a folder of entries. Its methods are safe for concurrent use.
type Cache struct {
	dir string
	run [sha256.Size]byte // the run's identity: rule set, configuration, build
}

// Key names the entry of one file's content under one run identity.
type Key [sha256.Size]byte

// DefaultDir returns the folder used when none is given: jxlint under the
// user's cache folder (os.UserCacheDir).
func DefaultDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "jxlint"), nil
}

// entriesDir is the folder under a cache folder that holds the entries;
// the cache folder may hold other things (the CI's tool installs share the
// default one), which Trim and Clean never touch.
const entriesDir = "results"

// Open returns the cache in dir for runs of identity run (see RunID); its
// entries folder is created when missing.
func Open(dir string, run [sha256.Size]byte) (*Cache, error) {
	if err := os.MkdirAll(filepath.Join(dir, entriesDir), 0o755); err != nil {
		return nil, err
	}
	return &Cache{dir: dir, run: run}, nil
}

// Clean removes every entry of the cache folder dir, and nothing else in it.
func Clean(dir string) error { return os.RemoveAll(filepath.Join(dir, entriesDir)) }

// Dir returns the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// Key returns the key of the file at path (as given to the linter, since
// rules and findings see it) with content data.
func (c *Cache) Key(path string, data []byte) Key {
	h := sha256.New()
	h.Write(c.run[:])
	var n [binary.MaxVarintLen64]byte
	h.Write(n[:binary.PutUvarint(n[:], uint64(len(path)))])
	h.Write([]byte(path))
	h.Write(data)
	var k Key
	h.Sum(k[:0])
	return k
}

// file returns where the entry of k is stored.
func (c *Cache) file(k Key) string {
	s := hex.EncodeToString(k[:])
	return filepath.Join(c.dir, entriesDir, s[:2], s[2:])
}

// Get returns the result stored under k for the file at path, and whether
// there was a sound one. An entry read is marked used (see Trim).
func (c *Cache) Get(k Key, path string) (engine.FileResult, bool) {
	buf := entryBufs.Get().(*[]byte)
	defer entryBufs.Put(buf)
	b, err := readEntry(c.file(k), time.Now(), buf)
	if err != nil {
		return engine.FileResult{}, false
	}
	body, ok := unwrap(b, k)
	if !ok {
		return engine.FileResult{}, false
	}
	res, err := decodeResult(body, path)
	return res, err == nil
}

// entryBufs holds buffers entries are read into; decoding copies what it keeps.
var entryBufs = sync.Pool{New: func() any { return new([]byte) }}

// Cacheable reports whether res may be stored: a file read and linted
// without any error. Errors are reported afresh on every run.
func Cacheable(res *engine.FileResult) bool {
	return res.Err == nil && len(res.RuleErrors) == 0
}

// Put stores res under k (see Writer).
func (c *Cache) Put(k Key, res *engine.FileResult) error {
	w := c.Writer(k, res.Path)
	w.Add(res.Findings)
	return w.Close(res)
}

// unwrap checks an entry's magic, key and checksum and returns its body.
func unwrap(b []byte, k Key) ([]byte, bool) {
	head := len(magic) + len(k) + 4
	if len(b) < head || !bytes.Equal(b[:len(magic)], magic) || !bytes.Equal(b[len(magic):len(magic)+len(k)], k[:]) {
		return nil, false
	}
	body := b[head:]
	return body, binary.BigEndian.Uint32(b[head-4:head]) == crc32.ChecksumIEEE(body)
}
