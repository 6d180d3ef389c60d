package tablegen

import (
	"io"
	"testing"
)

func BenchmarkGenerate(b *testing.B) {
	opt := Options{Seed: 1, Units: 50, PageBreakEvery: 30, Rates: UniformRates(0.05)}
	var n int64
	for b.Loop() {
		m, err := Generate(io.Discard, opt)
		if err != nil {
			b.Fatal(err)
		}
		n = m.Bytes
	}
	b.SetBytes(n)
}

func BenchmarkGenerateSize(b *testing.B) {
	opt := Options{Seed: 1, PageBreakEvery: 30, Rates: UniformRates(0.05)}
	b.SetBytes(1 << 20)
	for b.Loop() {
		if _, err := GenerateSize(io.Discard, opt, 1<<20); err != nil {
			b.Fatal(err)
		}
	}
}
