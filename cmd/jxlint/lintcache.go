package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/jxlint/jxlint/cache"
	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// runCache is the result cache of one lint run, with its counts for -v.
type runCache struct {
	c                  *cache.Cache
	looked, hits, puts atomic.Int64 // files looked up, found, stored
}

// openCache returns the run's cache, or nil when the run does not use one:
// --no-cache, --fix (which rewrites the files it reads), or a cache folder
// that cannot be made, which does not stop the run: said on stderr for
// --cache-dir, with -v for the default folder.
func openCache(e *env, opts *lintOptions, set *rules.Set) *runCache {
	if opts.noCache || opts.fix {
		return nil
	}
	dir := opts.cacheDir
	if dir == "" {
		d, err := cache.DefaultDir()
		if err != nil {
			e.note("不使用缓存：找不到用户缓存目录（%v）", "not caching: no user cache folder (%v)", err)
			return nil
		}
		dir = d
	}
	id, err := cache.RunID(set, cache.BuildID(version), resultSettings(e)...)
	if err == nil {
		var c *cache.Cache
		if c, err = cache.Open(dir, id); err == nil {
			return &runCache{c: c}
		}
	}
	if opts.cacheDir == "" { // the default folder: a note with -v, not a warning on every run
		e.note("不使用缓存：%v", "not caching: %v", err)
		return nil
	}
	_, _ = fmt.Fprintln(e.stderr, "jxlint:", inLang(e.global.lang, "不使用缓存：", "not caching: ")+err.Error())
	return nil
}

// resultSettings are the flags besides the rule set that change what a
// file's result is: the language of messages and the readers' limits. A flag
// added that changes what is read or found must be added here, or the cache
// would return results found under its old value.
func resultSettings(e *env) []string {
	return []string{"lang=" + e.global.lang, fmt.Sprintf("max-cells=%d", e.global.maxCells)}
}

// note prints a -v note in the run's language.
func (e *env) note(zh, en string, args ...any) {
	if e.global.verbose {
		_, _ = fmt.Fprintln(e.stderr, "jxlint:", fmt.Sprintf(inLang(e.global.lang, zh, en), args...))
	}
}

// lint reads and lints one input, through the cache when it has one: a
// file whose key is stored is not parsed or linted (unless --stats asks for
// the time of every rule); a file linted without error is stored. Standard
// input is never cached.
func (rc *runCache) lint(w *engine.Worker, more []*engine.Worker, in *lintInput, opts *lintOptions) linted {
	if rc == nil || in.isStd || in.err != nil || opts.keepDoc { // a drawn table needs the model, which is not cached
		return lintOne(w, more, in, opts)
	}
	buf := readBufs.Get().(*[]byte)
	defer readBufs.Put(buf)
	data, skip, err := in.bytes(buf)
	if skip != nil {
		return linted{skip: skip}
	}
	if err != nil {
		return linted{res: engine.FileResult{Path: in.path, Err: err}}
	}
	k := rc.c.Key(in.path, data)
	rc.looked.Add(1)
	v := linted{size: len(data)}
	if opts.showSource {
		v.data = bytes.Clone(data)
	}
	if !opts.stats {
		if res, ok := rc.c.Get(k, in.path); ok {
			rc.hits.Add(1)
			v.res = res
			return v
		}
	}
	// The model may keep what it reads; as many goroutines read it as lint it.
	doc, err := table.ReadWith(in.path, bytes.Clone(data), table.ReadOptions{Workers: len(more) + 1})
	if err != nil {
		v.res = engine.FileResult{Path: in.path, Err: err}
		return v
	}
	v.res = w.LintSplit(doc, more)
	if cache.Cacheable(&v.res) && rc.c.Put(k, &v.res) == nil {
		rc.puts.Add(1)
	}
	return v
}

// readBufs holds the buffers files are read into to be hashed: most are
// not needed once their results are found in the cache.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// readInto reads the file at path into *buf, growing it as needed, and
// returns the bytes read, valid until the buffer is used again.
func readInto(path string, buf *[]byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	b := (*buf)[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			*buf = b
			return b, nil
		}
		if err != nil {
			*buf = b
			return nil, err
		}
	}
}

// finish removes entries long unused (once a day) and says with -v how
// many files came from the cache.
func (rc *runCache) finish(e *env) {
	if rc == nil {
		return
	}
	rc.c.Trim()
	e.note("缓存 %s：%d 个文件中 %d 个取自缓存，新存 %d 个", "cache %s: %d files, %d read from it, %d stored",
		rc.c.Dir(), rc.looked.Load(), rc.hits.Load(), rc.puts.Load())
}
