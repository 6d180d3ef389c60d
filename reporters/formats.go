package reporters

import (
	"fmt"
	"strings"
)

// constructors maps each format name to a function that makes its reporter.
var constructors = map[string]func() Reporter{
	"text":   func() Reporter { return &Text{} },
	"json":   func() Reporter { return &JSON{} },
	"sarif":  func() Reporter { return &SARIF{} },
	"github": func() Reporter { return &GitHub{} },

	"codeclimate": func() Reporter { return &CodeClimate{} },
	"junit":       func() Reporter { return &JUnit{} },
	"checkstyle":  func() Reporter { return &Checkstyle{} },
	"markdown":    func() Reporter { return &Markdown{} },
}

// formatNames lists the formats in the order shown to users.
var formatNames = []string{"text", "json", "sarif", "github", "codeclimate", "junit", "checkstyle", "markdown"}

// Formats returns the names of the output formats New accepts.
func Formats() []string {
	return append([]string(nil), formatNames...)
}

// New returns a fresh reporter for format, one of Formats.
func New(format string) (Reporter, error) {
	mk, ok := constructors[format]
	if !ok {
		return nil, fmt.Errorf("unknown output format %q (valid: %s)", format, strings.Join(formatNames, ", "))
	}
	return mk(), nil
}
