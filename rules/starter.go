package rules

import _ "embed"

//go:embed starter.yaml
var starter []byte

// StarterConfig returns the commented starter .jxlint.yaml that `jxlint init`
// writes: every key with its default, examples in comments, in Chinese and English.
func StarterConfig() []byte {
	return append([]byte(nil), starter...)
}
