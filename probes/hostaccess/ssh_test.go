package hostaccess

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"conformscan/fixtures/credsd"
	"conformscan/inputs/inputstest"
	"conformscan/probes"
)

// sshAccess returns options validated for the key sshd with known_hosts
// kh, and the access of its address.
func sshAccess(t *testing.T, d *credsd.KeySshd, kh string, acceptNew bool) (*Options, *SSH) {
	t.Helper()
	host, port, _ := net.SplitHostPort(d.Addr)
	p, _ := strconv.Atoi(port)
	o := &Options{SSHUser: d.User, SSHKey: d.KeyFile, KnownHosts: kh, AcceptNew: acceptNew, SSHPort: p}
	t.Setenv("SSH_AUTH_SOCK", "")
	t.Setenv(PasswordEnv, "")
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	subs := o.SSHSubjects([]probes.Target{{Input: host, Host: host}})
	if len(subs) != 1 {
		t.Fatalf("subjects %v", subs)
	}
	return o, Of(subs[0]).(*SSH)
}

// Over SSH, files, folders and allow-listed commands are read as the
// audit account; what it may not read is a permission error, never empty.
func TestSSHReadsAsAuditAccount(t *testing.T) {
	d := credsd.StartSshdKey(t)
	_, acc := sshAccess(t, d, d.KnownHosts, false)
	ctx := context.Background()
	if err := acc.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	want, _ := os.ReadFile("/etc/os-release")
	if got, err := acc.ReadFile(ctx, "/etc/os-release", MaxFile); err != nil || string(got) != string(want) {
		t.Fatalf("os-release %q %v", got, err)
	}
	if got := acc.Source("/etc/pam.d/common-password"); got != "ssh://"+d.Addr+"/etc/pam.d/common-password" {
		t.Errorf("source %q", got)
	}
	ents, err := acc.ReadDir(ctx, "/etc/pam.d")
	if err != nil || len(ents) == 0 {
		t.Errorf("readdir %v %v", ents, err)
	}
	if st, err := acc.Stat(ctx, "/etc"); err != nil || !st.Dir {
		t.Errorf("stat %+v %v", st, err)
	}
	if _, err := acc.ReadFile(ctx, "/etc/no-such-file", MaxFile); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	if _, err := acc.ReadFile(ctx, "/etc/shadow", MaxFile); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("shadow as the audit account: %v", err)
	}
	if _, err := acc.ReadFile(ctx, "/etc/os-release", 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("bound: %v", err)
	}
	if out, err := acc.Run(ctx, "uname", "-a"); err != nil || !strings.HasPrefix(string(out), "Linux") {
		t.Errorf("uname %q %v", out, err)
	}
	if _, err := acc.Run(ctx, "touch", "/tmp/cs-written"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("touch: %v", err)
	}
	if acc.Lost() != nil {
		t.Errorf("lost: %v", acc.Lost())
	}
}

// A changed host key, an unknown one and a missing known_hosts are
// refused; --ssh-accept-new records an unknown key, then it is checked.
func TestSSHHostKeys(t *testing.T) {
	d := credsd.StartSshdKey(t)
	dir := t.TempDir()
	wrong := filepath.Join(dir, "wrong")
	other, _ := otherKey(t)
	host := "[" + strings.Replace(d.Addr, ":", "]:", 1)
	must(t, os.WriteFile(wrong, []byte(host+" "+string(ssh.MarshalAuthorizedKey(other))), 0o600))
	empty := filepath.Join(dir, "empty")
	must(t, os.WriteFile(empty, nil, 0o600))
	for name, c := range map[string]struct{ kh, want string }{
		"changed": {wrong, "CHANGED"}, "unknown": {empty, "unknown"},
	} {
		_, acc := sshAccess(t, d, c.kh, false)
		err := acc.Open(context.Background())
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", name, err)
		}
	}
	o := &Options{SSHUser: d.User, SSHKey: d.KeyFile, KnownHosts: filepath.Join(dir, "missing"), SSHPort: 22}
	if err := o.Validate(t.Context()); err == nil {
		t.Error("a missing known_hosts was accepted")
	}
	fresh := filepath.Join(dir, "fresh")
	_, acc := sshAccess(t, d, fresh, true)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatalf("accept-new: %v", err)
	}
	acc.Close(t.Context())
	b, _ := os.ReadFile(fresh)
	if !strings.Contains(string(b), string(ssh.MarshalAuthorizedKey(d.HostKey))[:40]) {
		t.Fatalf("not recorded: %q", b)
	}
	_, again := sshAccess(t, d, fresh, false)
	if err := again.Open(context.Background()); err != nil {
		t.Fatalf("recorded key: %v", err)
	}
	again.Close(t.Context())
}

// A connection dropped mid-way makes every later read an error and the
// closing gate fail: the host's refs are errors, never a pass.
func TestSSHDroppedMidway(t *testing.T) {
	d := credsd.StartSshdKey(t)
	_, acc := sshAccess(t, d, d.KnownHosts, false)
	var mu sync.Mutex
	var conns []net.Conn
	acc.cfg.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		var dl net.Dialer
		c, err := dl.DialContext(ctx, network, addr)
		mu.Lock()
		conns = append(conns, c)
		mu.Unlock()
		return c, err
	}
	s := NewSubject(acc)
	ctx := context.Background()
	if err := NewOpen(&Options{}).Run(ctx, &probes.Env{}, s); err != nil {
		t.Fatal(err)
	}
	if _, err := acc.ReadFile(ctx, "/etc/os-release", MaxFile); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	conns[0].Close()
	mu.Unlock()
	if _, err := acc.ReadFile(ctx, "/etc/login.defs", MaxFile); err == nil || errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("read after the drop: %v", err)
	}
	if err := NewEnd().Run(ctx, &probes.Env{}, s); err == nil || !strings.Contains(err.Error(), "lost") {
		t.Fatalf("closing gate: %v", err)
	}
}

func otherKey(t *testing.T) (ssh.PublicKey, error) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return ssh.NewPublicKey(pub)
}

// A command that neither writes nor ends (cat opening a FIFO without a
// writer) ends with the caller's deadline as an error, the connection
// still usable: sshd keeps such a session's channel open, so the read
// must not wait for it. The command is signalled so it does not outlive
// the audit.
func TestSSHDeadlineEndsABlockedCommand(t *testing.T) {
	d := credsd.StartSshdKey(t)
	dir, err := os.MkdirTemp("", "cs-fifo-")
	must(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	must(t, os.Chmod(dir, 0o755))
	fifo := filepath.Join(dir, "pipe")
	inputstest.Mkfifo(t, fifo)
	must(t, os.Chmod(fifo, 0o644))
	_, acc := sshAccess(t, d, d.KnownHosts, false)
	if err := acc.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer acc.Close(t.Context())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := acc.ReadFile(ctx, fifo, MaxFile); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a FIFO read: %v", err)
	}
	if _, err := acc.ReadFile(context.Background(), "/etc/os-release", MaxFile); err != nil || acc.Lost() != nil {
		t.Fatalf("after the deadline: %v, lost %v", err, acc.Lost())
	}
}
