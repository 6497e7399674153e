package passwords

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20 // inputs.PasswordsRoot.Spec().Max

// line is one meaningful line of a configuration file.
type line struct {
	N    int
	Text string
}

// lines splits b into trimmed lines, dropping blanks and # comments.
func lines(b []byte) []line {
	var out []line
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxFile)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") {
			continue
		}
		out = append(out, line{N: n, Text: t})
	}
	return out
}

// under joins a root directory and an absolute system path.
func under(root, path string) string {
	if root == "" || root == "/" {
		return path
	}
	return filepath.Join(root, filepath.FromSlash(path))
}

// where formats a source: "path:line: text".
func where(path string, l line) string {
	return fmt.Sprintf("%s:%d: %s", path, l.N, l.Text)
}

// errorsJoin keeps the non-nil errors.
func errorsJoin(errs ...error) error { return errors.Join(errs...) }
