//go:build linux

package main

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
	"golang.org/x/sys/unix"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"

	"conformscan/inputs/inputstest"
)

type hostReport struct {
	Results []struct {
		Ref, Status, Summary, Check, Target string
		Evidence                            []struct{ Rule, Source, Observed string }
	} `json:"results"`
}

func scanHost(t *testing.T, args ...string) (int, hostReport, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.json")
	code, stdout, errOut := runCLI(t, append([]string{"scan", "--output", out, "--format", "json"}, args...)...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("exit %d: %s: %v", code, errOut, err)
	}
	var rep hostReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	return code, rep, string(data) + stdout + errOut
}

// statusesOf maps each ref judged on target to its statuses, joined.
func statusesOf(rep hostReport, target string) map[string]string {
	got := map[string]string{}
	for _, r := range rep.Results {
		if r.Target == target {
			if got[r.Ref] != "" {
				got[r.Ref] += ","
			}
			got[r.Ref] += r.Status
		}
	}
	return got
}

// An offline root with Debian's default PAM fails 5.3 naming the file
// and line; the hardened tree passes.
func TestScanHostRootWeakAndStrong(t *testing.T) {
	weak, _ := filepath.Abs("../../probes/passwords/testdata/debian")
	_, rep, _ := scanHost(t, "--host-root", weak, "--refs", "5.3")
	got := statusesOf(rep, "root:"+weak)
	if got["5.3"] != "fail" {
		t.Fatalf("weak tree: %v in %+v", got, rep.Results)
	}
	src := ""
	for _, r := range rep.Results {
		for _, e := range r.Evidence {
			src += e.Source + "\n"
		}
	}
	if !strings.Contains(src, "root:"+weak+"/etc/pam.d/common-password:") {
		t.Fatalf("the evidence does not name the file and line: %s", src)
	}
	strong, _ := filepath.Abs("../../probes/passwords/testdata/hardened")
	code, rep, _ := scanHost(t, "--host-root", strong, "--refs", "5.3")
	if got := statusesOf(rep, "root:"+strong); got["5.3"] != "pass" || code != 0 {
		t.Fatalf("strong tree: exit %d, %v", code, got)
	}
}

// Audited over SSH with a read-only key account, this machine gets the
// same statuses for 2.9, 5.3 and 8.6 as --local; the key appears nowhere.
func TestScanSSHMatchesLocal(t *testing.T) {
	d := credsd.StartSshdKey(t)
	t.Setenv("SSH_AUTH_SOCK", "")
	refs := "2.9,5.3,8.6"
	_, remote, raw := scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts, "--refs", refs)...)
	_, local, _ := scanHost(t, "--local", "--refs", refs)
	got, want := statusesOf(remote, "ssh://"+d.Addr), statusesOf(local, "local")
	for _, ref := range strings.Split(refs, ",") {
		if got[ref] == "" || got[ref] != want[ref] {
			t.Errorf("%s: over SSH %q, --local %q", ref, got[ref], want[ref])
		}
	}
	key, _ := os.ReadFile(d.KeyFile)
	for _, l := range strings.Split(string(key), "\n")[1:3] {
		if l != "" && strings.Contains(raw, l) {
			t.Fatal("the private key appears in the output")
		}
	}
}

// A changed host key is an error for the host's refs and exit 3, never
// a pass.
func TestScanSSHChangedHostKey(t *testing.T) {
	d := credsd.StartSshdKey(t)
	other := credsd.StartSshdKey(t)
	t.Setenv("SSH_AUTH_SOCK", "")
	kh := filepath.Join(t.TempDir(), "known_hosts")
	b, _ := os.ReadFile(other.KnownHosts)
	host := "[" + strings.Replace(d.Addr, ":", "]:", 1)
	_, key, _ := strings.Cut(strings.TrimSpace(string(b)), " ")
	if err := os.WriteFile(kh, []byte(host+" "+key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, rep, _ := scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", kh, "--refs", "5.3")...)
	got := statusesOf(rep, "ssh://"+d.Addr)
	if code != 3 || got["5.3"] != "error" {
		t.Fatalf("exit %d, %v", code, got)
	}
	for _, r := range rep.Results {
		if r.Target == "ssh://"+d.Addr && !strings.Contains(r.Summary, "CHANGED") {
			t.Errorf("summary %q", r.Summary)
		}
	}
}

// A password from --ssh-password-file logs in; --ssh-accept-new records
// the unknown host key; the password appears nowhere in the output.
func TestScanSSHPasswordAcceptNew(t *testing.T) {
	const password = "Au-dit-7Hq2-pass"
	d := credsd.StartSshd(t, password, 6)
	t.Setenv("SSH_AUTH_SOCK", "")
	t.Setenv("CONFORMSCAN_SSH_PASSWORD", "")
	dir := t.TempDir()
	pw, kh := filepath.Join(dir, "pw"), filepath.Join(dir, "known_hosts")
	if err := os.WriteFile(pw, []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, rep, raw := scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-password-file", pw,
		"--ssh-known-hosts", kh, "--ssh-accept-new", "--refs", "5.3")...)
	if got := statusesOf(rep, "ssh://"+d.Addr); got["5.3"] == "" || got["5.3"] == "error" {
		t.Fatalf("5.3 over SSH by password: %v %+v", got, rep.Results)
	}
	if strings.Contains(raw, password) {
		t.Fatal("the SSH password appears in the output")
	}
	if b, _ := os.ReadFile(kh); !strings.Contains(string(b), "ssh-ed25519") {
		t.Fatalf("host key not recorded: %q", b)
	}
	t.Setenv("CONFORMSCAN_SSH_PASSWORD", password)
	_, rep, raw = scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-known-hosts", kh, "--refs", "5.3")...)
	if got := statusesOf(rep, "ssh://"+d.Addr); got["5.3"] == "" || got["5.3"] == "error" || strings.Contains(raw, password) {
		t.Fatalf("5.3 over SSH by $CONFORMSCAN_SSH_PASSWORD: %v", got)
	}
}

// A policy file that cannot be read completely (here a FIFO in place of
// the PAM stack) makes the host's refs errors and exit 3, never a verdict
// on what was read.
func TestScanHostRootUnreadableIsError(t *testing.T) {
	dir := t.TempDir()
	pam := filepath.Join(dir, "etc/pam.d")
	if err := os.MkdirAll(pam, 0o755); err != nil {
		t.Fatal(err)
	}
	inputstest.Mkfifo(t, filepath.Join(pam, "common-password"))
	code, rep, _ := scanHost(t, "--host-root", dir, "--refs", "5.3")
	if got := statusesOf(rep, "root:"+dir); code != 3 || got["5.3"] != "error" {
		t.Fatalf("exit %d, %v", code, got)
	}
}

// An appliance image: x11vnc installed (8.6 fails naming it), a cleartext
// password in its configuration (5.4 fails naming file and line, the value
// appears nowhere), the package list recorded (2.9); a link leading out of
// the image is never followed. Its listening sockets cannot be read:
// 2.11 is an error, never a pass.
func TestScanHostRootAppliance(t *testing.T) {
	root, _ := filepath.Abs("../../probes/hostaccess/testdata/debian-weak")
	_, rep, raw := scanHost(t, "--host-root", root, "--host-config-path", "/opt/app", "--refs", "2.9,2.11,5.4,8.6", "--lang", "en")
	id := "root:" + root
	got := statusesOf(rep, id)
	if got["8.6"] != "fail" || got["5.4"] != "fail" || got["2.9"] != "manual" || got["2.11"] != "error" {
		t.Fatalf("verdicts %v: %+v", got, rep.Results)
	}
	if strings.Contains(raw, "S3cr3t-cleartext-42") {
		t.Fatal("the password appears in the report")
	}
	var seen []string
	for _, r := range rep.Results {
		if r.Target != id {
			continue
		}
		for _, e := range r.Evidence {
			seen = append(seen, r.Ref+" "+e.Source+" "+e.Observed)
		}
	}
	all := strings.Join(seen, "\n")
	for _, want := range []string{"5.4 " + id + "/opt/app/app.properties:2", "x11vnc", "2 packages"} {
		if !strings.Contains(all, want) {
			t.Errorf("evidence lacks %q:\n%s", want, all)
		}
	}
	// /etc/escape links to /etc/shadow of the machine: inside the root it
	// is missing, and a named path that is missing is an error.
	code, rep, raw := scanHost(t, "--host-root", root, "--host-config-path", "/etc/escape", "--refs", "5.4")
	if got := statusesOf(rep, id); code != 3 || got["5.4"] != "error" || strings.Contains(raw, "root:*:") || strings.Contains(raw, "root:$") {
		t.Fatalf("escaping link: exit %d, %v", code, got)
	}
}

// Inside a namespace with a private /etc holding a strong PAM policy whose
// pwquality.conf only root may read: over SSH without --ssh-sudo the
// policy is not readable, so 5.3 is an error (exit 3), never a pass,
// while --local (root) passes; with Debian's weak stack readable, 5.3
// fails naming ssh://host/etc/pam.d/common-password and the line.
func TestScanSSHUnreadableWithoutSudoIsError(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	netns.PrivateEtc(t)
	// The account is made first: chpasswd goes through the PAM stack,
	// whose hardened modules are not installed here.
	d := credsd.StartSshdKey(t)
	hard := "../../probes/passwords/testdata/hardened/etc/"
	for _, f := range []struct {
		src, dst string
		mode     os.FileMode
	}{
		{"pam.d/common-password", "/etc/pam.d/common-password", 0o644},
		{"pam.d/common-auth", "/etc/pam.d/common-auth", 0o644},
		{"security/faillock.conf", "/etc/security/faillock.conf", 0o644},
		{"login.defs", "/etc/login.defs", 0o644},
		{"security/pwquality.conf", "/etc/security/pwquality.conf", 0o600},
	} {
		b, err := os.ReadFile(hard + f.src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(f.dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.dst, b, f.mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(f.dst, f.mode); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("SSH_AUTH_SOCK", "")
	args := append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile, "--ssh-known-hosts", d.KnownHosts, "--refs", "5.3")
	id := "ssh://" + strings.TrimSuffix(d.Addr, ":22")
	code, rep, _ := scanHost(t, args...)
	if got := statusesOf(rep, id); code != 3 || got["5.3"] != "error" {
		t.Fatalf("unreadable pwquality.conf over SSH: exit %d, %v %+v", code, got, rep.Results)
	}
	if _, local, _ := scanHost(t, "--local", "--refs", "5.3"); statusesOf(local, "local")["5.3"] != "pass" {
		t.Fatalf("--local as root: %+v", local.Results)
	}
	weak, err := os.ReadFile("../../probes/passwords/testdata/debian/etc/pam.d/common-password")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("/etc/pam.d/common-password", weak, 0o644); err != nil {
		t.Fatal(err)
	}
	_, rep, _ = scanHost(t, args...)
	if got := statusesOf(rep, id); got["5.3"] != "fail" {
		t.Fatalf("weak stack over SSH: %v", got)
	}
	src := ""
	for _, r := range rep.Results {
		for _, e := range r.Evidence {
			src += e.Source + "\n"
		}
	}
	if !strings.Contains(src, id+"/etc/pam.d/common-password:") {
		t.Fatalf("evidence does not name the host, file and line: %s", src)
	}
}

// A RHEL-like host over SSH (inside a namespace: a private /etc with
// RHEL's os-release, no dpkg database, and an rpm answering the recorded
// 'rpm -qa' of a RHEL 9 host): packages come from rpm -qa, x11vnc among
// them fails 8.6.
func TestScanSSHRHELLikeHost(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	netns.PrivateEtc(t)
	d := credsd.StartSshdKey(t)
	td, _ := filepath.Abs("../../probes/hostaccess/testdata")
	bin, err := os.MkdirTemp("", "cs-rpm-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(bin) })
	rec, _ := os.ReadFile(filepath.Join(td, "rhel9-rpm-qa.txt"))
	osr, _ := os.ReadFile(filepath.Join(td, "rhel9-os-release"))
	mustWrite(t, filepath.Join(bin, "rpm-qa.txt"), rec, 0o644)
	mustWrite(t, filepath.Join(bin, "rpm"), []byte("#!/bin/sh\nexec cat "+filepath.Join(bin, "rpm-qa.txt")+"\n"), 0o755)
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.Remove("/etc/os-release")
	mustWrite(t, "/etc/os-release", osr, 0o644)
	empty := t.TempDir()
	for src, dst := range map[string]string{bin: "/usr/local/bin", empty: "/var/lib/dpkg"} {
		if err := unix.Mount(src, dst, "", unix.MS_BIND, ""); err != nil {
			t.Fatalf("bind-mounting %s: %v", dst, err)
		}
		t.Cleanup(func() { _ = unix.Unmount(dst, unix.MNT_DETACH) })
	}
	t.Setenv("SSH_AUTH_SOCK", "")
	_, rep, raw := scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile,
		"--ssh-known-hosts", d.KnownHosts, "--refs", "2.9,8.6,2.19,8.10", "--lang", "en")...)
	id := "ssh://" + strings.TrimSuffix(d.Addr, ":22")
	for _, want := range []string{`"rpm-qa"`, `"rhel"`, "httpd 2.4.57-5.el9"} {
		if !strings.Contains(raw, want) {
			t.Errorf("OS and packages of the RHEL host: %s missing", want)
		}
	}
	got := statusesOf(rep, id)
	// This machine's own units (xrdp...) are seen too: 8.6 may fail more
	// than once.
	if !strings.HasPrefix(got["8.6"], "fail") || got["2.9"] != "manual" {
		t.Fatalf("verdicts %v: %+v", got, rep.Results)
	}
	var ev []string
	for _, r := range rep.Results {
		for _, e := range r.Evidence {
			ev = append(ev, r.Ref+" "+e.Source+" "+e.Observed)
		}
	}
	all := strings.Join(ev, "\n")
	for _, want := range []string{id + " rpm -qa", "x11vnc: package x11vnc 0.9.16-8.el9", "6 packages"} {
		if !strings.Contains(all, want) {
			t.Errorf("evidence lacks %q:\n%s", want, all)
		}
	}
}

func mustWrite(t *testing.T, path string, b []byte, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, b, mode); err != nil {
		t.Fatal(err)
	}
}

// The key may come from an SSH agent ($SSH_AUTH_SOCK), without --ssh-key.
func TestScanSSHAgent(t *testing.T) {
	d := credsd.StartSshdKey(t)
	b, err := os.ReadFile(d.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ssh.ParseRawPrivateKey(b)
	if err != nil {
		t.Fatal(err)
	}
	ring := agent.NewKeyring()
	if err := ring.Add(agent.AddedKey{PrivateKey: key}); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(t.TempDir(), "agent.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() { _ = agent.ServeAgent(ring, c); c.Close() }()
		}
	}()
	t.Setenv("SSH_AUTH_SOCK", sock)
	t.Setenv("CONFORMSCAN_SSH_PASSWORD", "")
	_, rep, _ := scanHost(t, append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-known-hosts", d.KnownHosts, "--refs", "5.3")...)
	if got := statusesOf(rep, "ssh://"+d.Addr); got["5.3"] == "" || got["5.3"] == "error" {
		t.Fatalf("5.3 over SSH with the agent's key: %v %+v", got, rep.Results)
	}
}

// sshTarget is the target and ports of an sshd at addr: its host as the
// target, its port as --ssh-port and the only port the network scan sees.
func sshTarget(addr string) []string {
	host, port, _ := net.SplitHostPort(addr)
	return []string{"--target", host, "--ssh-port", port, "--ports", port}
}
