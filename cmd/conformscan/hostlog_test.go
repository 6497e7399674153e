//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"
	"conformscan/inputs/inputstest"
)

// The compliant Debian-like tree passes 6.3, 6.5 (to the expected
// collector) and 8.2 through --host-root; the non-compliant one fails all
// three, naming the files and accounts.
func TestScanHostRootLogging(t *testing.T) {
	good, _ := filepath.Abs("../../probes/hostlog/testdata/good")
	_, rep, _ := scanHost(t, "--host-root", good, "--refs", "6.3,6.5,8.2", "--log-collector", "logs.chm.example", "--lang", "en")
	got := statusesOf(rep, "root:"+good)
	if got["6.3"] != "pass" || got["6.5"] != "pass" || got["8.2"] != "pass" {
		t.Fatalf("compliant tree: %v in %+v", got, rep.Results)
	}
	bad, _ := filepath.Abs("../../probes/hostlog/testdata/bad")
	_, rep, raw := scanHost(t, "--host-root", bad, "--refs", "6.3,6.5,8.2", "--lang", "en")
	if got := statusesOf(rep, "root:"+bad); got["6.3"] != "fail" || got["6.5"] != "fail" || got["8.2"] != "fail" {
		t.Fatalf("non-compliant tree: %v in %+v", got, rep.Results)
	}
	for _, want := range []string{"root:" + bad + "/etc/ssh/sshd_config:2", "support", "maintenance"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Another collector expected: 6.5 fails on the compliant tree.
	_, rep, _ = scanHost(t, "--host-root", good, "--refs", "6.5", "--log-collector", "siem.chm.example")
	if got := statusesOf(rep, "root:"+good); got["6.5"] != "fail" {
		t.Fatalf("other collector: %v", got)
	}
}

// A shadow file that cannot be read makes 8.2 an error, never a pass.
func TestScanHostRootShadowUnreadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile("../../probes/hostlog/testdata/good/etc/passwd")
	mustWrite(t, filepath.Join(dir, "etc/passwd"), b, 0o644)
	inputstest.Mkfifo(t, filepath.Join(dir, "etc/shadow"))
	code, rep, _ := scanHost(t, "--host-root", dir, "--refs", "8.2")
	if got := statusesOf(rep, "root:"+dir); got["8.2"] != "error" || code != 3 {
		t.Fatalf("exit %d, %v", code, got)
	}
}

// Over SSH with an audit account, inside a namespace with a private /etc
// forwarding to the collector: 6.3 gets the same status as --local, 6.5
// passes naming the collector, and /etc/shadow, which only root reads,
// makes 8.2 an error (exit 3) where --local (root) judges it.
func TestScanSSHLogging(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	netns.PrivateEtc(t)
	d := credsd.StartSshdKey(t)
	for _, f := range []string{"rsyslog.conf", "rsyslog.d/50-forward.conf"} {
		b, err := os.ReadFile("../../probes/hostlog/testdata/good/etc/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir("/etc/"+f), 0o755); err != nil {
			t.Fatal(err)
		}
		mustWrite(t, "/etc/"+f, b, 0o644)
	}
	if err := os.Chmod("/etc/shadow", 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SSH_AUTH_SOCK", "")
	refs := []string{"--refs", "6.3,6.5,8.2", "--log-collector", "logs.chm.example", "--lang", "en"}
	code, rep, raw := scanHost(t, append(append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts), refs...)...)
	id := "ssh://" + strings.TrimSuffix(d.Addr, ":22")
	got := statusesOf(rep, id)
	_, local, _ := scanHost(t, append([]string{"--local"}, refs...)...)
	want := statusesOf(local, "local")
	if got["6.5"] != "pass" || want["6.5"] != "pass" || got["6.3"] == "" || got["6.3"] != want["6.3"] ||
		got["8.2"] != "error" || want["8.2"] == "" || want["8.2"] == "error" || code != 3 {
		t.Fatalf("over SSH: exit %d %v; --local %v", code, got, want)
	}
	if !strings.Contains(raw, id+"/etc/rsyslog.d/50-forward.conf:2") {
		t.Fatal("6.5's evidence does not name the host, file and line")
	}
}
