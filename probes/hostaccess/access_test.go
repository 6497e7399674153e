package hostaccess

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/inputs/inputstest"
)

// A command outside the allow-list is refused by every access, before it
// reaches a host.
func TestCommandOutsideAllowListRefused(t *testing.T) {
	refused := [][]string{
		{"rm", "-rf", "/tmp/x"},
		{"cat", "/etc/passwd"},                 // without "--"
		{"cat", "--", "etc/passwd"},            // relative
		{"cat", "--", "/etc/../root/.ssh/id"},  // not clean
		{"cat", "--", "/etc/passwd", "/etc/x"}, // two paths
		{"sh", "-c", "id"},
		{"dpkg-query", "-W"}, // not the fixed form
		{"rpm", "-qa", "--qf", "%{NAME}\\n; touch /tmp/x"},
		{"cat", "--", "/etc/pass\nwd"},
	}
	accs := []Access{Local{}, NewRoot(t.TempDir()), NewSSH(SSHConfig{Host: "192.0.2.1"})}
	for _, acc := range accs {
		for _, argv := range refused {
			if _, err := acc.Run(context.Background(), argv...); !errors.Is(err, ErrNotAllowed) {
				t.Errorf("%s: %q: err %v, want ErrNotAllowed", acc.Name(), argv, err)
			}
		}
	}
	if _, err := (Local{}).Run(context.Background(), "uname", "-a"); err != nil {
		t.Errorf("uname -a: %v", err)
	}
	if _, err := NewRoot(t.TempDir()).Run(context.Background(), "uname", "-a"); !errors.Is(err, ErrOffline) {
		t.Errorf("offline root ran a command: %v", err)
	}
}

// Symbolic links inside an offline root resolve like a chroot: an
// absolute link starts again from the root, ".." stops at it; nothing
// outside is ever read.
func TestRootSymlinksStayInside(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret")
	must(t, os.WriteFile(secret, []byte("outside"), 0o644))
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "etc/pam.d"), 0o755))
	must(t, os.MkdirAll(filepath.Join(dir, "usr/lib"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "usr/lib/os-release"), []byte("ID=debian\n"), 0o644))
	links := map[string]string{
		"etc/os-release": "../usr/lib/os-release",
		"etc/abs":        "/usr/lib/os-release",
		"etc/escape":     "../../../../../../" + strings.TrimPrefix(secret, "/"),
		"etc/absout":     secret,
		"etc/loop":       "/etc/loop",
	}
	for l, target := range links {
		must(t, os.Symlink(target, filepath.Join(dir, l)))
	}
	r := NewRoot(dir)
	ctx := context.Background()
	for _, p := range []string{"/etc/os-release", "/etc/abs", "/etc/../../etc/abs"} {
		if b, err := r.ReadFile(ctx, p, MaxFile); err != nil || string(b) != "ID=debian\n" {
			t.Errorf("%s: %q %v", p, b, err)
		}
	}
	for _, p := range []string{"/etc/escape", "/etc/absout"} {
		b, err := r.ReadFile(ctx, p, MaxFile)
		if !errors.Is(err, fs.ErrNotExist) || string(b) == "outside" {
			t.Errorf("%s left the root: %q %v", p, b, err)
		}
	}
	if _, err := r.ReadFile(ctx, "/etc/loop", MaxFile); err == nil || !strings.Contains(err.Error(), "too many") {
		t.Errorf("link loop: %v", err)
	}
	if got := r.Source("/etc/pam.d/common-password"); got != "root:"+filepath.Join(dir, "etc/pam.d/common-password") {
		t.Errorf("source %q", got)
	}
	ents, err := r.ReadDir(ctx, "/etc")
	if err != nil || len(ents) != 6 {
		t.Errorf("readdir %+v %v", ents, err)
	}
}

// Reads are bounded, and a FIFO is refused without blocking.
func TestReadBoundedRegularOnly(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "big"), make([]byte, 2048), 0o644))
	inputstest.Mkfifo(t, filepath.Join(dir, "fifo"))
	r := NewRoot(dir)
	if _, err := r.ReadFile(context.Background(), "/big", 1024); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the bound: %v", err)
	}
	if _, err := r.ReadFile(context.Background(), "/fifo", 1024); err == nil {
		t.Error("a FIFO was read")
	}
	if _, err := (Local{}).ReadFile(context.Background(), filepath.Join(dir, "missing"), 1024); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Arguments are single-quoted for the remote shell, under "sudo -n --"
// with --ssh-sudo: a path cannot inject a command.
func TestSSHCommandLineQuoting(t *testing.T) {
	s := NewSSH(SSHConfig{Host: "192.0.2.1", Sudo: true})
	got := s.commandLine([]string{"cat", "--", "/etc/it's; rm -rf /"})
	want := `'sudo' '-n' '--' 'cat' '--' '/etc/it'\''s; rm -rf /'`
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if NewSSH(SSHConfig{Host: "192.0.2.1"}).commandLine([]string{"uname", "-a"}) != "'uname' '-a'" {
		t.Fatal("without sudo")
	}
}
