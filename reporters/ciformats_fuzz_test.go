package reporters

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/rules"
	"github.com/jxlint/jxlint/table"
)

// FuzzCIFormats checks that any message leaves the codeclimate, junit,
// checkstyle and markdown reports well formed, and reads back from each as
// the format can hold it.
func FuzzCIFormats(f *testing.F) {
	for _, s := range []string{"「正产」应为「正常」", "a<b>&\"c\" 'd' \x00\x1b[31m|*_`#[x](y)\nline2\r\u2028end",
		"&amp; ~~x~~ **b** <br> www.example.org \\| `a`", "\xff\xfe bad utf-8", "  leading and trailing  ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		if strings.TrimSpace(msg) == "" {
			msg = "x" + msg // a finding always has a message
		}
		res := []*engine.FileResult{{Path: textPath, Findings: []engine.Finding{{RuleID: "typo", Severity: rules.Warning,
			Message: msg, Path: textPath, Span: table.Span{Line: 3, Column: 4}, Fingerprint: "f"}}}}
		run, sum := testRun("zh"), Summary{Warnings: 1, Files: 1}

		var issues []ccIssue
		if err := json.Unmarshal(render(t, "codeclimate", run, res, sum), &issues); err != nil {
			t.Fatalf("codeclimate: %v", err)
		}
		if len(issues) != 1 || issues[0].Description != validRunes(msg) {
			t.Errorf("codeclimate issues %+v, message %q", issues, msg)
		}

		var cs checkstyleDoc
		if err := xml.NewDecoder(bytes.NewReader(render(t, "checkstyle", run, res, sum))).Decode(&cs); err != nil {
			t.Fatalf("checkstyle: %v", err)
		}
		if got, want := cs.Files[0].Errors[0].Message, xmlText(msg); got != want {
			t.Errorf("checkstyle message %q, want %q", got, want)
		}

		var ju junitSuites
		if err := xml.NewDecoder(bytes.NewReader(render(t, "junit", run, res, sum))).Decode(&ju); err != nil {
			t.Fatalf("junit: %v", err)
		}
		if got, want := ju.Suites[0].Cases[2].Failures[0].Message, xmlText(msg); got != want {
			t.Errorf("junit message %q, want %q", got, want)
		}

		p := parseMarkdown(t, render(t, "markdown", run, res, sum))
		if len(p.tables) != 2 || len(p.tables[1]) != 2 {
			t.Fatalf("markdown tables %q for message %q", p.tables, msg)
		}
		if got, want := validRunes(p.tables[1][1][3]), markdownText(msg); got != want {
			t.Errorf("markdown message %q, want %q", got, want)
		}
	})
}

// validRunes is msg with each byte that is not UTF-8 as U+FFFD.
func validRunes(msg string) string {
	var b strings.Builder
	for _, r := range msg {
		b.WriteRune(r)
	}
	return b.String()
}

// xmlText is msg as an XML attribute holds it: characters XML cannot hold
// and bytes that are not UTF-8 become U+FFFD.
func xmlText(msg string) string {
	var b strings.Builder
	for _, r := range msg { // a bad byte ranges as U+FFFD
		if r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			b.WriteRune(r)
		} else {
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}

// markdownText is msg as a reader of a table cell sees it: on one line,
// without the spaces at its ends, a NUL as U+FFFD (as CommonMark says).
func markdownText(msg string) string {
	s := strings.ReplaceAll(validRunes(lineBreaks.Replace(msg)), "\x00", "\uFFFD")
	return strings.Trim(s, " \t")
}
