// Command jxlint lints Chinese government budget performance-goal tables
// (项目支出绩效目标表).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
