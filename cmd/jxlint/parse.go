package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

// parseOptions are the flags of `jxlint parse`.
type parseOptions struct {
	format  string   // json, jsonl or yaml
	exclude []string // --exclude GLOB, repeatable
}

// newParseCmd builds `jxlint parse`.
func newParseCmd(e *env) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse [--format json|jsonl|yaml] PATH...",
		Short: "Print the model read from tables, as JSON or YAML (解析表格)",
		Long: `Print the model that jxlint reads from each table: department, money unit,
the 合计 row, units, projects, amounts and indicators, each value with the span
(line and UTF-16 column, or sheet and cell) it was read from.

PATH is a table file, a folder (walked for tables as lint walks it, with
--exclude but without the configuration's exclude:) or - for standard input. The output has the same shape however many files there are:
--format json prints a JSON array of documents, --format jsonl one document per
line, --format yaml one YAML document per table separated by ---, in the order
given. A file printed from one table (an array of one, a line, a YAML document)
read back with jxlint parse gives the same model.
A file that cannot be read is reported on stderr as "jxlint: <file>: <reason>"
(the reason in the language of --lang); the other files are still printed,
and the exit status is 2, as it is when no table was read at all.`,
		Args: minArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			switch opts.format {
			case "json", "jsonl", "yaml":
			default:
				return &codeError{code: exitError, err: &usageError{en: fmt.Sprintf("--format must be json, jsonl or yaml, not %q", opts.format),
					zh: fmt.Sprintf("--format 应为 json、jsonl 或 yaml，而不是「%s」", opts.format)}}
			}
			return parseRun(e, args, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "json", "output format: json (an array), jsonl (one document per line) or yaml")
	cmd.Flags().StringArrayVar(&opts.exclude, "exclude", nil, "leave out files and folders matching GLOB, relative to the working directory (repeatable)")
	return cmd
}

// parseRun reads every table of paths and prints the models of those that
// could be read.
func parseRun(e *env, paths []string, opts *parseOptions) error {
	exclude, err := excludePatterns(opts.exclude, &rules.Set{})
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	inputs, skipped := expandInputs(paths, e.stdin, "<stdin>", exclude)
	lang := e.global.lang
	if e.global.verbose {
		for _, n := range skipped {
			_, _ = fmt.Fprintf(e.stderr, "jxlint: %s\n", inLang(lang, "跳过 "+n.path+"："+n.zh, "skipped "+n.path+": "+n.en))
		}
	}
	docs := []*table.Document{}
	failed := false
	for i := range inputs {
		_, doc, skip, err := inputs[i].read(1)
		switch {
		case skip != nil:
			if e.global.verbose {
				_, _ = fmt.Fprintf(e.stderr, "jxlint: %s\n", inLang(lang, "跳过 "+skip.path+"："+skip.zh, "skipped "+skip.path+": "+skip.en))
			}
		case err != nil:
			failed = true
			_, _ = fmt.Fprintln(e.stderr, "jxlint:", table.ErrorText(err, lang)) // reported; the other files go on
		default:
			docs = append(docs, doc)
		}
	}
	if err := writeDocs(e.stdout, docs, opts.format); err != nil {
		return &codeError{code: exitError, err: err}
	}
	if failed {
		return &codeError{code: exitError}
	}
	if len(docs) == 0 {
		return &codeError{code: exitError, err: &usageError{en: "no table was read", zh: "没有读取到任何表格"}}
	}
	return nil
}

// writeDocs writes docs as a JSON array, as JSON lines, or as a stream of
// YAML documents.
func writeDocs(w io.Writer, docs []*table.Document, format string) error {
	switch format {
	case "yaml":
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return enc.Close()
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(docs)
}
