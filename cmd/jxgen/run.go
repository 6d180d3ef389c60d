package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/jxlint/jxlint/table/tablegen"
)

// fileManifest is one file's entry in the --manifest output.
type fileManifest struct {
	File string `json:"file"`
	tablegen.Manifest
}

// run parses args and writes the tables.
func run(args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if o.repeat != "" {
		return repeat(o, stdout)
	}
	var ms []fileManifest
	if o.out == "" {
		w := bufio.NewWriter(stdout)
		m, err := generate(w, o.gen, o.size)
		if err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		ms = append(ms, fileManifest{File: "-", Manifest: m})
	} else {
		if ms, err = writeFiles(o); err != nil {
			return err
		}
		if err := summarize(stdout, o.out, ms); err != nil {
			return err
		}
	}
	if o.manifest != "" {
		return writeManifest(o.manifest, ms)
	}
	return nil
}

// generate writes one table of opt, of size bytes when size > 0.
func generate(w io.Writer, opt tablegen.Options, size int64) (tablegen.Manifest, error) {
	if size > 0 {
		return tablegen.GenerateSize(w, opt, size)
	}
	return tablegen.Generate(w, opt)
}

// writeFiles writes o.files tables into o.out; file i uses seed+i. Sizes
// spread the total evenly, the remainder going to the first files.
func writeFiles(o options) ([]fileManifest, error) {
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return nil, err
	}
	width := max(4, len(fmt.Sprint(o.files)))
	ms := make([]fileManifest, 0, o.files)
	for i := range o.files {
		name := fmt.Sprintf("table-%0*d.txt", width, i+1)
		opt := o.gen
		opt.Seed += uint64(i)
		size := o.size / int64(o.files)
		if int64(i) < o.size%int64(o.files) {
			size++
		}
		m, err := writeFile(filepath.Join(o.out, name), opt, size)
		if err != nil {
			return nil, err
		}
		ms = append(ms, fileManifest{File: name, Manifest: m})
	}
	return ms, nil
}

// writeFile writes one table to path.
func writeFile(path string, opt tablegen.Options, size int64) (tablegen.Manifest, error) {
	f, err := os.Create(path)
	if err != nil {
		return tablegen.Manifest{}, err
	}
	m, err := generate(f, opt, size)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return m, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// summarize prints what was written.
func summarize(w io.Writer, dir string, ms []fileManifest) error {
	var bytes int64
	var projects, indicators, defects int
	for _, m := range ms {
		bytes += m.Bytes
		projects += m.Projects
		indicators += m.Indicators
		defects += len(m.Defects)
	}
	_, err := fmt.Fprintf(w, "wrote %d files to %s: %d bytes, %d projects, %d indicators, %d injected defects\n",
		len(ms), dir, bytes, projects, indicators, defects)
	return err
}

// writeManifest writes the manifests as indented JSON.
func writeManifest(path string, ms []fileManifest) error {
	data, err := json.MarshalIndent(ms, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// repeat writes the body of the table in o.repeat o.copies times, or up to
// o.size bytes, to stdout or to table-0001.txt in o.out.
func repeat(o options, stdout io.Writer) error {
	example, err := os.ReadFile(o.repeat)
	if err != nil {
		return err
	}
	w, path := stdout, "-"
	var f *os.File
	if o.out != "" {
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			return err
		}
		path = filepath.Join(o.out, "table-0001.txt")
		if f, err = os.Create(path); err != nil {
			return err
		}
		w = f
	}
	var r tablegen.Repeated
	switch {
	case o.copies == 0 && o.size > 0:
		r, err = tablegen.RepeatSize(w, o.repeat, example, o.size)
	default:
		r, err = tablegen.Repeat(w, o.repeat, example, max(o.copies, 1))
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return err
	}
	if f != nil {
		if _, err := fmt.Fprintf(stdout, "wrote %s: %d bytes, %d copies of the body of %s\n", path, r.Bytes, r.Copies, o.repeat); err != nil {
			return err
		}
	}
	if o.manifest == "" {
		return nil
	}
	data, err := json.MarshalIndent(struct {
		File string `json:"file"`
		tablegen.Repeated
	}{path, r}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(o.manifest, append(data, '\n'), 0o644)
}
