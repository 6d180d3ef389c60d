package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/jxlint/jxlint/table"
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

// parseOptions are the flags of `jxlint parse`.
type parseOptions struct {
	format string // json or yaml
}

// newParseCmd builds `jxlint parse`.
func newParseCmd(e *env) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse [--format json|yaml] FILE...",
		Short: "Print the model read from tables, as JSON or YAML (解析表格)",
		Long: `Print the model that jxlint reads from each table: department, money unit,
the 合计 row, units, projects, amounts and indicators, each value with the span
(line and UTF-16 column, or sheet and cell) it was read from.

One file prints one JSON object (or YAML document); several files print a JSON
array of objects (or YAML documents separated by ---), in the order given.
The output read back with jxlint parse gives the same model (format json or yaml).
A file that cannot be read is reported on stderr as "jxlint: <file>: <reason>"
(the reason in the language of --lang);
the other files are still printed, and the exit status is 2.`,
		Args: minArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if opts.format != "json" && opts.format != "yaml" {
				return &codeError{code: exitError, err: &usageError{en: fmt.Sprintf("--format must be json or yaml, not %q", opts.format),
					zh: fmt.Sprintf("--format 应为 json 或 yaml，而不是「%s」", opts.format)}}
			}
			return parseRun(e, args, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "json", "output format: json or yaml")
	return cmd
}

// parseRun reads every file and prints the models of those that could be read.
func parseRun(e *env, paths []string, opts *parseOptions) error {
	var docs []*table.Document
	failed := false
	for _, p := range paths {
		doc, err := table.ReadFile(p)
		if err != nil {
			failed = true
			_, _ = fmt.Fprintln(e.stderr, "jxlint:", table.ErrorText(err, e.global.lang)) // reported; the other files go on
			continue
		}
		docs = append(docs, doc)
	}
	if err := writeDocs(e.stdout, docs, len(paths) > 1, opts.format); err != nil {
		return &codeError{code: exitError, err: err}
	}
	if failed {
		return &codeError{code: exitError}
	}
	return nil
}

// writeDocs writes docs as one object or, when several files were asked for,
// as a JSON array or a stream of YAML documents.
func writeDocs(w io.Writer, docs []*table.Document, several bool, format string) error {
	if format == "yaml" {
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return enc.Close()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	switch {
	case several:
		if docs == nil {
			docs = []*table.Document{}
		}
		return enc.Encode(docs)
	case len(docs) == 1:
		return enc.Encode(docs[0])
	}
	return nil
}
