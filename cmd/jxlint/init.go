package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/jxlint/jxlint/rules"
	"github.com/spf13/cobra"
)

// initOptions are the flags of `jxlint init`.
type initOptions struct {
	force  bool // overwrite an existing .jxlint.yaml
	stdout bool // print the starter instead of writing it
}

// newInitCmd builds `jxlint init`.
func newInitCmd(e *env) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter .jxlint.yaml in the working directory (生成配置文件)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			return initRun(e, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite an existing "+rules.ConfigName)
	cmd.Flags().BoolVar(&opts.stdout, "stdout", false, "print the starter configuration instead of writing it")
	return cmd
}

// initRun writes the starter configuration to the working directory, or to stdout.
func initRun(e *env, opts *initOptions) error {
	data := rules.StarterConfig()
	if opts.stdout {
		_, err := e.stdout.Write(data)
		return err
	}
	path := rules.ConfigName
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !opts.force {
		flags |= os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &codeError{code: exitError, err: fmt.Errorf("%s", inLang(e.global.lang,
			path+" 已存在；用 --force 覆盖，或用 --stdout 只打印",
			path+" exists; use --force to overwrite it, or --stdout to print the starter"))}
	}
	if err != nil {
		return &codeError{code: exitError, err: writeFileError(path, err)}
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return &codeError{code: exitError, err: writeFileError(path, err)}
	}
	if err := f.Close(); err != nil {
		return &codeError{code: exitError, err: writeFileError(path, err)}
	}
	_, err = fmt.Fprintln(e.stdout, inLang(e.global.lang, "已写入 "+path, "wrote "+path))
	return err
}
