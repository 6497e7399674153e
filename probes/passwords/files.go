package passwords

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"conformscan/inputs"
)

// maxFile bounds every file the probe reads.
const maxFile = 1 << 20

// line is one meaningful line of a configuration file.
type line struct {
	N    int
	Text string
}

// readFile reads a regular file of at most maxFile bytes; a missing file
// is (nil, nil).
func readFile(path string) ([]byte, error) {
	f, _, err := inputs.OpenRegular(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w (run as a user who can read it)", path, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("read %s: more than %d bytes: not a configuration file", path, maxFile)
	}
	return b, nil
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
