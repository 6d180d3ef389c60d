// Package fix applies the fixes that rules suggest to the original bytes of a
// text or CSV table, keeping its encoding, byte order mark and line ends, and
// shows the change as a unified diff.
package fix

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jxlint/jxlint/engine"
	"github.com/jxlint/jxlint/table"
)

// Reasons a fix is skipped.
const (
	ReasonOverlap    = "overlap"      // it overlaps a fix that comes before it
	ReasonOutOfRange = "out-of-range" // its span is not inside the text
	ReasonChanged    = "changed"      // its span does not hold the text the fix replaces (Fix.Old)
)

// Skipped is a fix that Apply did not apply, and why.
type Skipped struct {
	Fix    engine.Fix
	Reason string // ReasonOverlap, ReasonOutOfRange or ReasonChanged
}

// SkipError lists the fixes Apply skipped; the other fixes were applied.
type SkipError struct {
	Skipped []Skipped
}

// Error lists the skipped fixes with their spans.
func (e *SkipError) Error() string {
	parts := make([]string, len(e.Skipped))
	for i, s := range e.Skipped {
		sp := s.Fix.Span
		what := "overlaps an earlier fix"
		switch s.Reason {
		case ReasonOutOfRange:
			what = "lies outside the text"
		case ReasonChanged:
			what = "does not hold the text it replaces"
		}
		parts[i] = fmt.Sprintf("%d:%d-%d:%d %s", sp.Line, sp.Column, max(sp.EndLine, sp.Line), sp.EndColumn, what)
	}
	return fmt.Sprintf("%d %s skipped: %s", len(parts), plural(len(parts), "fix", "fixes"), strings.Join(parts, "; "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// edit is a fix resolved to byte offsets in the decoded text.
type edit struct {
	start, end int
	fix        engine.Fix
}

// Apply applies fixes to data, the original bytes of a text or CSV file in
// encoding (a name table.Decode reports; empty accepts whatever it reports),
// and returns the new bytes in the same encoding, with the same byte order mark
// and line ends. Fix spans are 1-based lines and UTF-16 columns, end exclusive,
// as in the decoded text. Spans without a line (workbook cells) are ignored, and
// an exact duplicate of a fix is applied once.
//
// A fix that overlaps an earlier one (by position; at the same position, by
// order in fixes), lies outside the text, or whose span does not hold its Old
// text (when Old is set) is skipped, so that a fix never changes characters it
// was not made for: Apply then returns the
// bytes with the other fixes applied together with a *SkipError. Any other
// error returns nil bytes.
func Apply(data []byte, encoding string, fixes []engine.Fix) ([]byte, error) {
	text, enc, err := table.Decode(data)
	if err != nil {
		return nil, err
	}
	if encoding != "" && enc != encoding {
		return nil, &Error{En: fmt.Sprintf("the file reads as %s, not %s: it changed since it was linted", enc, encoding),
			Zh: fmt.Sprintf("文件现在按 %s 读取，而不是 %s：检查之后文件已被改动", enc, encoding)}
	}
	if again, err := encode(text, enc); err != nil || string(again) != string(data) {
		return nil, &Error{En: fmt.Sprintf("the file does not survive re-encoding as %s unchanged; not fixing it", enc),
			Zh: fmt.Sprintf("文件按 %s 重新编码后与原文不同，为免损坏不作修正", enc)}
	}
	idx := newLineIndex(text)
	var edits []edit
	var skipped []Skipped
	for _, f := range fixes {
		if !f.Span.HasText() {
			continue
		}
		start, end, ok := idx.offsets(f.Span)
		if !ok {
			skipped = append(skipped, Skipped{Fix: f, Reason: ReasonOutOfRange})
			continue
		}
		if f.Old != "" && text[start:end] != f.Old {
			skipped = append(skipped, Skipped{Fix: f, Reason: ReasonChanged})
			continue
		}
		edits = append(edits, edit{start: start, end: end, fix: f})
	}
	slices.SortStableFunc(edits, func(a, b edit) int { return cmp.Compare(a.start, b.start) })
	var b strings.Builder
	b.Grow(len(text))
	pos, applied := 0, 0
	var last *edit
	for i := range edits {
		e := &edits[i]
		if last != nil && e.start == last.start && e.end == last.end && e.fix.Replacement == last.fix.Replacement {
			continue // the same change, suggested twice
		}
		if last != nil && (e.start < last.end || e.start == last.start) {
			skipped = append(skipped, Skipped{Fix: e.fix, Reason: ReasonOverlap})
			continue
		}
		b.WriteString(text[pos:e.start])
		b.WriteString(e.fix.Replacement)
		pos, last = e.end, e
		applied++
	}
	out := data
	if applied > 0 {
		b.WriteString(text[pos:])
		if out, err = encode(b.String(), enc); err != nil {
			return nil, err
		}
	}
	if len(skipped) > 0 {
		return out, &SkipError{Skipped: skipped}
	}
	return out, nil
}
