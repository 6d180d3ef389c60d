// Package benchtest holds the cross-package benchmarks of jxlint: reading and
// linting generated tables (table/tablegen) with the built-in rule set, and
// checking the findings against what the generator injected.
package benchtest

import (
	"bytes"
	"fmt"

	"github.com/jxlint/jxlint/table/tablegen"
)

// Options are the generator options of the benchmark corpus: page breaks and
// every defect kind at 5%.
var Options = tablegen.Options{Seed: 1, PageBreakEvery: 30, Rates: tablegen.UniformRates(0.05)}

// File is one generated table and what was injected into it.
type File struct {
	Name     string
	Data     []byte
	Manifest tablegen.Manifest
}

// Corpus generates n tables of about size bytes each; table i uses seed
// Options.Seed+i, as jxgen --files does.
func Corpus(n int, size int64) ([]File, error) {
	files := make([]File, n)
	for i := range files {
		opt := Options
		opt.Seed += uint64(i)
		var buf bytes.Buffer
		buf.Grow(int(size) + 64<<10)
		m, err := tablegen.GenerateSize(&buf, opt, size)
		if err != nil {
			return nil, err
		}
		files[i] = File{Name: fmt.Sprintf("table-%04d.txt", i+1), Data: buf.Bytes(), Manifest: m}
	}
	return files, nil
}

// Bytes returns the total size of files.
func Bytes(files []File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// Projects returns the number of projects in files.
func Projects(files []File) int {
	n := 0
	for _, f := range files {
		n += f.Manifest.Projects
	}
	return n
}

// Dense is the dense benchmark corpus: the published example table, whose every
// project has findings, repeated with renamed units.
type Dense struct {
	File
	Repeated tablegen.Repeated
}

// DenseCorpus repeats example (named name) up to about size bytes, as
// jxgen --repeat does.
func DenseCorpus(name string, example []byte, size int64) (Dense, error) {
	var buf bytes.Buffer
	buf.Grow(int(size) + 64<<10)
	r, err := tablegen.RepeatSize(&buf, name, example, size)
	if err != nil {
		return Dense{}, err
	}
	return Dense{File: File{Name: "dense.txt", Data: buf.Bytes()}, Repeated: r}, nil
}
