package defaults_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/table"
)

// TestCorpusSums alters amounts of the real table and checks that the sum
// rules point at exactly the cells that no longer add up.
func TestCorpusSums(t *testing.T) {
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	l := linter(t, "zh")
	tests := []struct {
		name     string
		old, new string // a unique piece of the corpus and its replacement
		want     string // sum-* findings as `line:col rule-id`, one a line
	}{
		{"unchanged", "", "", ""},
		{"project row off by its fiscal column",
			"机构运行保障经费\t425.00\t425.00", "机构运行保障经费\t425.00\t420.00",
			"11:32 sum-unit\n12:10 sum-row\n"},
		{"unit row above its projects",
			"委员会\t9,203.17\t9,203.17", "委员会\t9,213.17\t9,213.17",
			"10:4 sum-total\n10:13 sum-total\n11:23 sum-unit\n11:32 sum-unit\n"},
		{"合计 above its units",
			"合计\t9,235.17\t9,235.17", "合计\t9,245.17\t9,245.17",
			"10:4 sum-total\n10:13 sum-total\n"},
		{"合计 total alone",
			"合计\t9,235.17\t9,235.17", "合计\t9,236.17\t9,235.17",
			"10:4 sum-row\n10:4 sum-total\n"},
		{"money moved between columns, totals unchanged",
			"", "", ""},
	}
	moved := strings.NewReplacer(
		"合计\t9,235.17\t9,235.17\t\t", "合计\t9,235.17\t9,210.17\t\t25.00",
		"委员会\t9,203.17\t9,203.17\t\t", "委员会\t9,203.17\t9,178.17\t\t25.00",
		"机构运行保障经费\t425.00\t425.00\t\t", "机构运行保障经费\t425.00\t400.00\t\t25.00")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(data)
			switch {
			case tt.old != "":
				if n := strings.Count(text, tt.old); n != 1 {
					t.Fatalf("%q occurs %d times in the corpus, want once", tt.old, n)
				}
				text = strings.Replace(text, tt.old, tt.new, 1)
			case strings.HasPrefix(tt.name, "money moved"):
				if text = moved.Replace(text); text == string(data) || strings.Count(text, "\t25.00") != 3 {
					t.Fatal("the corpus no longer has the rows this case changes")
				}
			}
			doc, err := table.Read(corpus, []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			res := l.Worker().Lint(doc)
			var got strings.Builder
			for _, f := range res.Findings {
				if strings.HasPrefix(f.RuleID, "sum-") {
					fmt.Fprintf(&got, "%d:%d %s\n", f.Span.Line, f.Span.Column, f.RuleID)
				}
			}
			if got.String() != tt.want {
				t.Errorf("sum findings:\n%s\nwant:\n%s", got.String(), tt.want)
			}
		})
	}
}
