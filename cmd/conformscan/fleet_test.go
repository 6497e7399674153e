//go:build linux

package main

import (
	"encoding/json"
	"net"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"
	"conformscan/fixtures/wsman"
)

// fleetNotes reads the report's probe notes.
func fleetNotes(t *testing.T, raw string) []struct{ ID, Status, Subject, Reason string } {
	t.Helper()
	var rep struct {
		Probes []struct{ ID, Status, Subject, Reason string } `json:"probes"`
	}
	// raw is the report, then stdout and stderr: its first JSON value.
	if err := json.NewDecoder(strings.NewReader(raw)).Decode(&rep); err != nil {
		t.Fatal(err)
	}
	return rep.Probes
}

// fleetArgs audits targets with both audit accounts: SSH on 22 (d's key
// and known_hosts), WinRM over HTTP on 5985 (the endpoint's account).
func fleetArgs(d *credsd.KeySshd, s *wsman.Server, targets ...string) []string {
	args := []string{"--ports", "22", "--ssh-user", d.User, "--ssh-key", d.KeyFile, "--ssh-known-hosts", d.KnownHosts,
		"--winrm-user", s.User, "--winrm-allow-http", "--probe-timeout", "3s", "--refs", "2.9", "--lang", "en"}
	for _, h := range targets {
		args = append(args, "--target", h)
	}
	return args
}

// A mixed fleet inside the test's namespace: 127.0.0.1 runs only sshd,
// 127.0.0.3 only a WinRM endpoint, 127.0.0.5 nothing. With both
// --ssh-user and --winrm-user, the first is judged over SSH and the
// second over WinRM, each host's refused transport withdrawn (no ERROR,
// listed with its reason); the host with neither is ERROR on both.
func TestScanFleetMixedTransports(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	d := credsd.StartSshdKey(t)
	s := wsman.Start(t, wsman.Config{Plain: true, Addr: "127.0.0.3:5985", Recorded: "../../probes/hostaccess/testdata/winrm"})
	t.Setenv("SSH_AUTH_SOCK", "")
	t.Setenv("CONFORMSCAN_WINRM_PASSWORD", s.Pass)
	_, rep, raw := scanHost(t, fleetArgs(d, s, "127.0.0.1", "127.0.0.3")...)
	linux, win := statusesOf(rep, "ssh://127.0.0.1"), statusesOf(rep, "winrm+http://127.0.0.3:5985")
	if linux["2.9"] == "" || strings.Contains(linux["2.9"], "error") || win["2.9"] == "" || strings.Contains(win["2.9"], "error") {
		t.Fatalf("over SSH %v, over WinRM %v: %+v", linux, win, rep.Results)
	}
	for _, r := range rep.Results {
		if r.Status == "error" || r.Target == "ssh://127.0.0.3" || r.Target == "winrm+http://127.0.0.1:5985" {
			t.Errorf("a withdrawn transport judged, or an error: %+v", r)
		}
	}
	withdrawn := map[string]string{}
	for _, n := range fleetNotes(t, raw) {
		if n.Status == "withdrawn" {
			withdrawn[n.Subject] = n.Reason
		}
	}
	if !strings.Contains(withdrawn["ssh://127.0.0.3"], "connection refused on port 22") ||
		!strings.Contains(withdrawn["ssh://127.0.0.3"], "winrm+http://127.0.0.3:5985") ||
		!strings.Contains(withdrawn["winrm+http://127.0.0.1:5985"], "connection refused on port 5985") || len(withdrawn) != 2 {
		t.Fatalf("withdrawn subjects: %v", withdrawn)
	}
	code, rep, _ := scanHost(t, fleetArgs(d, s, "127.0.0.1", "127.0.0.3", "127.0.0.5")...)
	for _, id := range []string{"ssh://127.0.0.5", "winrm+http://127.0.0.5:5985"} {
		if got := statusesOf(rep, id); code != 3 || got["2.9"] != "error" {
			t.Fatalf("%s with no transport: exit %d, %v", id, code, got)
		}
	}
	for _, r := range rep.Results {
		if r.Target == "ssh://127.0.0.5" && !strings.Contains(r.Summary, "no transport") {
			t.Errorf("summary %q", r.Summary)
		}
	}
}

// With only --ssh-user, a host that refuses SSH is an ERROR as before:
// the user said how to audit it.
func TestScanFleetOneFlagRefusedIsError(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	d := credsd.StartSshdKey(t)
	t.Setenv("SSH_AUTH_SOCK", "")
	code, rep, raw := scanHost(t, "--target", "127.0.0.3", "--ports", "22", "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts, "--refs", "2.9")
	if got := statusesOf(rep, "ssh://127.0.0.3"); code != 3 || got["2.9"] != "error" || strings.Contains(raw, `"withdrawn"`) {
		t.Fatalf("exit %d, %v", code, got)
	}
}

// A host whose WinRM port is silent (a listener that never accepts, its
// backlog full: SYNs dropped) while SSH answers: the WinRM subject is an
// ERROR (unknown, never withdrawn), within --probe-timeout; SSH judged.
func TestScanFleetSilentWinRMIsError(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	d := credsd.StartSshdKey(t)
	s := wsman.Start(t, wsman.Config{Plain: true, Addr: "127.0.0.3:5985", Recorded: "../../probes/hostaccess/testdata/winrm"})
	silentListener(t, [4]byte{127, 0, 0, 1}, 5985)
	t.Setenv("SSH_AUTH_SOCK", "")
	t.Setenv("CONFORMSCAN_WINRM_PASSWORD", s.Pass)
	code, rep, raw := scanHost(t, fleetArgs(d, s, "127.0.0.1")...)
	win := statusesOf(rep, "winrm+http://127.0.0.1:5985")
	if code != 3 || win["2.9"] != "error" || strings.Contains(raw, `"withdrawn"`) {
		t.Fatalf("silent WinRM: exit %d, %v", code, win)
	}
	if got := statusesOf(rep, "ssh://127.0.0.1"); got["2.9"] == "" || strings.Contains(got["2.9"], "error") {
		t.Fatalf("SSH beside a silent WinRM: %v", got)
	}
	for _, r := range rep.Results {
		if r.Target == "winrm+http://127.0.0.1:5985" && !strings.Contains(r.Summary, "no answer within 3s") {
			t.Errorf("summary %q", r.Summary)
		}
	}
}

// silentListener listens on ip:port with a backlog of 0 and never
// accepts; one connection fills the backlog, so the kernel drops every
// further SYN: a connect to it waits for its deadline.
func silentListener(t *testing.T, ip [4]byte, port int) {
	t.Helper()
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: ip, Port: port}); err != nil {
		t.Fatal(err)
	}
	if err := unix.Listen(fd, 0); err != nil {
		t.Fatal(err)
	}
	filler, err := net.Dial("tcp", (&net.TCPAddr{IP: net.IP(ip[:]), Port: port}).String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { filler.Close() })
}
