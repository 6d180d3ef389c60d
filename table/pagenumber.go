package table

import "strings"

// isPageNumber reports whether the text of a line outside a table is a page
// number (第 1 页, 第1页 共3页, - 1 -, 1/3) or marks a table continued from the page
// before (续表, （续表）): page furniture that a layout must not read as a row.
func isPageNumber(text string) bool {
	t := strings.Trim(strings.Join(strings.Fields(text), ""), "-—")
	switch t {
	case "续表", "（续表）", "(续表)":
		return true
	}
	if a, b, ok := strings.Cut(t, "/"); ok && a != "" && b != "" && strings.Trim(a+b, "0123456789") == "" {
		return true // 1/3
	}
	t = strings.TrimPrefix(t, "第")
	digits := strings.TrimLeft(t, "0123456789")
	if len(digits) == len(t) {
		return false
	}
	switch {
	case digits == "", digits == "页":
		return true
	case strings.HasPrefix(digits, "页共"):
		return strings.TrimLeft(strings.TrimPrefix(digits, "页共"), "0123456789") == "页"
	}
	return false
}
