package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jxlint/jxlint/table/tablegen"
)

// options are jxgen's flags.
type options struct {
	gen      tablegen.Options
	files    int
	size     int64 // total bytes over all files; 0 means --units units per file
	out      string
	manifest string
	repeat   string // a table whose body is repeated with renamed units, instead of generating
	copies   int    // copies of its body; 0 means as many as --size asks
}

// parseFlags reads args into options.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	var projects, indicators, size, rates string
	var all float64
	fs := flag.NewFlagSet("jxgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Uint64Var(&o.gen.Seed, "seed", 1, "seed; file i of --files uses seed+i-1")
	fs.IntVar(&o.gen.Units, "units", 20, "units (资金使用单位) per file, unless --size is given")
	fs.StringVar(&projects, "projects", "3-12", "projects per unit: N or MIN-MAX")
	fs.StringVar(&indicators, "indicators", "3-6", "indicators per project: N or MIN-MAX, at most 8")
	fs.IntVar(&o.gen.PageBreakEvery, "page-break", 0, "rows per page before a page break (0: none)")
	fs.StringVar(&o.gen.Department, "department", "", "部门名称 (default: drawn from the seed)")
	fs.IntVar(&o.gen.Year, "year", 2026, "budget year used in dates")
	fs.Float64Var(&all, "defect-rate", 0, "probability of every defect kind")
	fs.StringVar(&rates, "rates", "", "per-kind probabilities, e.g. typo=0.1,row-sum=0.02 (after --defect-rate); kinds: "+kindList())
	fs.IntVar(&o.files, "files", 1, "number of files to write into --out")
	fs.StringVar(&size, "size", "", "total size over all files, e.g. 100MB, 512KiB (default: --units per file)")
	fs.StringVar(&o.out, "out", "", "folder to write table-0001.txt … into (default: one table to stdout)")
	fs.StringVar(&o.manifest, "manifest", "", "write the manifests (what was injected where) as JSON to this file")
	fs.StringVar(&o.repeat, "repeat", "", "repeat the body of this table (packed text layout) with renamed units, --copies times or up to --size")
	fs.IntVar(&o.copies, "copies", 0, "with --repeat: copies of the body (default: as many as --size asks, else 1)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if o.gen.ProjectsPerUnit, err = parseRange("--projects", projects); err != nil {
		return o, err
	}
	if o.gen.IndicatorsPerProject, err = parseRange("--indicators", indicators); err != nil {
		return o, err
	}
	if size != "" {
		if o.size, err = parseSize(size); err != nil {
			return o, err
		}
	}
	o.gen.Rates = tablegen.UniformRates(all)
	if err := parseRates(&o.gen.Rates, rates); err != nil {
		return o, err
	}
	switch {
	case o.files < 1:
		return o, fmt.Errorf("--files is %d; want 1 or more", o.files)
	case o.out == "" && o.files > 1:
		return o, fmt.Errorf("--files %d needs --out DIR", o.files)
	case o.repeat != "" && o.files != 1:
		return o, fmt.Errorf("--repeat writes one file; --files is %d", o.files)
	case o.copies < 0 || o.copies > 0 && o.repeat == "":
		return o, fmt.Errorf("--copies %d: want a positive count, with --repeat", o.copies)
	case o.size > 0 && o.size/int64(o.files) < 1000:
		return o, fmt.Errorf("--size %s over %d files is under 1,000 bytes a file", size, o.files)
	}
	return o, nil
}

// parseRange reads "N" or "MIN-MAX".
func parseRange(flag, s string) (tablegen.Range, error) {
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		hi = lo
	}
	a, err1 := strconv.Atoi(strings.TrimSpace(lo))
	b, err2 := strconv.Atoi(strings.TrimSpace(hi))
	if err1 != nil || err2 != nil || a < 1 || b < a {
		return tablegen.Range{}, fmt.Errorf("%s %q: want a count N or a range MIN-MAX such as 3-12", flag, s)
	}
	return tablegen.Range{Min: a, Max: b}, nil
}

// sizeUnits are the size suffixes, longest first.
var sizeUnits = []struct {
	suffix string
	bytes  float64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"B", 1},
}

// parseSize reads a byte count such as 100MB, 1.5GB, 512KiB or 250000.
func parseSize(s string) (int64, error) {
	num, mult := strings.TrimSpace(s), 1.0
	for _, u := range sizeUnits {
		if n, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(n), u.bytes
			break
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v <= 0 || v*mult > 1<<50 {
		return 0, fmt.Errorf("--size %q: want a size such as 100MB, 512KiB or 250000", s)
	}
	return int64(v * mult), nil
}

// parseRates applies a list such as typo=0.1,row-sum=0.02 to r.
func parseRates(r *tablegen.Rates, s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	for item := range strings.SplitSeq(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(item), "=")
		p, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			return fmt.Errorf("--rates %q: want kind=probability, e.g. typo=0.1", item)
		}
		if err := r.Set(tablegen.Kind(k), p); err != nil {
			return fmt.Errorf("--rates: unknown defect kind %q; kinds are %s", k, kindList())
		}
	}
	return nil
}

// kindList names every defect kind.
func kindList() string {
	names := make([]string, len(tablegen.Kinds))
	for i, k := range tablegen.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
