package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"
	"conformscan/fixtures/proc"
)

// ownLockoutState gives a scan run by a test its own lockout budget state
// file (unless the test names one): tests never read the user's, nor
// each other's.
func ownLockoutState(t *testing.T, args []string) []string {
	if len(args) == 0 || (args[0] != "scan" && args[0] != "demo") || slices.ContainsFunc(args, func(a string) bool {
		return strings.HasPrefix(a, "--creds-state")
	}) {
		return args
	}
	return append(args, "--creds-state", filepath.Join(t.TempDir(), "lockout.json"))
}

// lockoutPassword is the lab accounts' password: no catalogue holds it.
const lockoutPassword = "Lockout-Lab-5d2e8b"

// TestCredsLockoutFaillock: in a namespace of its own with a private /etc
// whose PAM stack locks an account at 3 failures in 15 minutes
// (pam_faillock deny=3), sshd with UsePAM, the root and admin accounts
// with a strong password, and a Telnet login and a web console on the same
// admin account: two full default scans of 127.0.0.1 and one of
// "localhost" leave every account usable. faillock shows at most 2
// failures per account, sshd's log agrees, and a login with the right
// password still succeeds.
func TestCredsLockoutFaillock(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	netns.PrivateEtc(t)
	tally := t.TempDir()
	faillockPAM(t, tally)
	for _, u := range []string{"admin", "root"} {
		setPassword(t, u, lockoutPassword)
	}
	sshd := startPAMSshd(t)
	credsd.ServeTelnetd(t, "admin", lockoutPassword)
	startLabConsole(t, "admin", lockoutPassword)
	state := filepath.Join(t.TempDir(), "lockout.json")
	for i, target := range []string{"127.0.0.1", "127.0.0.1", "localhost"} {
		code, out, errOut := runCLI(t, "scan", "--target", target, "--creds-pace", "300ms", "--creds-state", state,
			"--format", "json", "--lang", "en")
		r := result83(t, out)
		t.Logf("scan %d of %s: exit %d, 8.3 %s: %s\n%s", i+1, target, code, r.Status, r.Summary, errOut)
		for _, e := range r.Evidence {
			t.Logf("  8.3 evidence: %s — %s", e.Observed, e.Excerpt)
		}
		if i > 0 && r.Status == "pass" {
			t.Errorf("scan %d: 8.3 passes though the budget kept accounts from being tried", i+1)
		}
	}
	pam := 0
	for _, u := range []string{"admin", "root"} {
		n := faillockCount(t, tally, u)
		pam += n
		if n > 2 {
			t.Errorf("faillock shows %d failures for %s, want at most 2", n, u)
		}
		if n := sshdFailures(sshd.Output(), u); n > 2 {
			t.Errorf("sshd logged %d failures for %s, want at most 2\n%s", n, u, sshd.Output())
		}
		if err := sshLogin(u, lockoutPassword); err != nil {
			t.Errorf("%s is no longer usable: %v\n%s", u, err, sshd.Output())
		}
	}
	if pam == 0 {
		t.Error("faillock recorded no failure at all: the lab's PAM stack was not exercised")
	}
}

// faillockPAM writes the private /etc's PAM stack: pam_faillock around
// pam_unix, deny=3 in 15 minutes, its tally in dir (not the machine's).
func faillockPAM(t *testing.T, dir string) {
	t.Helper()
	auth := `auth required pam_faillock.so preauth
auth [success=1 default=bad] pam_unix.so
auth [default=die] pam_faillock.so authfail
auth sufficient pam_faillock.so authsucc
auth requisite pam_deny.so
auth required pam_permit.so
`
	account := `account required pam_faillock.so
account [success=1 new_authtok_reqd=done default=ignore] pam_unix.so
account requisite pam_deny.so
account required pam_permit.so
`
	conf := fmt.Sprintf("deny = 3\nfail_interval = 900\nunlock_time = 900\neven_deny_root\nroot_unlock_time = 900\ndir = %s\n", dir)
	for path, content := range map[string]string{
		"/etc/pam.d/common-auth":        auth,
		"/etc/pam.d/common-account":     account,
		"/etc/security/faillock.conf":   conf,
		"/etc/security/access.conf":     "",
		"/etc/securetty":                "",
		"/etc/pam.d/conformscan-marker": "# private /etc of " + t.Name() + "\n",
	} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func setPassword(t *testing.T, user, password string) {
	t.Helper()
	if user != "root" {
		if out, err := exec.Command("useradd", "-M", "-N", "-d", "/nonexistent", "-s", "/bin/sh", user).CombinedOutput(); err != nil {
			t.Fatalf("useradd %s: %v: %s", user, err, out)
		}
	}
	cmd := exec.Command("chpasswd")
	cmd.Stdin = strings.NewReader(user + ":" + password + "\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chpasswd %s: %v: %s", user, err, out)
	}
}

// startPAMSshd starts sshd on port 22 with PAM, password logins, root
// allowed (its PAM failures then count too).
func startPAMSshd(t *testing.T) *proc.Process {
	t.Helper()
	dir := t.TempDir()
	key := filepath.Join(dir, "host_key")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v: %s", err, out)
	}
	conf := filepath.Join(dir, "sshd_config")
	cfg := "Port 22\nListenAddress 127.0.0.1\nHostKey " + key + "\nPidFile none\nPasswordAuthentication yes\n" +
		"KbdInteractiveAuthentication no\nPubkeyAuthentication no\nPermitRootLogin yes\nUsePAM yes\nMaxAuthTries 6\n" +
		"StrictModes no\nUseDNS no\nLogLevel INFO\n"
	if err := os.WriteFile(conf, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := proc.Start(proc.Spec{Name: "sshd", Path: credsd.SshdPath, Args: []string{"-D", "-e", "-f", conf}, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Stop() })
	ctx, cancel := context.WithTimeout(t.Context(), 15*time.Second)
	defer cancel()
	if err := p.WaitReady(ctx, proc.Banner("127.0.0.1:22", "SSH-2.0")); err != nil {
		t.Fatal(err)
	}
	return p
}

// faillockCount is the number of failures faillock(8) records for user.
func faillockCount(t *testing.T, dir, user string) int {
	t.Helper()
	out, err := exec.Command("faillock", "--dir", dir, "--user", user).CombinedOutput()
	if err != nil {
		t.Fatalf("faillock: %v: %s", err, out)
	}
	t.Logf("faillock --user %s:\n%s", user, out)
	n := 0
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) >= 4 && (f[len(f)-1] == "V" || f[len(f)-1] == "I") {
			n++
		}
	}
	return n
}

// sshdFailures counts the failed password tries sshd logged for user.
func sshdFailures(log, user string) int {
	n := 0
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "Failed ") && strings.Contains(line, " for "+user+" ") {
			n++
		}
	}
	return n
}

// sshLogin logs in as user with password and opens a session.
func sshLogin(user, password string) error {
	cfg := &ssh.ClientConfig{User: user, Auth: []ssh.AuthMethod{ssh.Password(password)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second} //nolint:gosec // test lab
	c, err := ssh.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(22)), cfg)
	if err != nil {
		return err
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return err
	}
	return s.Close()
}
