package svcmode

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"conformscan/checks"
	"conformscan/probes"
	"conformscan/probes/hostaccess"
	sm "conformscan/probes/svcmode"
	"conformscan/probes/winhost"
)

func input(f *sm.Facts) *checks.Input {
	s := probes.NewSubject(probes.SubjectLocal, "local")
	if f != nil {
		s.SetFact(sm.ID, f)
	}
	return &checks.Input{Subject: s, Settings: checks.Settings{Lang: checks.English, RefDate: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}}
}

// recordedHost reads probes/svcmode/testdata/recorded (a hand-transcribed
// Debian 12 systemd host, labelled there) as a running host.
type recordedHost struct {
	*hostaccess.Root
	ss []byte
}

func (recordedHost) Offline() bool { return false }
func (h recordedHost) Run(_ context.Context, argv ...string) ([]byte, error) {
	if slices.Equal(argv, sm.SSArgv()) {
		return h.ss, nil
	}
	return nil, os.ErrNotExist
}

func recorded(t *testing.T) *sm.Facts {
	t.Helper()
	ss, err := os.ReadFile("../../probes/svcmode/testdata/ss.txt")
	if err != nil {
		t.Fatal(err)
	}
	f, err := sm.Collect(context.Background(), recordedHost{hostaccess.NewRoot("../../probes/svcmode/testdata/recorded"), ss})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func byName(rs []checks.Result) map[string]checks.Result {
	out := map[string]checks.Result{}
	for _, r := range rs {
		out[strings.Fields(r.Summary)[0]] = r
	}
	return out
}

// The recorded systemd host: sshd, a unit, passes; python3 started from
// an SSH login and node under tmux in the user's systemd fail with their
// session and user; a socket whose process is hidden is an error.
func TestRecordedLinux(t *testing.T) {
	rs := (&Options{}).evalService(input(recorded(t)))
	got := byName(rs)
	if got["sshd"].Status != checks.StatusPass || !strings.Contains(got["sshd"].Summary, "ssh.service") {
		t.Errorf("sshd: %+v", got["sshd"])
	}
	py := got["python3"]
	if py.Status != checks.StatusFail || !strings.Contains(py.Summary, "alice (uid 1000)") || !strings.Contains(py.Summary, "session-3.scope") {
		t.Errorf("python3: %+v", py)
	}
	if n := got["node"]; n.Status != checks.StatusFail || !strings.Contains(n.Summary, "user@1000.service") {
		t.Errorf("node: %+v", n)
	}
	if s := got["Socket"]; s.Status != checks.StatusError || !strings.Contains(s.Summary, "udp 0.0.0.0:68") {
		t.Errorf("hidden socket: %+v", s)
	}
}

// The classification table, one fixture per outcome.
func TestClassifyLinux(t *testing.T) {
	for name, c := range map[string]struct {
		p    sm.Process
		init string
		want checks.Status
	}{
		"unit":              {sm.Process{Cgroup: "/system.slice/nginx.service"}, "systemd", checks.StatusPass},
		"container":         {sm.Process{Cgroup: "/system.slice/docker-0a1b.scope"}, "systemd", checks.StatusPass},
		"session scope":     {sm.Process{Cgroup: "/user.slice/user-1000.slice/session-7.scope"}, "systemd", checks.StatusFail},
		"user manager":      {sm.Process{Cgroup: "/user.slice/user-1000.slice/user@1000.service/app.slice/x.service"}, "systemd", checks.StatusFail},
		"screen, no cgroup": {sm.Process{Cgroup: "/", Ancestry: []string{"SCREEN", "init"}}, "init", checks.StatusFail},
		"sysv daemon":       {sm.Process{Cgroup: "/", Ancestry: []string{"init"}}, "init", checks.StatusPass},
		"audit session":     {sm.Process{Cgroup: "/", Session: "12", Ancestry: []string{"containerd-shim"}}, "init", checks.StatusFail},
		"nothing telling":   {sm.Process{Cgroup: "/", Ancestry: []string{"containerd-shim"}}, "app", checks.StatusError},
	} {
		if got := classifyLinux(c.p, c.init); got.status != c.want {
			t.Errorf("%s: %s (%s)", name, got.status, got.why)
		}
	}
}

// The test's own process, listening and not a unit, fails: read live.
func TestLiveOwnProcessFails(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	f, err := sm.Collect(context.Background(), hostaccess.Local{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Processes {
		if p.PID != os.Getpid() {
			continue
		}
		if strings.HasPrefix(p.Cgroup, "/system.slice/") {
			t.Skipf("this test runs inside the unit %s: its own process is a service here", p.Cgroup)
		}
		if m := classifyLinux(p, f.Init); m.status != checks.StatusFail {
			t.Fatalf("own process %+v: %s (%s)", p, m.status, m.why)
		}
		return
	}
	t.Fatalf("own process not found: %+v", f)
}

// A process the test starts as a transient systemd unit passes, read
// live; without a running systemd (CI containers) the recorded host of
// TestRecordedLinux covers the unit case.
func TestLiveTransientUnit(t *testing.T) {
	if _, err := os.Stat("/run/systemd/system"); err != nil {
		t.Skip("systemd is not running here: the unit case is covered by the recorded /proc of TestRecordedLinux")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	unit := fmt.Sprintf("conformscan-test-%d", os.Getpid())
	if out, err := exec.Command("systemd-run", "--unit", unit, "--collect", "python3", "-m", "http.server", "--bind", "127.0.0.1", fmt.Sprint(port)).CombinedOutput(); err != nil {
		t.Fatalf("systemd-run: %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("systemctl", "stop", unit).Run() })
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
			c.Close()
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	f, err := sm.Collect(context.Background(), hostaccess.Local{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Processes {
		if strings.HasSuffix(p.Cgroup, "/"+unit+".service") {
			if m := classifyLinux(p, f.Init); m.status != checks.StatusPass {
				t.Fatalf("%+v: %s", p, m.why)
			}
			return
		}
	}
	t.Fatalf("unit %s not found among %+v", unit, f.Processes)
}

func snapshot(t *testing.T, name string) *sm.Facts {
	t.Helper()
	b, err := os.ReadFile("../../probes/svcmode/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	s, err := winhost.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	f := &sm.Facts{Access: "winrm://" + s.Host}
	sm.FromSnapshot(f, s)
	return f
}

// Hand-written Windows snapshots: a client edition with the vendor's
// server in session 1 fails (edition, process, session, user); the
// server edition whose listening processes are services passes.
func TestWindows(t *testing.T) {
	rs := (&Options{}).evalService(input(snapshot(t, "windows-client.json")))
	var st []string
	for _, r := range rs {
		st = append(st, string(r.Status))
	}
	if strings.Join(st, ",") != "fail,pass,pass,fail,warn" || !strings.Contains(rs[3].Summary, `VendorServer.exe (PID 6200, user PC-01\tech)`) ||
		!strings.Contains(rs[3].Summary, "interactive session 1") {
		t.Fatalf("client: %v %+v", st, rs)
	}
	for _, r := range (&Options{}).evalService(input(snapshot(t, "windows-server.json"))) {
		if r.Status != checks.StatusPass {
			t.Errorf("server: %+v", r)
		}
	}
}

// An offline root runs no process: manual, and said so; no facts at all
// is never a pass.
func TestOfflineAndNoFacts(t *testing.T) {
	rs := (&Options{}).evalService(input(&sm.Facts{Access: "root:/img", Offline: true}))
	if len(rs) != 1 || rs[0].Status != checks.StatusManual || !strings.Contains(rs[0].Summary, "Offline root") {
		t.Fatalf("%+v", rs)
	}
	if rs := (&Options{}).evalService(input(&sm.Facts{Access: "ssh://h", Unread: []sm.Unread{{Path: "ss -ltnupH", Reason: "permission denied"}}})); rs[0].Status != checks.StatusError {
		t.Fatalf("ss not read: %+v", rs)
	}
	if rs := (&Options{}).evalService(input(nil)); rs[0].Status == checks.StatusPass {
		t.Fatalf("no facts: %+v", rs)
	}
}

// --manifest (the remote family's flag) names the solution's processes.
func TestManifestNamesSolution(t *testing.T) {
	file := filepath.Join(t.TempDir(), "m.yaml")
	if err := os.WriteFile(file, []byte("version: 1\nhosts:\n  - host: local\n    services:\n      - {port: 8000, protocol: tcp, purpose: \"vendor web UI\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.String("manifest", "", "")
	o := &Options{}
	o.Register(fs)
	if err := fs.Parse([]string{"--manifest", file}); err != nil {
		t.Fatal(err)
	}
	if err := o.Validate(t.Context()); err != nil {
		t.Fatal(err)
	}
	py := byName(o.evalService(input(recorded(t))))["python3"]
	if !strings.Contains(py.Evidence[0].Observed, "solution's process per the manifest (port 8000: vendor web UI)") {
		t.Fatalf("%+v", py.Evidence)
	}
}
