//go:build unix

package inputstest

import (
	"syscall"
	"testing"
)

// Mkfifo makes a named pipe at path, failing t if it cannot.
func Mkfifo(t testing.TB, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
}
