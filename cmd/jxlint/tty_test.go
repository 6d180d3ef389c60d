package main

import (
	"os"
	"testing"
)

// TestNullDeviceIsNoTerminal: output sent to /dev/null is written as to a
// file, not grouped as for a terminal (which holds a file's findings), and no
// progress line is drawn there.
func TestNullDeviceIsNoTerminal(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no null device:", err)
	}
	defer func() { _ = null.Close() }()
	if isTTY(null) {
		t.Error("the null device is taken for a terminal")
	}
	if showProgress(null, "") {
		t.Error("progress is shown on the null device")
	}
}
