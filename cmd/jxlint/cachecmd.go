package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/jxlint/jxlint/cache"
)

// newCacheCmd builds `jxlint cache status|clean`, as golangci-lint has.
func newCacheCmd(e *env) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Show or empty the result cache (缓存)",
		Args:  noArgs,
	}
	cmd.PersistentFlags().StringVar(&dir, "cache-dir", "", "folder of the result cache (default: jxlint in the user's cache folder)")
	status := &cobra.Command{
		Use:   "status",
		Short: "Print the cache folder, its entries and their size",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := cacheDir(dir)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			n, size := cache.Usage(d)
			_, err = fmt.Fprintf(e.stdout, inLang(e.global.lang, "目录：%s\n条目：%d 个，共 %.1f MB\n", "folder: %s\nentries: %d, %.1f MB\n"), d, n, float64(size)/1e6)
			return err
		},
	}
	clean := &cobra.Command{
		Use:   "clean",
		Short: "Remove every cached result (other files in the folder stay)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := cacheDir(dir)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			if err := cache.Clean(d); err != nil {
				return &codeError{code: exitError, err: err}
			}
			return nil
		},
	}
	cmd.AddCommand(status, clean)
	return cmd
}

// cacheDir is the folder given, or the default one.
func cacheDir(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	return cache.DefaultDir()
}
