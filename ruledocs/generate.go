package ruledocs

// The pages of the built-in rules in docs/rules; TestDocsUpToDate fails when
// they differ from what the rule data gives.
//go:generate go run ../cmd/jxlint --no-config rules docs ../docs/rules
