package reporters

// Names of tool errors in the formats that report them among findings
// (codeclimate, junit, checkstyle): a rule that failed while running, and any
// other problem of the run.
const (
	ruleErrorCheck = "jxlint/rule-error"
	toolErrorCheck = "jxlint/tool-error"
)

// toolErrorName returns the check name of a tool error.
func toolErrorName(te ToolError) string {
	if te.RuleID != "" {
		return ruleErrorCheck
	}
	return toolErrorCheck
}

// toolErrorPath returns the path a tool error is reported under, as the
// formats display paths: its file, or the tool's name.
func toolErrorPath(te ToolError, run Run, p paths) string {
	if te.Path == "" {
		return toolPath("", run)
	}
	return p.display(te.Path)
}
