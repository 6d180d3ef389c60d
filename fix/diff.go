package fix

import (
	"fmt"
	"strings"
)

// context is the number of unchanged lines shown around a change.
const context = 3

// maxTable bounds the line-comparison table; past it the changed middle of
// the file is shown as removed and added whole.
const maxTable = 4 << 20

// Diff returns a unified diff of the texts of before and after, both in
// encoding (empty: as table.Decode reads them), or "" when they are equal.
// Lines are compared without their line ends.
func Diff(path string, before, after []byte, encoding string) string {
	a := splitLines(decodeAs(before, encoding))
	b := splitLines(decodeAs(after, encoding))
	ops := diffLines(a, b)
	var out strings.Builder
	for _, h := range hunks(ops) {
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", path, path)
		}
		writeHunk(&out, ops[h[0]:h[1]])
	}
	return out.String()
}

// op is one line of the edit script: ' ' kept, '-' removed, '+' added, with
// its 1-based line numbers in the old and new text.
type op struct {
	kind       byte
	text       string
	oldN, newN int
}

// splitLines splits text at \n, \r\n and \r; a final line end adds no line.
func splitLines(text string) []string {
	var lines []string
	for start := 0; start < len(text); {
		rest := text[start:]
		i := strings.IndexAny(rest, "\r\n")
		if i < 0 {
			lines = append(lines, rest)
			break
		}
		lines = append(lines, rest[:i])
		start += i + 1
		if rest[i] == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
			start++
		}
	}
	return lines
}

// diffLines returns an edit script from a to b: common head and tail, and a
// longest-common-subsequence script for the middle.
func diffLines(a, b []string) []op {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	ops := make([]op, 0, len(a)+len(b)-head-tail)
	keep := func(i, j int) { ops = append(ops, op{' ', a[i], i + 1, j + 1}) }
	for i := 0; i < head; i++ {
		keep(i, i)
	}
	ma, mb := a[head:len(a)-tail], b[head:len(b)-tail]
	for _, o := range lcsScript(ma, mb) {
		o.oldN += head
		o.newN += head
		ops = append(ops, o)
	}
	for k := tail; k > 0; k-- {
		keep(len(a)-k, len(b)-k)
	}
	return ops
}

// lcsScript diffs two small line lists by dynamic programming; lists too
// large for the table are replaced whole. Line numbers are 1-based in a and b.
func lcsScript(a, b []string) []op {
	var ops []op
	if (len(a)+1)*(len(b)+1) > maxTable {
		for i, s := range a {
			ops = append(ops, op{'-', s, i + 1, 0})
		}
		for j, s := range b {
			ops = append(ops, op{'+', s, 0, j + 1})
		}
		return ops
	}
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w) // lcs[i*w+j]: common length of a[i:], b[j:]
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{' ', a[i], i + 1, j + 1})
			i++
			j++
		case i < len(a) && (j == len(b) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			ops = append(ops, op{'-', a[i], i + 1, j}) // removals before additions
			i++
		default:
			ops = append(ops, op{'+', b[j], i, j + 1})
			j++
		}
	}
	return ops
}

// hunks groups changes with their context into [start, end) ranges of ops.
func hunks(ops []op) [][2]int {
	var out [][2]int
	for i := 0; i < len(ops); i++ {
		if ops[i].kind == ' ' {
			continue
		}
		start := max(0, i-context)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			next := end
			for next < len(ops) && ops[next].kind == ' ' {
				next++
			}
			if next == len(ops) || next-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = next
		}
		out = append(out, [2]int{start, end})
		i = end - 1
	}
	return out
}

// writeHunk writes one hunk with its @@ header.
func writeHunk(out *strings.Builder, ops []op) {
	oldStart, newStart, oldN, newN := 0, 0, 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			if oldN == 0 {
				oldStart = o.oldN
			}
			oldN++
		}
		if o.kind != '-' {
			if newN == 0 {
				newStart = o.newN
			}
			newN++
		}
	}
	if oldN == 0 {
		oldStart = ops[0].oldN // the line after which lines are added
	}
	if newN == 0 {
		newStart = ops[0].newN
	}
	fmt.Fprintf(out, "@@ -%d,%d +%d,%d @@\n", oldStart, oldN, newStart, newN)
	for _, o := range ops {
		out.WriteByte(o.kind)
		out.WriteString(o.text)
		out.WriteByte('\n')
	}
}
