package rules

import (
	"net/url"
	"strings"

	"gopkg.in/yaml.v3"
)

// DefaultDocsURL is where the pages of the built-in rules are published: the
// docs/rules folder of the repository, one ID.md page per rule.
const DefaultDocsURL = "https://github.com/jxlint/jxlint/blob/main/docs/rules/"

// DocsPage returns the page of rule id under the documentation base URL.
func DocsPage(base, id string) string {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + id + ".md"
}

// linkDocs points the rules that have no helpUri of their own at their page
// under base. Rules linked this way before are pointed again.
func linkDocs(rs []*Rule, base string) {
	for _, r := range rs {
		if r.HelpURI == "" || r.docsLinked {
			r.HelpURI, r.docsLinked = DocsPage(base, r.ID), true
		}
	}
}

// docsURL decodes `docs_url:`, the base URL of a mirror of the rule pages (as
// `jxlint rules docs` writes them): an absolute http or https URL.
func (d *decoder) docsURL(n *yaml.Node) string {
	s, ok := d.str(n, "", key("docs_url"))
	if !ok {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.errorf(n, "", "docs_url %q must be an absolute http or https URL, such as https://example.org/jxlint/rules/",
			"docs_url「%s」应为以 http 或 https 开头的完整网址，如 https://example.org/jxlint/rules/", s)
		return ""
	}
	return s
}
