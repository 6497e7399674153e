package hostaccess

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"conformscan/fixtures/credsd"
	"conformscan/inputs/inputstest"
)

// ReadHead reads at most HeadSize bytes of a regular file, locally, in an
// offline root (links stay inside) and over SSH ("head -c 512"), and
// refuses what is not a regular file.
func TestReadHead(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 200)
	must(t, os.MkdirAll(filepath.Join(dir, "var/lib/clamav"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "var/lib/clamav/daily.cld"), big, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "short"), []byte("abc"), 0o644))
	must(t, os.Symlink("/var/lib/clamav/daily.cld", filepath.Join(dir, "link")))
	inputstest.Mkfifo(t, filepath.Join(dir, "fifo"))
	ctx := context.Background()
	root := NewRoot(dir)
	for name, c := range map[string]struct {
		acc  Access
		path string
		want []byte
	}{
		"local":      {Local{}, filepath.Join(dir, "var/lib/clamav/daily.cld"), big[:HeadSize]},
		"root":       {root, "/var/lib/clamav/daily.cld", big[:HeadSize]},
		"root link":  {root, "/link", big[:HeadSize]},
		"root short": {root, "/short", []byte("abc")},
	} {
		got, err := ReadHead(ctx, c.acc, c.path)
		if err != nil || !bytes.Equal(got, c.want) {
			t.Errorf("%s: %d bytes, %v", name, len(got), err)
		}
	}
	if _, err := ReadHead(ctx, root, "/fifo"); err == nil {
		t.Error("a FIFO was read")
	}
	if _, err := ReadHead(ctx, root, "/missing"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}

func TestSSHReadHead(t *testing.T) {
	d := credsd.StartSshdKey(t)
	_, acc := sshAccess(t, d, d.KnownHosts, false)
	ctx := context.Background()
	if err := acc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	want, _ := os.ReadFile("/etc/os-release")
	if len(want) > HeadSize {
		want = want[:HeadSize]
	}
	if got, err := ReadHead(ctx, acc, "/etc/os-release"); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%q %v", got, err)
	}
	if _, err := ReadHead(ctx, acc, "/etc/shadow"); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("shadow: %v", err)
	}
}
