package remote

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/proc"
	"conformscan/probes"
	"conformscan/probes/discovery"
)

// Real daemons from Debian (.ci/run installs xvfb, x11vnc and xrdp).

// daemon starts name with args in its own process group, stopped (the
// whole group) at the end of the test, and waits until addr accepts.
func daemon(t *testing.T, addr string, name string, args ...string) {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not installed (apt-get install xvfb x11vnc xrdp): %v", name, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.SysProcAttr = proc.GroupAttr()
	cmd.Cancel = func() error { return proc.KillGroup(cmd.Process) }
	log := filepath.Join(t.TempDir(), name+".log")
	out, _ := os.Create(log)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("%s: %v", name, err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait(); out.Close() })
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return
		}
	}
	b, _ := os.ReadFile(log)
	t.Fatalf("%s did not listen on %s: %s", name, addr, b)
}

// freePort returns a loopback port free at the time of the call.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// freeDisplay returns an X display number whose TCP port is free.
func freeDisplay(t *testing.T) int {
	t.Helper()
	for d := 40 + os.Getpid()%40; d < 200; d++ {
		l, err := net.Listen("tcp", fmt.Sprintf(":%d", 6000+d))
		if err == nil {
			l.Close()
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", d)); err != nil {
				return d
			}
		}
	}
	t.Fatal("no free X display")
	return 0
}

// probeAddr runs the probe on a loopback endpoint as discovery would.
func probeAddr(t *testing.T, port int, service string) *Facts {
	t.Helper()
	s := probes.NewSubject(probes.SubjectEndpoint, probes.Endpoint("127.0.0.1", port))
	s.Host, s.Port = "127.0.0.1", port
	s.Descriptor = &discovery.Port{Port: port, Service: service, ServiceFrom: "banner"}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := run(ctx, &probes.Env{}, s, nil); err != nil {
		t.Fatal(err)
	}
	return FactsOf(s)
}

func TestDaemonXvfbAndX11vnc(t *testing.T) {
	d := freeDisplay(t)
	daemon(t, fmt.Sprintf("127.0.0.1:%d", 6000+d), "Xvfb", ":"+strconv.Itoa(d), "-listen", "tcp", "-ac", "-nolisten", "unix", "-screen", "0", "320x240x24")
	f := probeAddr(t, 6000+d, "x11")
	if f.Auth != AuthNone || !strings.Contains(strings.Join(f.Details, ";"), "X.Org") {
		t.Errorf("Xvfb -ac: %+v", f)
	}
	vnc := freePort(t)
	daemon(t, fmt.Sprintf("127.0.0.1:%d", vnc), "x11vnc", "-display", fmt.Sprintf("127.0.0.1:%d", d), "-rfbport", strconv.Itoa(vnc), "-nopw", "-noshm", "-localhost", "-forever", "-shared", "-quiet")
	f = probeAddr(t, vnc, "vnc")
	if f.Auth != AuthNone || !strings.HasPrefix(f.Protocol, "RFB 003.008") {
		t.Errorf("x11vnc -nopw: %+v", f)
	}
}

// With an authority file (a MIT-MAGIC-COOKIE-1), Xvfb refuses a setup
// without credentials, even from the local machine.
func TestDaemonXvfbAccessControl(t *testing.T) {
	d := freeDisplay(t)
	auth := filepath.Join(t.TempDir(), "Xauthority")
	cookie := []byte{0xff, 0xff, 0, 0, 0, 0, 0, 18}
	cookie = append(append(cookie, "MIT-MAGIC-COOKIE-1"...), 0, 16)
	cookie = append(cookie, []byte("0123456789abcdef")...)
	if err := os.WriteFile(auth, cookie, 0o600); err != nil {
		t.Fatal(err)
	}
	daemon(t, fmt.Sprintf("127.0.0.1:%d", 6000+d), "Xvfb", ":"+strconv.Itoa(d), "-listen", "tcp", "-nolisten", "unix", "-auth", auth)
	if f := probeAddr(t, 6000+d, "x11"); f.Auth != AuthRefused || f.Details[0] == "" {
		t.Errorf("Xvfb without -ac: %+v", f)
	}
}

func TestDaemonXrdp(t *testing.T) {
	ini, err := os.ReadFile("/etc/xrdp/xrdp.ini")
	if err != nil {
		t.Fatalf("xrdp not installed (apt-get install xrdp): %v", err)
	}
	for layer, want := range map[string]string{"tls": AuthTLS, "rdp": AuthRDP} {
		port := freePort(t)
		conf := strings.Replace(string(ini), "\nport=3389", fmt.Sprintf("\nport=tcp://127.0.0.1:%d", port), 1)
		conf = strings.Replace(conf, "\nsecurity_layer=negotiate", "\nsecurity_layer="+layer, 1)
		path := filepath.Join(t.TempDir(), "xrdp.ini")
		if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		daemon(t, fmt.Sprintf("127.0.0.1:%d", port), "xrdp", "-n", "-c", path)
		if f := probeAddr(t, port, "rdp"); f.Auth != want || f.Weak != (layer == "rdp") {
			t.Errorf("xrdp %s: %+v", layer, f)
		}
	}
}
