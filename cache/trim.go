package cache

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Ages that bound the cache's size, as the Go build cache does: an entry
// read is marked used (its modification time set) at most once per
// touchEvery; Trim removes entries unused for MaxAge, at most once per
// trimEvery.
const (
	MaxAge     = 7 * 24 * time.Hour
	touchEvery = time.Hour
	trimEvery  = 24 * time.Hour
)

// trimMarker is the file whose modification time says when Trim last ran.
const trimMarker = "trim.txt"

// readEntry reads an entry into *buf, growing it as needed, and marks it
// used when its mark is older than touchEvery.
func readEntry(name string, now time.Time, buf *[]byte) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if int64(cap(*buf)) < st.Size() {
		*buf = make([]byte, st.Size())
	}
	b := (*buf)[:st.Size()]
	if _, err := f.ReadAt(b, 0); err != nil {
		return nil, err
	}
	if now.Sub(st.ModTime()) > touchEvery {
		_ = os.Chtimes(name, now, now) // a cache that cannot be marked still works
	}
	return b, nil
}

// Trim removes the entries not used for MaxAge, and temporary files left
// by runs that were killed, unless it ran less than a day ago. Errors are
// ignored: a cache that cannot be trimmed still works.
func (c *Cache) Trim() {
	now := time.Now()
	entries := filepath.Join(c.dir, entriesDir)
	marker := filepath.Join(entries, trimMarker)
	if st, err := os.Stat(marker); err == nil && now.Sub(st.ModTime()) < trimEvery {
		return
	}
	_ = os.WriteFile(marker, []byte(now.UTC().Format(time.RFC3339)+"\n"), 0o644)
	_ = filepath.WalkDir(entries, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == marker {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		age := now.Sub(info.ModTime())
		if age > MaxAge || strings.HasPrefix(d.Name(), ".tmp-") && age > time.Hour {
			_ = os.Remove(p)
		}
		return nil
	})
}

// Usage counts the entries in the cache folder dir and their bytes; a
// missing folder has none.
func Usage(dir string) (entries int, size int64) {
	_ = filepath.WalkDir(filepath.Join(dir, entriesDir), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == trimMarker || strings.HasPrefix(d.Name(), ".tmp-") {
			return nil
		}
		if info, err := d.Info(); err == nil {
			entries++
			size += info.Size()
		}
		return nil
	})
	return entries, size
}
