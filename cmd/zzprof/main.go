package main

import (
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

func main() {
	doc, err := readDoc(os.Args[1])
	if err != nil {
		panic(err)
	}
	set, _ := rules.Builtin()
	l, err := engine.New(set, engine.Options{Lang: "zh"})
	if err != nil {
		panic(err)
	}
	runtime.GC()
	writeHeap("/tmp/heap-read.prof")
	n := 0
	_, err = l.Worker().LintStream(doc, nil, func(fs []engine.Finding) error {
		n++
		if n == 60 {
			runtime.GC()
			writeHeap("/tmp/heap-mid.prof")
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	println(n)
}

// readDoc reads the table at path, so that its bytes are garbage once read.
func readDoc(path string) (*table.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return table.Read(path, data)
}

// writeHeap writes a heap profile to path.
func writeHeap(path string) {
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		panic(err)
	}
	if err := f.Close(); err != nil {
		panic(err)
	}
}
