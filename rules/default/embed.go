// Package defaults embeds the built-in rule files (*.yaml) and dictionaries
// (dict/*.yaml) that rules.Builtin loads.
package defaults

import "embed"

// FS holds the built-in rule files at its root and the dictionaries under dict/.
// The pattern takes the whole folder so that it compiles before every
// dictionary exists; rules.Builtin reads only *.yaml and dict/*.yaml from it.
//
//go:embed *
var FS embed.FS
