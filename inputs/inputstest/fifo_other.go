//go:build !unix

package inputstest

import "testing"

// Mkfifo skips the test: named pipes in the file system are Unix-only.
func Mkfifo(t testing.TB, path string) {
	t.Helper()
	t.Skipf("named pipes (%s) are Unix-only", path)
}
