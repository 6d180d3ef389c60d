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
	"html":   func() Reporter { return &HTML{} },
	"xlsx":   func() Reporter { return &XLSX{} },

	"codeclimate": func() Reporter { return &CodeClimate{} },
	"junit":       func() Reporter { return &JUnit{} },
	"checkstyle":  func() Reporter { return &Checkstyle{} },
	"markdown":    func() Reporter { return &Markdown{} },
}

// formatNames lists the formats in the order shown to users.
var formatNames = []string{"text", "json", "sarif", "github", "html", "xlsx", "codeclimate", "junit", "checkstyle", "markdown"}

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

// NeedsDocument reports whether the reporter of format draws the table, and so
// needs each FileResult's Doc and Data.
func NeedsDocument(format string) bool {
	return format == "html" || format == "xlsx"
}
