package rules

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDocsLinks checks where each rule's helpUri points: the built-in rules at
// their pages in the repository by default, every rule without a helpUri of
// its own at the mirror named by docs_url, and a custom rule's own helpUri
// left alone.
func TestDocsLinks(t *testing.T) {
	set := loadTest(t, LoadOptions{NoConfig: true})
	if set.DocsURL != DefaultDocsURL {
		t.Errorf("DocsURL = %q", set.DocsURL)
	}
	if got, want := set.Rule("typo").HelpURI, "https://github.com/jxlint/jxlint/blob/main/docs/rules/typo.md"; got != want {
		t.Errorf("typo links to %q, want %q", got, want)
	}

	custom := `
custom:
  - {id: own-page, title: 自有页面, severity: info, scope: project, check: "false", message: x, helpUri: "https://team.example/own"}
  - {id: no-page, title: 无页面, severity: info, scope: project, check: "false", message: x}
`
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.yaml")
	mirrored := filepath.Join(dir, "mirrored.yaml")
	if err := os.WriteFile(plain, []byte(custom), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mirrored, []byte("docs_url: https://docs.example.gov.cn/jxlint/rules\n"+custom), 0o644); err != nil {
		t.Fatal(err)
	}
	set = loadTest(t, LoadOptions{ConfigPath: plain})
	for id, want := range map[string]string{
		"typo":     DefaultDocsURL + "typo.md",
		"own-page": "https://team.example/own",
		"no-page":  "",
	} {
		if got := set.Rule(id).HelpURI; got != want {
			t.Errorf("without docs_url, %s links to %q, want %q", id, got, want)
		}
	}
	set = loadTest(t, LoadOptions{ConfigPath: mirrored})
	if set.DocsURL != "https://docs.example.gov.cn/jxlint/rules" {
		t.Errorf("DocsURL = %q", set.DocsURL)
	}
	for id, want := range map[string]string{
		"typo":     "https://docs.example.gov.cn/jxlint/rules/typo.md",
		"own-page": "https://team.example/own",
		"no-page":  "https://docs.example.gov.cn/jxlint/rules/no-page.md",
	} {
		if got := set.Rule(id).HelpURI; got != want {
			t.Errorf("with docs_url, %s links to %q, want %q", id, got, want)
		}
	}
}
