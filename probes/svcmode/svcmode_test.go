package svcmode

import (
	"context"
	"net"
	"os"
	"slices"
	"strings"
	"testing"

	"conformscan/probes/hostaccess"
	"conformscan/probes/winhost"
)

// recordedHost reads a recorded /proc and /etc (testdata/recorded) as a
// running host, and answers ss with the recorded output.
type recordedHost struct {
	*hostaccess.Root
	ss []byte
}

func (recordedHost) Offline() bool { return false }
func (h recordedHost) Run(_ context.Context, argv ...string) ([]byte, error) {
	if err := hostaccess.Allowed(argv); err != nil {
		return nil, err
	}
	if slices.Equal(argv, SSArgv()) {
		return h.ss, nil
	}
	return nil, os.ErrNotExist
}

// RecordedFacts collects testdata/recorded (a Debian 12 systemd host,
// hand-transcribed, see testdata/README.md).
func RecordedFacts(t *testing.T) *Facts {
	t.Helper()
	ss, err := os.ReadFile("testdata/ss.txt")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Collect(context.Background(), recordedHost{hostaccess.NewRoot("testdata/recorded"), ss})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestCollectRecorded(t *testing.T) {
	f := RecordedFacts(t)
	if !f.ListeningRead || f.Init != "systemd" || len(f.Processes) != 3 || len(f.Hidden) != 1 || len(f.Unread) != 0 {
		t.Fatalf("facts %+v", f)
	}
	sshd, py, node := f.Processes[0], f.Processes[1], f.Processes[2]
	if sshd.Cgroup != "/system.slice/ssh.service" || len(sshd.Ports) != 2 || sshd.User != "root (uid 0)" || sshd.Session != "" {
		t.Errorf("sshd %+v", sshd)
	}
	if py.Session != "3" || py.User != "alice (uid 1000)" || strings.Join(py.Ancestry, "<") != "bash<sshd-session<sshd<systemd" {
		t.Errorf("python3 %+v", py)
	}
	if !strings.Contains(node.Cgroup, "user@1000.service") || node.Ancestry[1] != "tmux: server" {
		t.Errorf("node %+v", node)
	}
}

// An offline root runs no process: nothing read, nothing unread.
func TestCollectOffline(t *testing.T) {
	f, err := Collect(context.Background(), hostaccess.NewRoot("testdata/recorded"))
	if err != nil || !f.Offline || f.ListeningRead || len(f.Processes) != 0 {
		t.Fatalf("%+v %v", f, err)
	}
}

// The test's own process, listening on loopback, is read live: its
// cgroup, its user and its parents.
func TestCollectLiveSelf(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	f, err := Collect(context.Background(), hostaccess.Local{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Processes {
		if p.PID == os.Getpid() {
			if len(p.Ancestry) == 0 || p.User == "" || !strings.Contains(strings.Join(p.Ports, " "), ln.Addr().String()) {
				t.Fatalf("own process %+v", p)
			}
			return
		}
	}
	t.Fatalf("own process (PID %d) not among %+v (hidden %+v, unread %+v)", os.Getpid(), f.Processes, f.Hidden, f.Unread)
}

func TestFromSnapshot(t *testing.T) {
	b, err := os.ReadFile("testdata/windows-client.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f := &Facts{}
	FromSnapshot(f, s)
	if !f.Windows || f.InstallationType != "Client" || len(f.Processes) != 4 {
		t.Fatalf("%+v", f)
	}
	if p := f.Processes[2]; p.Name != "VendorServer.exe" || p.Session != "1" || p.User != `PC-01\tech` {
		t.Errorf("%+v", p)
	}
	if p := f.Processes[1]; p.Service != "AppSvc" {
		t.Errorf("%+v", p)
	}
	s.Sockets = nil
	f = &Facts{}
	FromSnapshot(f, s)
	if f.ListeningRead {
		t.Error("sockets not collected, yet read")
	}
}

func TestParsers(t *testing.T) {
	ss := ParseSS([]byte("tcp LISTEN 0 4096 127.0.0.53%lo:53 0.0.0.0:* users:((\"systemd-resolve\",pid=410,fd=14))\n" +
		"tcp LISTEN 0 128 [::]:22 [::]:* users:((\"sshd\",pid=1,fd=4),(\"sshd\",pid=9,fd=4))\nbad\n"))
	if len(ss) != 2 || ss[0].Addr != "127.0.0.53%lo" || ss[0].Port != 53 || ss[0].Names[0] != "systemd-resolve" || len(ss[1].PIDs) != 2 {
		t.Fatalf("%+v", ss)
	}
	for in, want := range map[string]string{
		"0::/system.slice/ssh.service\n":                                "/system.slice/ssh.service",
		"12:pids:/\n1:name=systemd:/user.slice/session-2.scope\n0::/\n": "/user.slice/session-2.scope",
		"0::/\n": "/",
		"junk":   "",
	} {
		if got := ParseCgroup([]byte(in)); got != want {
			t.Errorf("%q: %q", in, got)
		}
	}
	if _, ok := ParseStatus([]byte("Name:\tx\n")); ok {
		t.Error("partial status accepted")
	}
}
