// Command jxgen writes generated performance-goal tables for benchmarks and
// throughput measurements: one table to stdout, or N files into a folder.
//
//	jxgen --seed 1 --units 50 --projects 20 > table.txt
//	jxgen --seed 1 --out bench --files 1000 --size 100MB --manifest bench.json
//	jxgen --repeat testdata/corpus/pazhou-project-goals.txt --size 32MB > dense.txt
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "jxgen:", err)
		os.Exit(2)
	}
}
