package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/reporters"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

func main() {
	runtime.MemProfileRate = 64 << 10
	data, _ := os.ReadFile(os.Args[1])
	jobs, _ := strconv.Atoi(os.Args[2])
	set, err := rules.Load(rules.LoadOptions{NoConfig: true})
	if err != nil {
		panic(err)
	}
	l, err := engine.New(set, engine.Options{})
	if err != nil {
		panic(err)
	}
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	t0 := time.Now()
	doc, err := table.Read("dense.txt", data)
	if err != nil {
		panic(err)
	}
	t1 := time.Now()
	rep := &reporters.JSON{}
	rep.Begin(io.Discard, reporters.Run{})
	var ws []*engine.Worker
	for range jobs - 1 {
		ws = append(ws, l.Worker())
	}
	res, _ := l.Worker().LintStream(doc, ws, func(fs []engine.Finding) error { return rep.Findings(fs) })
	rep.File(&res)
	rep.End(reporters.Summary{})
	t2 := time.Now()
	pprof.StopCPUProfile()
	hf, _ := os.Create("/tmp/heap.prof")
	pprof.Lookup("allocs").WriteTo(hf, 0)
	hf.Close()
	fmt.Fprintln(os.Stderr, "read", t1.Sub(t0), "lint+write", t2.Sub(t1))
}
