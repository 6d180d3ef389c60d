package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageError is a mistake on the command line, in English (cobra's and
// pflag's own words) and in Chinese; run prints it in the run's language.
type usageError struct {
	en, zh string
}

// Error returns the English text.
func (e *usageError) Error() string { return e.en }

// In returns the text in lang: English for "en", Chinese otherwise.
func (e *usageError) In(lang string) string { return inLang(lang, e.zh, e.en) }

// usageHint is how a user finds the right usage of cmd, in Chinese.
func usageHint(cmd *cobra.Command) string {
	return "（用法：" + cmd.UseLine() + "；" + cmd.CommandPath() + " --help 有详细说明）"
}

// minArgs is cobra.MinimumNArgs(n) with a Chinese text.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.MinimumNArgs(n)(cmd, args); err != nil {
			return &usageError{en: err.Error(),
				zh: fmt.Sprintf("%s 至少需要 %d 个参数，只收到 %d 个%s", cmd.CommandPath(), n, len(args), usageHint(cmd))}
		}
		return nil
	}
}

// exactArgs is cobra.ExactArgs(n) with a Chinese text.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return &usageError{en: err.Error(),
				zh: fmt.Sprintf("%s 需要正好 %d 个参数，收到了 %d 个%s", cmd.CommandPath(), n, len(args), usageHint(cmd))}
		}
		return nil
	}
}

// noArgs is cobra.NoArgs with a Chinese text: an argument to a command that
// takes none is an unknown subcommand.
func noArgs(cmd *cobra.Command, args []string) error {
	if err := cobra.NoArgs(cmd, args); err != nil {
		return &usageError{en: err.Error(), zh: unknownCommandZh(cmd, args[0])}
	}
	return nil
}

// unknownCommandZh says in Chinese that cmd has no subcommand name, with the
// closest ones.
func unknownCommandZh(cmd *cobra.Command, name string) string {
	msg := fmt.Sprintf("未知的命令「%s」", name)
	if !cmd.HasAvailableSubCommands() {
		msg = fmt.Sprintf("%s 不接受参数，却收到了「%s」", cmd.CommandPath(), name)
	}
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		msg += "，是否要找「" + strings.Join(s, "」或「") + "」？"
	}
	return msg + "（" + cmd.CommandPath() + " --help 列出可用的命令和选项）"
}

// unknownCommand turns cobra's `unknown command "x" for "jxlint"`, which it
// gives before any flag is parsed, into a usageError; other errors are
// returned as they are.
func unknownCommand(cmd *cobra.Command, err error) error {
	rest, ok := strings.CutPrefix(err.Error(), "unknown command ")
	if !ok || cmd == nil {
		return err
	}
	quoted, qerr := strconv.QuotedPrefix(rest)
	if qerr != nil {
		return err
	}
	name, _ := strconv.Unquote(quoted)
	return &usageError{en: err.Error(), zh: unknownCommandZh(cmd, name)}
}

// flagError is the flag error handler of every command: it gives pflag's
// error with a Chinese text beside it.
func flagError(cmd *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	hint := "（" + cmd.CommandPath() + " --help 列出可用的选项）"
	zh := "选项有误：" + err.Error() + hint
	en := err.Error()
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		zh = fmt.Sprintf("未知的短选项「-%s」（在 -%s 中）%s", notExist.GetSpecifiedName()[:1], notExist.GetSpecifiedShortnames(), hint)
	case errors.As(err, &notExist):
		zh = fmt.Sprintf("未知的选项「--%s」%s", notExist.GetSpecifiedName(), hint)
	case errors.As(err, &noValue) && noValue.GetSpecifiedShortnames() != "":
		zh = fmt.Sprintf("选项「-%s」缺少值：应在它后面写上值（如 -%s 4）", noValue.GetSpecifiedName()[:1], noValue.GetSpecifiedName()[:1])
	case errors.As(err, &noValue):
		zh = fmt.Sprintf("选项「--%s」缺少值：应写成 --%s 值 或 --%s=值", noValue.GetSpecifiedName(), noValue.GetSpecifiedName(), noValue.GetSpecifiedName())
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			name = "-" + f.Shorthand + ", " + name
		}
		zh = fmt.Sprintf("选项「%s」的值「%s」无效：应为%s", name, invalid.GetValue(), valueKindZh(f))
		en = fmt.Sprintf("invalid value %q for %s: expected %s", invalid.GetValue(), name, valueKindEn(f))
	case errors.As(err, &syntax):
		zh = fmt.Sprintf("选项写法有误：「%s」，应为 --名称 或 -字母%s", syntax.GetSpecifiedFlag(), hint)
	}
	return &usageError{en: en, zh: zh}
}

// valueKindEn says in English what value flag f takes.
func valueKindEn(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int64", "uint", "uint64":
		return "a whole number"
	case "bool":
		return "true or false"
	}
	return "a value as in: " + f.Usage
}

// valueKindZh says in Chinese what value flag f takes.
func valueKindZh(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "int", "int64", "uint", "uint64":
		return "整数"
	case "bool":
		return " true 或 false"
	}
	return "“" + f.Usage + "”所说的值"
}

// runLang is the language in which run speaks: --lang as parsed, or, when
// the command line failed before --lang was parsed, the last --lang en or
// --lang=en among the arguments before --.
func runLang(parsed string, args []string) string {
	if parsed == "en" {
		return "en"
	}
	lang := parsed
	for i := 0; i < len(args) && args[i] != "--"; i++ {
		switch a := args[i]; {
		case a == "--lang" && i+1 < len(args):
			lang = args[i+1]
			i++
		case strings.HasPrefix(a, "--lang="):
			lang = strings.TrimPrefix(a, "--lang=")
		}
	}
	return lang
}
