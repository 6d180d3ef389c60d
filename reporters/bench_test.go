package reporters

import (
	"io"
	"testing"

	"github.com/jxlint/jxlint/engine"
)

// BenchmarkReporters writes the fixed results many times per format.
func BenchmarkReporters(b *testing.B) {
	results := testResults()
	var many []*engine.FileResult
	for range 50 {
		many = append(many, results...)
	}
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, _ := New(format)
				if err := r.Begin(io.Discard, testRun("zh")); err != nil {
					b.Fatal(err)
				}
				for _, res := range many {
					if err := r.File(res); err != nil {
						b.Fatal(err)
					}
				}
				if err := r.End(testSummary()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
