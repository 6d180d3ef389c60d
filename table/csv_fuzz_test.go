package table

import (
	"os"
	"testing"
)

// FuzzReadCSV checks that the CSV reader never panics and that every cell span
// it reports is well formed: 1-based, starting no later than it ends.
func FuzzReadCSV(f *testing.F) {
	if data, err := os.ReadFile(rowsExample); err == nil {
		f.Add(data)
	}
	f.Add([]byte("项目名称,三级指标,指标值\n甲,\"a\"\"b\r\nc\",5\n"))
	f.Add([]byte("\xef\xbb\xbf项目名称;三级指标;指标值\r\n;;\r"))
	f.Add([]byte("\xff\xfe\x79\x98\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data)
		if err != nil {
			return
		}
		rows, err := splitCSV(text, detectDelimiter(text))
		if err != nil {
			return
		}
		for _, r := range rows {
			for _, c := range r.Cells {
				s := c.Span
				if s.Line < 1 || s.Column < 1 || s.EndLine < s.Line || s.EndLine == s.Line && s.EndColumn < s.Column {
					t.Fatalf("bad span %+v for %q", s, c.Text)
				}
			}
		}
		_, _ = Read("f.csv", data)
	})
}

// BenchmarkReadCSV reads a rows-layout CSV of about 2,000 indicator rows.
func BenchmarkReadCSV(b *testing.B) {
	data, err := os.ReadFile(rowsExample)
	if err != nil {
		b.Fatal(err)
	}
	head, body := splitHeader(data)
	big := append([]byte{}, head...)
	for range 220 {
		big = append(big, body...)
	}
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := Read("b.csv", big); err != nil {
			b.Fatal(err)
		}
	}
}

// splitHeader splits the rows example after its third line (the header row).
func splitHeader(data []byte) (head, body []byte) {
	n := 0
	for i, c := range data {
		if c == '\n' {
			if n++; n == 3 {
				return data[:i+1], data[i+1:]
			}
		}
	}
	return data, nil
}
