//go:build linux

package main

import (
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"
	"conformscan/fixtures/proc"
)

// statusesByCheck maps each check's results on any target to their
// statuses (8.20 has a host check and a network check).
func statusesByCheck(rep hostReport, ref string) map[string]string {
	got := map[string]string{}
	for _, r := range rep.Results {
		if r.Ref == ref {
			if got[r.Check] != "" {
				got[r.Check] += ","
			}
			got[r.Check] += r.Status
		}
	}
	return got
}

// 8.20 from the network side, against Debian's real sshd on loopback:
// the scanner (127.0.0.1) outside the bastion reaches SSH, which fails
// naming the port; a bastion that includes 127.0.0.1 passes; without
// --bastion the ref stays documentary.
func TestScanBastionReachability(t *testing.T) {
	addr := startSSHD(t)
	_, port, _ := strings.Cut(addr, ":")
	_, rep, raw := scanHost(t, "--target", addr, "--refs", "8.20", "--bastion", "10.1.2.0/24", "--lang", "en")
	if got := statusesByCheck(rep, "8.20"); got["bastion-network"] != "fail" {
		t.Fatalf("outside the bastion: %v\n%s", got, raw)
	}
	if !strings.Contains(raw, "Administration port "+port+" (ssh) reachable from 127.0.0.1:") {
		t.Errorf("the failure does not name the port and the source: %s", raw)
	}
	_, rep, raw = scanHost(t, "--target", addr, "--refs", "8.20", "--bastion", "127.0.0.1/32", "--lang", "en")
	if got := statusesByCheck(rep, "8.20"); got["bastion-network"] != "pass" {
		t.Fatalf("inside the bastion: %v\n%s", got, raw)
	}
	_, rep, raw = scanHost(t, "--target", addr, "--refs", "8.20", "--lang", "en")
	if got := statusesByCheck(rep, "8.20"); got["bastion-network"] != "manual" || !strings.Contains(raw, "Documentary without --bastion") {
		t.Fatalf("without --bastion: %v\n%s", got, raw)
	}
}

// 8.20 on offline roots: sshd's Match block passes, the root whose
// iptables rules accept SSH from anywhere fails naming the rule.
func TestScanHostRootBastion(t *testing.T) {
	good, _ := filepath.Abs("../../probes/bastion/testdata/match")
	_, rep, raw := scanHost(t, "--host-root", good, "--refs", "8.20", "--bastion", "10.1.2.0/24", "--lang", "en")
	if got := statusesOf(rep, "root:"+good); got["8.20"] != "pass" {
		t.Fatalf("match root: %v\n%s", got, raw)
	}
	bad, _ := filepath.Abs("../../probes/bastion/testdata/bad")
	_, rep, raw = scanHost(t, "--host-root", bad, "--refs", "8.20", "--bastion", "10.1.2.0/24", "--lang", "en")
	if got := statusesOf(rep, "root:"+bad); got["8.20"] != "fail" || !strings.Contains(raw, "rules.v4 filter INPUT line 7") {
		t.Fatalf("bad root: %v\n%s", got, raw)
	}
}

// 2.18 on the machine itself is judged with evidence (never left
// manual), and on an offline root it is manual, saying why.
func TestScanServiceMode(t *testing.T) {
	_, rep, raw := scanHost(t, "--local", "--refs", "2.18", "--lang", "en")
	got := statusesOf(rep, "local")
	if got["2.18"] == "" || strings.Contains(got["2.18"], "manual") {
		t.Fatalf("--local: %v\n%s", got, raw)
	}
	root, _ := filepath.Abs("../../probes/bastion/testdata/match")
	_, rep, raw = scanHost(t, "--host-root", root, "--refs", "2.18", "--lang", "en")
	if got := statusesOf(rep, "root:"+root); got["2.18"] != "manual" || !strings.Contains(raw, "Offline root: no process to observe") {
		t.Fatalf("offline root: %v\n%s", got, raw)
	}
}

// Over SSH with a read-only account that is not root, in a namespace the
// test creates: the nftables ruleset (root only) and the other users'
// processes cannot be read, so 8.20 and 2.18 are errors, never a pass,
// where --local (root) judges them: 8.20 passes (the ruleset drops
// RDP from outside the bastion) and 2.18 fails (the test's own listening
// process is not a service).
func TestScanSSHBastionAndServiceMode(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	if _, err := exec.LookPath("nft"); err != nil {
		proc.Need(t, err)
	}
	netns.PrivateEtc(t)
	d := credsd.StartSshdKey(t)
	ln, err := net.Listen("tcp", "0.0.0.0:3389")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	rules := filepath.Join(t.TempDir(), "r.nft")
	mustWrite(t, rules, []byte("flush ruleset\ntable inet filter {\n chain input {\n  type filter hook input priority 0; policy accept;\n"+
		"  ip saddr 10.1.2.0/24 tcp dport 3389 accept\n  tcp dport 3389 drop\n }\n}\n"), 0o600)
	if out, err := exec.Command("nft", "-f", rules).CombinedOutput(); err != nil {
		t.Fatalf("nft: %v: %s", err, out)
	}
	t.Setenv("SSH_AUTH_SOCK", "")
	refs := []string{"--refs", "2.18,8.20", "--bastion", "10.1.2.0/24", "--lang", "en"}
	_, local, lraw := scanHost(t, append([]string{"--local"}, refs...)...)
	want := statusesOf(local, "local")
	if want["8.20"] != "pass" || !strings.Contains(want["2.18"], "fail") {
		t.Fatalf("--local: %v\n%s", want, lraw)
	}
	_, rep, raw := scanHost(t, append(append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts), refs...)...)
	got := statusesOf(rep, "ssh://"+strings.TrimSuffix(d.Addr, ":22"))
	if got["8.20"] != "error" || !strings.Contains(got["2.18"], "error") || strings.Contains(got["2.18"]+got["8.20"], "pass") {
		t.Fatalf("over SSH: %v\n%s", got, raw)
	}
}
