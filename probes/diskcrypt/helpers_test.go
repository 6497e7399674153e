package diskcrypt

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"conformscan/probes/hostaccess"
)

// liveRoot reads a recorded tree as a running host (its /proc and /sys
// are files written by the test), running recorded commands.
type liveRoot struct {
	*hostaccess.Root
	out map[string]string
}

func (l liveRoot) Offline() bool { return false }

func (l liveRoot) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	k := ""
	for _, a := range argv {
		k += a + " "
	}
	if o, ok := l.out[k[:len(k)-1]]; ok {
		return []byte(o), nil
	}
	return nil, fs.ErrNotExist
}

// tree writes files (path → content; a path ending in / is a folder).
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if p[len(p)-1] == '/' {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func collect(t *testing.T, acc hostaccess.Access) *Facts {
	t.Helper()
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	f, err := Collect(context.Background(), acc)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// states maps each volume's device to its state.
func states(f *Facts) map[string]string {
	out := map[string]string{}
	for _, v := range f.Volumes {
		out[v.Device] = v.State
	}
	return out
}
