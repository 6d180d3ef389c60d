package table

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// cellString renders a cell as text@line:col-endLine:endCol for compact expectations.
func cellString(c Cell) string {
	s := c.Span
	return fmt.Sprintf("%q@%d:%d-%d:%d", c.Text, s.Line, s.Column, s.EndLine, s.EndColumn)
}

func TestSplitCSVSpans(t *testing.T) {
	tests := []struct {
		name, in string
		delim    byte
		want     []string // one string per row, cells joined by " | "
	}{
		{"plain", "a,bc,\n", ',', []string{`"a"@1:1-1:2 | "bc"@1:3-1:5 | ""@1:6-1:6`}},
		{"quoted with escapes", `"x ""y""",z`, ',', []string{`"x \"y\""@1:2-1:9 | "z"@1:11-1:12`}},
		{"quoted comma", `"120,000.00",元`, ',', []string{`"120,000.00"@1:2-1:12 | "元"@1:14-1:15`}},
		{"embedded newline CRLF", "a,\"第一行\r\n第二行\"\r\nb,c\r\n", ',', []string{
			`"a"@1:1-1:2 | "第一行\n第二行"@1:4-2:4`,
			`"b"@3:1-3:2 | "c"@3:3-3:4`,
		}},
		{"semicolon", "甲;乙\n", ';', []string{`"甲"@1:1-1:2 | "乙"@1:3-1:4`}},
		{"tab", "甲\t\"乙\"\n", '\t', []string{`"甲"@1:1-1:2 | "乙"@1:4-1:5`}},
		{"surrogate pair counts two", "😀,x", ',', []string{`"😀"@1:1-1:3 | "x"@1:4-1:5`}},
		{"blank line and lone CR", "a\n\nb\rc", ',', []string{`"a"@1:1-1:2`, `""@2:1-2:1`, `"b"@3:1-3:2`, `"c"@4:1-4:2`}},
		{"trailing delimiter at end", "a,", ',', []string{`"a"@1:1-1:2 | ""@1:3-1:3`}},
		{"empty quoted", `"",x`, ',', []string{`""@1:2-1:2 | "x"@1:4-1:5`}},
		{"quote inside unquoted field is literal", `a"b,c`, ',', []string{`"a\"b"@1:1-1:4 | "c"@1:5-1:6`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := splitCSV(tt.in, tt.delim)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				var cells []string
				for _, c := range r.Cells {
					cells = append(cells, cellString(c))
				}
				got = append(got, strings.Join(cells, " | "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSplitCSVRowLines(t *testing.T) {
	rows, err := splitCSV("a,\"1\n2\n3\"\nb\n", ',')
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Line != 1 || rows[1].Line != 4 {
		t.Fatalf("rows start on lines %v, want [1 4]", rowLines(rows))
	}
}

func rowLines(rows []Row) []int {
	var l []int
	for _, r := range rows {
		l = append(l, r.Line)
	}
	return l
}

func TestSplitCSVErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a,b\nc,\"open", `2:3: quoted field is never closed: expected a closing "`},
		{"\"a\"b,c", "1:4: unexpected text after a closing quote: expected the delimiter or the end of the line"},
	}
	for _, tt := range tests {
		_, err := splitCSV(tt.in, ',')
		var e *csvSyntaxError
		if !errors.As(err, &e) {
			t.Fatalf("%q: got error %v, want a syntax error", tt.in, err)
		}
		if got := fmt.Sprintf("%d:%d: %s", e.line, e.column, e.msg); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestDetectDelimiter(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"a,b,c\n1,2,3", ','},
		{"a;b;c\n\"1,5\";2;3", ';'},
		{"单位名称\t项目名称\t预算数\n图书馆\t阅读\t120,000.00", '\t'},
		{"no delimiter at all", ','},
	}
	for _, tt := range tests {
		if got := detectDelimiter(tt.in); got != tt.want {
			t.Errorf("detectDelimiter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
