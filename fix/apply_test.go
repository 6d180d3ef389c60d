package fix

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

var update = flag.Bool("update", false, "rewrite golden files")

// source is a small table: line 2 has 正产 twice, at columns 20-22 and 31-33;
// line 3 has it after a character outside the BMP (two UTF-16 units).
var source = []string{
	"项目名称\t绩效指标",
	"两新组织党员活动经费\t实施周期指标值：正产运转；年度指标值：正产运转。",
	"😀正产",
}

// typoFixes replaces the three 正产 of source with 正常.
func typoFixes() []engine.Fix {
	fix := func(line, col int) engine.Fix {
		return engine.Fix{Span: table.Span{Line: int32(line), Column: int32(col), EndLine: int32(line), EndColumn: int32(col) + 2},
			Replacement: "正常", Description: "将「正产」改为「正常」"}
	}
	return []engine.Fix{fix(2, 31), fix(2, 20), fix(3, 3)}
}

// encoded returns the source in an encoding, with the given line end, and the
// bytes of 产 and 常 in that encoding, written out by hand.
func encoded(t *testing.T, enc, eol string) (data, oldChar, newChar []byte) {
	t.Helper()
	text := strings.Join(source, eol) + eol
	switch enc {
	case "utf-8":
		return []byte(text), []byte("产"), []byte("常")
	case "utf-8-bom":
		return append([]byte{0xEF, 0xBB, 0xBF}, text...), []byte("产"), []byte("常")
	case "gb18030":
		b, err := simplifiedchinese.GB18030.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(b), []byte{0xB2, 0xFA}, []byte{0xB3, 0xA3}
	case "utf-16le":
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(b), []byte{0xA7, 0x4E}, []byte{0x38, 0x5E}
	case "utf-16be":
		b, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(b), []byte{0x4E, 0xA7}, []byte{0x5E, 0x38}
	}
	t.Fatalf("no encoding %s", enc)
	return nil, nil, nil
}

func TestApplyEncodings(t *testing.T) {
	for _, enc := range []string{"utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be"} {
		for _, eol := range []string{"\n", "\r\n"} {
			name := enc
			if eol == "\r\n" {
				name += "-crlf"
			}
			t.Run(name, func(t *testing.T) {
				data, oldChar, newChar := encoded(t, enc, eol)
				if n := bytes.Count(data, oldChar); n != 3 {
					t.Fatalf("source holds 产 %d times, want 3", n)
				}
				want := bytes.ReplaceAll(data, oldChar, newChar)
				got, err := Apply(data, enc, typoFixes())
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("got  % x\nwant % x", got, want)
				}
			})
		}
	}
}

func TestApplySkips(t *testing.T) {
	data, _, _ := encoded(t, "utf-8", "\r\n")
	fixes := typoFixes()
	overlap := engine.Fix{Span: table.Span{Line: 2, Column: 21, EndLine: 2, EndColumn: 24}, Replacement: "X"}
	outside := engine.Fix{Span: table.Span{Line: 2, Column: 40, EndColumn: 42}, Replacement: "Y"}
	cell := engine.Fix{Span: table.CellSpan("项目表", "G14"), Replacement: "Z"}
	got, err := Apply(data, "utf-8", append(fixes, overlap, fixes[0], outside, cell))
	var skip *SkipError
	if !errors.As(err, &skip) {
		t.Fatalf("error %v, want a *SkipError", err)
	}
	if len(skip.Skipped) != 2 || skip.Skipped[0].Reason != ReasonOutOfRange || skip.Skipped[1].Reason != ReasonOverlap ||
		skip.Skipped[1].Fix.Replacement != "X" {
		t.Errorf("skipped %+v", skip.Skipped)
	}
	if msg := err.Error(); msg != "2 fixes skipped: 2:40-2:42 lies outside the text; 2:21-2:24 overlaps an earlier fix" {
		t.Errorf("message %q", msg)
	}
	want := strings.ReplaceAll(string(data), "正产", "正常")
	if string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestApplyRefuses(t *testing.T) {
	data, _, _ := encoded(t, "gb18030", "\n")
	if _, err := Apply(data, "utf-8", typoFixes()); err == nil || !strings.Contains(err.Error(), "gb18030") {
		t.Errorf("encoding mismatch error = %v", err)
	}
	if _, err := Apply(nil, "", typoFixes()); !errors.Is(err, table.ErrEmpty) {
		t.Errorf("empty file error = %v", err)
	}
	inside := engine.Fix{Span: table.Span{Line: 3, Column: 2, EndColumn: 3}, Replacement: "x"}
	_, err := Apply(data, "gb18030", []engine.Fix{inside})
	var skip *SkipError
	if !errors.As(err, &skip) || skip.Skipped[0].Reason != ReasonOutOfRange {
		t.Errorf("a column inside a surrogate pair: %v", err)
	}
}

func TestApplyNothing(t *testing.T) {
	data, _, _ := encoded(t, "utf-16le", "\r\n")
	got, err := Apply(data, "utf-16le", nil)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("no fixes changed the file: %v", err)
	}
}

func TestDiff(t *testing.T) {
	data, _, _ := encoded(t, "gb18030", "\r\n")
	fixed, err := Apply(data, "gb18030", typoFixes())
	if err != nil {
		t.Fatal(err)
	}
	got := Diff("tables/两新.txt", data, fixed, "gb18030")
	golden := filepath.Join("testdata", "typo.diff.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if d := Diff("a.txt", data, data, "gb18030"); d != "" {
		t.Errorf("diff of equal files: %q", d)
	}
}

func TestDiffHunks(t *testing.T) {
	var a, b []string
	for i := 1; i <= 20; i++ {
		a = append(a, "line "+string(rune('a'+i)))
	}
	b = append(b, a...)
	b[1] = "changed"
	b = append(b[:15], append([]string{"inserted"}, b[15:]...)...)
	b = b[:len(b)-1]
	got := Diff("f.txt", []byte(strings.Join(a, "\n")+"\n"), []byte(strings.Join(b, "\n")+"\n"), "utf-8")
	want := "--- a/f.txt\n+++ b/f.txt\n" +
		"@@ -1,5 +1,5 @@\n line b\n-line c\n+changed\n line d\n line e\n line f\n" +
		"@@ -13,8 +13,8 @@\n line n\n line o\n line p\n+inserted\n line q\n line r\n line s\n line t\n-line u\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestApplySkipsChangedText gives a fix whose span does not hold the text it
// replaces: it is skipped, the file keeps those characters, and the other
// fixes are applied.
func TestApplySkipsChangedText(t *testing.T) {
	data, _, _ := encoded(t, "utf-8", "\n")
	fixes := typoFixes()
	for i := range fixes {
		fixes[i].Old = "正产"
	}
	wrong := fixes[0]
	wrong.Span.Column, wrong.Span.EndColumn = wrong.Span.Column-3, wrong.Span.EndColumn-3
	got, err := Apply(data, "utf-8", append(fixes[1:], wrong))
	var skip *SkipError
	if !errors.As(err, &skip) || len(skip.Skipped) != 1 || skip.Skipped[0].Reason != ReasonChanged {
		t.Fatalf("error %v, want the moved fix skipped as changed", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "does not hold the text it replaces") {
		t.Errorf("message %q", msg)
	}
	lines := strings.Split(string(got), "\n")
	if n := strings.Count(string(got), "正产"); n != 1 || !strings.Contains(lines[1], "正产") {
		t.Errorf("got %q: only the typo of the skipped fix should be left", got)
	}
	if len(got) != len(data) {
		t.Errorf("the skipped fix changed other characters: %q", got)
	}
}
