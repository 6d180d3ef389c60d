package ruledocs

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules from the rule data")

// docsDir holds the pages of the built-in rules.
const docsDir = "../docs/rules"

// TestDocsUpToDate fails when docs/rules differs from what the built-in rule
// data gives: a page changed by hand, a rule changed without its page, a page
// missing or left over. go generate ./ruledocs (or -update) rewrites them.
func TestDocsUpToDate(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := Write(docsDir, set.All); err != nil {
			t.Fatal(err)
		}
	}
	want := Files(set.All)
	have, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range have {
		if _, ok := want[filepath.Base(p)]; !ok {
			t.Errorf("%s belongs to no rule; run go generate ./ruledocs", p)
		}
	}
	for name, data := range want {
		p := filepath.Join(docsDir, name)
		got, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("%v; run go generate ./ruledocs", err)
			continue
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s is out of date with the rule data; run go generate ./ruledocs", p)
		}
	}
	// Every built-in rule links to its page in the repository.
	for _, r := range set.All {
		if r.HelpURI != rules.DefaultDocsURL+r.ID+".md" {
			t.Errorf("rule %s links to %q, not to its page in docs/rules", r.ID, r.HelpURI)
		}
	}
}

// TestPageEscapes checks that text from a rule cannot break the page: Markdown
// characters in titles, examples and parameters are literal.
func TestPageEscapes(t *testing.T) {
	r := &rules.Rule{ID: "x", Title: rules.Text{Zh: "标题*粗*", En: "a | b"}, Severity: rules.Info, Scope: rules.ScopeProject,
		Check: "a | b", Params: map[string]any{"p": "x|`y`"}, Examples: []rules.Example{{Bad: "# 不是标题", Good: "[不是链接](x)"}}}
	page := string(Page(r))
	for _, want := range []string{"标题\\*粗\\* · a \\| b", "| 参数 Param `p` | `` \"x\\|`y`\" `` |", "> \\# 不是标题", "> \\[不是链接\\](x)"} {
		if !strings.Contains(page, want) {
			t.Errorf("page does not contain %q:\n%s", want, page)
		}
	}
}
