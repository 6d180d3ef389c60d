package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// outputFormats maps an output file's extension to the formats that write
// such a file; pairOutputs picks the format of an --output by it.
var outputFormats = map[string][]string{
	".json":  {"json", "codeclimate"},
	".sarif": {"sarif"},
	".txt":   {"text"},
	".log":   {"text"},
	".html":  {"html"},
	".htm":   {"html"},
	".xlsx":  {"xlsx"},
	".md":    {"markdown"},
}

// formatsOfFile returns the formats that write a file named path, told by its
// extension (".sarif.json" is SARIF); nil when the extension says nothing.
func formatsOfFile(path string) []string {
	lower := strings.ToLower(path)
	if strings.HasSuffix(lower, ".sarif.json") {
		return outputFormats[".sarif"]
	}
	return outputFormats[filepath.Ext(lower)]
}

// pairOutputs pairs the --format values with the --output files. An output
// whose extension names a format takes that format (inferred when --format
// is absent, one of the given formats otherwise); the outputs left take the
// formats left in order only when they are as many; at most one format is
// left over, for standard output. Anything else is ambiguous and refused, so
// that text never lands in a .json file by position.
func pairOutputs(formats, outputs []string) ([]sink, error) {
	left := slices.Clone(formats)
	var out []sink
	var unknown []string
	for _, o := range outputs {
		fs := formatsOfFile(o)
		switch {
		case fs == nil:
			unknown = append(unknown, o)
		case len(formats) == 0:
			out = append(out, sink{format: fs[0], path: o})
		default:
			i := slices.IndexFunc(left, func(f string) bool { return slices.Contains(fs, f) })
			if i < 0 {
				return nil, &usageError{
					en: fmt.Sprintf("--output %s is a %s file, but no --format %s is left to write it", o, fs[0], fs[0]),
					zh: fmt.Sprintf("--output %s 是 %s 文件，但没有剩下的 --format %s 可以写它", o, fs[0], fs[0])}
			}
			out = append(out, sink{format: left[i], path: o})
			left = slices.Delete(left, i, i+1)
		}
	}
	switch {
	case len(unknown) == 0:
	case len(formats) == 0:
		return nil, &usageError{
			en: fmt.Sprintf("cannot tell the format of --output %s from its name; add --format FORMAT or use --output-format FORMAT=FILE", unknown[0]),
			zh: fmt.Sprintf("无法从文件名看出 --output %s 的格式；请加上 --format FORMAT，或用 --output-format FORMAT=FILE", unknown[0])}
	case len(unknown) == len(left):
		for i, o := range unknown {
			out = append(out, sink{format: left[i], path: o})
		}
		left = left[len(unknown):]
	default:
		return nil, &usageError{
			en: fmt.Sprintf("cannot tell which --format goes to --output %s (formats %s are left for %d outputs); use --output-format FORMAT=FILE",
				unknown[0], strings.Join(left, ", "), len(unknown)),
			zh: fmt.Sprintf("无法确定哪个 --format 写到 --output %s（剩下 %s 这些格式，对应 %d 个输出文件）；请用 --output-format FORMAT=FILE",
				unknown[0], strings.Join(left, "、"), len(unknown))}
	}
	if len(left) > 1 {
		return nil, &usageError{en: "only one format can go to standard output; give --output FILE for the others",
			zh: "只能有一种格式输出到标准输出；其他格式请用 --output FILE 写到文件"}
	}
	for _, f := range left {
		out = append(out, sink{format: f})
	}
	return out, nil
}
