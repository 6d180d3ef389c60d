package enginetest

import (
	"strings"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

// TestFixtures runs the engine's fixtures with their own rules only.
func TestFixtures(t *testing.T) {
	Run(t, "../testdata/fixtures", &rules.Set{})
}

// TestMismatch shows what a user sees when expectations are wrong: the
// expectation that found nothing and the finding nobody expected.
func TestMismatch(t *testing.T) {
	cases, err := Load("../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	c := cases[len(cases)-1] // small.txt, after the bundles
	if c.Name != "small.txt" {
		t.Fatalf("last fixture is %s; want small.txt", c.Name)
	}
	c.Want = []Expect{{Place: "7:8", Rule: "row-sum", Line: 1}, {Place: "9:1", Rule: "empty-goal", Line: 2}, {Place: "7:122", Rule: "typo-zhengchan", Line: 3}}
	r, err := Check(&c, &rules.Set{}, "zh")
	if err != nil {
		t.Fatal(err)
	}
	want := "- 9:1 empty-goal  (../testdata/fixtures/small.want:2)\n+ 8:20 empty-goal: 项目「人才经费」没有绩效目标\n"
	if r.OK() || r.Diff() != want {
		t.Errorf("diff:\n%s\nwant:\n%s", r.Diff(), want)
	}
}

// TestWantMessages checks that a want line's message after # must be the
// finding's, and that a want line without one accepts any message.
func TestWantMessages(t *testing.T) {
	cases, err := Load("../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	c := cases[len(cases)-1]
	c.Want, err = parseWant("small.want", []byte("7:8 row-sum\n"+
		"7:122 typo-zhengchan # 错别字「正产」\n"+
		"8:20 empty-goal  #  项目「人才经费」没有绩效目标 \n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Check(&c, &rules.Set{}, "zh")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Missing) != 1 || r.Missing[0].Line != 2 || len(r.Unexpected) != 1 || r.Unexpected[0].RuleID != "typo-zhengchan" {
		t.Errorf("a wrong message is not told: diff\n%s", r.Diff())
	}
	if !strings.Contains(r.Diff(), "    # 错别字「正产」\n+ 7:122 typo-zhengchan: ") {
		t.Errorf("diff does not show both messages:\n%s", r.Diff())
	}
}

// TestBadWant names the want file and line of a malformed expectation.
func TestBadWant(t *testing.T) {
	_, err := parseWant("x.want", []byte("# ok\n7:8 row-sum\n7 row-sum\n"))
	if err == nil || !strings.Contains(err.Error(), "x.want:3: \"7 row-sum\" is not") {
		t.Errorf("error = %v", err)
	}
}
