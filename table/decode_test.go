package table

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEncodingsGiveTheSameModel reads the corpus in every supported encoding
// and line end and expects the very model (spans included) of the UTF-8 file.
func TestEncodingsGiveTheSameModel(t *testing.T) {
	src := string(mustRead(t, "pazhou.txt"))
	crlf := strings.ReplaceAll(src, "\n", "\r\n")
	variants := []struct {
		name, enc string
		data      []byte
	}{
		{"utf-8 crlf", EncUTF8, []byte(crlf)},
		{"utf-8 cr", EncUTF8, []byte(strings.ReplaceAll(src, "\n", "\r"))},
		{"utf-8 bom", EncUTF8BOM, append([]byte("\xEF\xBB\xBF"), src...)},
		{"utf-8 bom crlf", EncUTF8BOM, append([]byte("\xEF\xBB\xBF"), crlf...)},
		{"gb18030", EncGB18030, encode(t, simplifiedchinese.GB18030, src)},
		{"gbk crlf", EncGB18030, encode(t, simplifiedchinese.GBK, crlf)},
		{"utf-16le", EncUTF16LE, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), src)},
		{"utf-16be crlf", EncUTF16BE, encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), crlf)},
	}
	want := marshal(t, readFixture(t, "pazhou.txt"))
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			doc, err := Read("pazhou.txt", v.data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Encoding != v.enc {
				t.Errorf("encoding %q, want %q", doc.Encoding, v.enc)
			}
			doc.Encoding = EncUTF8
			if got := marshal(t, doc); !bytes.Equal(got, want) {
				t.Errorf("model differs from the UTF-8 file's")
			}
		})
	}
}

func TestDecode(t *testing.T) {
	text, enc, err := Decode([]byte("\xFF\xFE\x3D\xD8\x00\xDE\x61\x00")) // U+1F600 and "a", UTF-16LE
	if err != nil || enc != EncUTF16LE || text != "\U0001F600a" {
		t.Errorf("UTF-16 surrogates: %q %q %v", text, enc, err)
	}
	if _, _, err := Decode([]byte("\xFF\xFE\x00\xDE")); !errors.Is(err, ErrBinary) {
		t.Errorf("unpaired surrogate: %v", err)
	}
	if _, _, err := Decode([]byte("\xEF\xBB\xBFa\xFF")); !errors.Is(err, ErrBinary) {
		t.Errorf("invalid UTF-8 after a BOM: %v", err)
	}
	if _, _, err := Decode(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
	if text, enc, _ := Decode([]byte("\xb2\xe2\xca\xd4")); text != "测试" || enc != EncGB18030 {
		t.Errorf("GBK: %q %q", text, enc)
	}
}

func TestNextLine(t *testing.T) {
	text := "a\r\nb\rc\n\nd"
	var got []string
	for pos := 0; pos < len(text); {
		var l string
		l, pos = nextLine(text, pos)
		got = append(got, l)
	}
	if strings.Join(got, "|") != "a|b|c||d" {
		t.Errorf("lines %q", got)
	}
	if n := countLines(text); n != 4 {
		t.Errorf("countLines = %d, want 4", n)
	}
}

// TestStrayByteInChinese places a stray byte at its line and column in
// Chinese too, naming the encodings tried.
func TestStrayByteInChinese(t *testing.T) {
	_, err := Read("z.csv", []byte("单位名称,项目名称\n区科技局,\xFF科技\n"))
	want := "z.csv:2:6: 无法读取 CSV 文件：不是支持的编码的文本：字节 0xFF 不是有效的 UTF-8（已尝试 UTF-8 和 GB18030/GBK；文件其余部分是 UTF-8；请把文件重新保存为 UTF-8）"
	if got := ErrorText(err, "zh"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// FuzzDecode decodes any bytes without panicking; text that is refused at a
// byte is refused at a real line and column.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"abc", "项目\n单位：万\xB2元", "\xB5\xA5\xCE\xBB", "a\r\n\xFF", "\xEF\xBB\xBF\xFF", "\xFF\xFEa\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, err := Decode(data)
		var r *reasonError
		if errors.As(err, &r) && (r.line < 0 || r.col < 0 || (r.line == 0) != (r.col == 0)) {
			t.Errorf("refused at line %d, column %d", r.line, r.col)
		}
	})
}
