package pathglob

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMatchRelativeToBase(t *testing.T) {
	wd, _ := os.Getwd()
	base := filepath.Join(wd, "proj")
	for _, c := range []struct {
		glob, path string
		want       bool
	}{
		{"tables/*.txt", "proj/tables/a.txt", true},
		{"tables/*.txt", "proj/tables/sub/a.txt", false},
		{"tables/**/*.txt", "proj/tables/sub/a.txt", true},
		{"tables/*.txt", "tables/a.txt", false}, // not under proj
		{"*.txt", "elsewhere/a.txt", true},      // base names match anywhere
		{"./tables/a.txt", "proj/tables/a.txt", true},
		{"tables/a.txt", filepath.Join(base, "tables", "a.txt"), true},
		{"../tables/a.txt", "tables/a.txt", true}, // above the folder
		{"../tables/a.txt", "proj/tables/a.txt", false},
	} {
		p, err := Compile(c.glob, base)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Match(c.path); got != c.want {
			t.Errorf("%q matches %q = %v, want %v", c.glob, c.path, got, c.want)
		}
	}
}

func TestMatchWorkingDirectory(t *testing.T) {
	p, err := Compile("old/**", "")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Match("old/x/a.txt") || p.Match("new/a.txt") {
		t.Error("old/** relative to the working directory")
	}
}
