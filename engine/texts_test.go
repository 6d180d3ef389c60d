package engine

import (
	"strings"
	"testing"
)

// TestTextsKeepWhatTheyHold adds texts of every length around the block's
// size and checks that each reads back as it was given, after all the others.
func TestTextsKeepWhatTheyHold(t *testing.T) {
	var ts texts
	var want, got []string
	buf := []byte{}
	for i := 0; i < 3000; i++ {
		buf = append(buf[:0], strings.Repeat("指标", i%50)...)
		buf = append(buf, byte('a'+i%26))
		if i%500 == 0 {
			buf = append(buf, strings.Repeat("x", textBlock/3+i)...)
		}
		want = append(want, string(buf))
		got = append(got, ts.add(buf))
		buf[0] = '!' // the text must not be the caller's bytes
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("text %d = %.40q…; want %.40q…", i, got[i], want[i])
		}
	}
	if ts.add(nil) != "" {
		t.Error("an empty text is not empty")
	}
}
