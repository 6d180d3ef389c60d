package fix

// Error is a reason a file is not fixed, in English (Error) and Chinese (In).
type Error struct {
	En, Zh string
	Err    error // the cause, if any
}

// Error returns the English text.
func (e *Error) Error() string { return e.En }

// In returns the text in lang: "en" for English, Chinese otherwise.
func (e *Error) In(lang string) string {
	if lang == "en" {
		return e.En
	}
	return e.Zh
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
