package table

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigTable builds a text table of about size bytes from the corpus: its header
// lines, then its unit and project rows repeated.
func bigTable(b *testing.B, size int) []byte {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "parse", "pazhou.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	var buf bytes.Buffer
	buf.Grow(size + 64<<10)
	buf.WriteString(strings.Join(lines[:10], "\n") + "\n")
	body := strings.Join(lines[10:19], "\n") + "\n"
	for buf.Len() < size {
		buf.WriteString(body)
	}
	return buf.Bytes()
}

func BenchmarkReadText(b *testing.B) {
	data := bigTable(b, 32<<20)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Read("big.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
