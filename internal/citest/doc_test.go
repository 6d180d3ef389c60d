// Package citest tests what jxlint ships for CI systems, as those systems run
// it: the GitHub Action's scripts with the variables GitHub sets, and the
// pre-commit hook through pre-commit itself.
package citest
