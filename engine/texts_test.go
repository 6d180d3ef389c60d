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

// TestTextBlocksGrow checks that the first block is small and that blocks
// double up to the largest size.
func TestTextBlocksGrow(t *testing.T) {
	var ts texts
	ts.add([]byte("x"))
	if c := ts.block.Cap(); c < firstTextBlock || c >= 2*firstTextBlock {
		t.Errorf("first block holds %d bytes; want about %d", c, firstTextBlock)
	}
	for range 10 * textBlock / 64 {
		ts.add([]byte(strings.Repeat("y", 64)))
	}
	if c := ts.block.Cap(); c < textBlock || c >= 2*textBlock {
		t.Errorf("block holds %d bytes after many texts; want about %d", c, textBlock)
	}
	var fs fixes
	fs.add()
	if fs.size != firstFixBlock {
		t.Errorf("first block of fixes holds %d; want %d", fs.size, firstFixBlock)
	}
	for range 4 * fixBlock {
		fs.add()
	}
	if fs.size != fixBlock {
		t.Errorf("block of fixes holds %d after many; want %d", fs.size, fixBlock)
	}
}
