package hostaccess

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ParseLs never yields a name that walks out of the folder listed.
func FuzzParseLs(f *testing.F) {
	f.Add([]byte("pam.d/\ncommon-password\n"))
	f.Add([]byte("../\n./\n/etc/\na/b\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, e := range ParseLs(b) {
			if e.Name == "" || e.Name == "." || e.Name == ".." || strings.Contains(e.Name, "/") {
				t.Fatalf("name %q", e.Name)
			}
		}
	})
}

// Whatever a link in an offline root says, the path resolved stays inside
// the root.
func FuzzRootResolve(f *testing.F) {
	f.Add("../../../../etc/passwd", "/etc/x")
	f.Add("/", "/etc/x/../../..")
	f.Add("x/../../y", "/etc/x/z")
	f.Fuzz(func(t *testing.T, target, p string) {
		if strings.ContainsRune(target, 0) || target == "" || !strings.HasPrefix(p, "/") || strings.ContainsRune(p, 0) {
			return
		}
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "etc"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(dir, "etc/x")); err != nil {
			return
		}
		real, err := NewRoot(dir).Resolve(p)
		if err != nil {
			return
		}
		if real != dir && !strings.HasPrefix(real, dir+string(filepath.Separator)) {
			t.Fatalf("link %q, path %q resolved outside the root: %s", target, p, real)
		}
	})
}

// Allowed never accepts a vector whose program is not on the list.
func FuzzAllowed(f *testing.F) {
	f.Add("cat", "--", "/etc/passwd")
	f.Add("sh", "-c", "id")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		argv := []string{a, b, c}
		if Allowed(argv) != nil {
			return
		}
		ok := false
		for _, r := range AllowList {
			ok = ok || r.matches(argv)
		}
		if !ok || !safePath(c) {
			t.Fatalf("accepted %q", argv)
		}
	})
}
