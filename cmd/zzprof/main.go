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
	data, _ := os.ReadFile(os.Args[1])
	doc, err := table.Read(os.Args[1], data)
	if err != nil {
		panic(err)
	}
	data = nil
	set, _ := rules.Builtin()
	l, err := engine.New(set, engine.Options{Lang: "zh"})
	if err != nil {
		panic(err)
	}
	runtime.GC()
	f, _ := os.Create("/tmp/heap-read.prof")
	pprof.WriteHeapProfile(f)
	f.Close()
	n := 0
	l.Worker().LintStream(doc, nil, func(fs []engine.Finding) error {
		n++
		if n == 60 {
			runtime.GC()
			f, _ := os.Create("/tmp/heap-mid.prof")
			pprof.WriteHeapProfile(f)
			f.Close()
		}
		return nil
	})
	println(n)
}
