//go:build linux

package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"conformscan/fixtures/credsd"
	"conformscan/fixtures/netns"
	"conformscan/fixtures/proc"
	"conformscan/probes/hostaccess"
)

// hostRefs is every ref a host probe measures, with the options that make
// 3.2 and 8.20 measured rather than documentary, at a fixed date.
var hostRefs = []string{"2.9", "2.11", "2.17", "2.18", "2.19", "3.2", "5.2", "5.3", "5.4", "5.5", "6.3", "6.5",
	"8.2", "8.6", "8.10", "8.15", "8.20", "13.1", "13.17"}

// appConfig is the folder 5.4 scans (--host-config-path), made by
// appConfigWithLink in the private /etc.
const appConfig = "/etc/cs-parity-app"

func hostRefArgs() []string {
	return []string{"--refs", strings.Join(hostRefs, ","), "--account-naming", "^adm-[a-z]+$", "--host-config-path", appConfig, "--config-path", appConfig,
		"--bastion", "192.0.2.10/32", "--reference-date=" + protectRef.Format("2006-01-02"), "--lang", "en"}
}

// verdictsOf maps each ref judged on target to its "check=status" list,
// sorted (a check may give several results for one ref).
func verdictsOf(rep hostReport, target string) map[string]string {
	got := map[string][]string{}
	for _, r := range rep.Results {
		if r.Target == target {
			got[r.Ref] = append(got[r.Ref], r.Check+"="+r.Status)
		}
	}
	out := map[string]string{}
	for ref, l := range got {
		slices.Sort(l)
		out[ref] = strings.Join(l, " ")
	}
	return out
}

// summariesOf is every result's summary for ref on target, one a line.
func summariesOf(rep hostReport, target, ref string) string {
	var l []string
	for _, r := range rep.Results {
		if r.Target == target && r.Ref == ref {
			l = append(l, r.Check+" "+r.Status+": "+r.Summary)
		}
	}
	return strings.Join(l, "\n")
}

// Inside a namespace whose sshd serves this machine's own root, an audit
// account allowed "sudo -n" for exactly the allow-listed commands gets,
// over SSH with --ssh-sudo, the same statuses as --local for every host
// ref, ref by ref; without --ssh-sudo what needs root is ERROR, never a
// pass; the offline view of this machine (--host-root /) equals --local
// on the file-based refs and says why the running-system refs are not
// judged; a collect bundle of it (--host-export) equals --local but for
// 5.4. The namespace holds what makes the root-only paths matter: a
// generic sudoer able to log in (8.2, 3.2 read /etc/shadow) and an
// administration port listening off loopback (8.20 reads the firewall
// with nft, 2.18 the socket's process with ss -p).
func TestHostRefsSSHSudoLikeLocal(t *testing.T) {
	if !netns.Inside(t) {
		return
	}
	netns.PrivateEtc(t)
	d := credsd.StartSshdKey(t)
	allowSudo(t, d.User)
	genericSudoer(t, "support")
	adminPortOffLoopback(t)
	appConfigWithLink(t)
	t.Setenv("SSH_AUTH_SOCK", "")
	id := "ssh://" + strings.TrimSuffix(d.Addr, ":22")
	ssh := slices.Clip(append(sshTarget(d.Addr), "--ssh-user", d.User, "--ssh-key", d.KeyFile, "--ssh-known-hosts", d.KnownHosts))

	_, local, _ := scanHost(t, append([]string{"--local"}, hostRefArgs()...)...)
	want := verdictsOf(local, "local")
	// The namespace's facts reach the verdicts: the root-only paths are
	// exercised, not skipped.
	for ref, check := range map[string]string{"8.2": "host-personal-accounts=fail", "3.2": "host-admin-naming=fail", "8.20": "bastion-host=fail"} {
		if want[ref] != check {
			t.Fatalf("--local %s: %q, want %q (the namespace's fixtures are not seen)\n%s", ref, want[ref], check, summariesOf(local, "local", ref))
		}
	}
	_, sudo, _ := scanHost(t, append(append(ssh, "--ssh-sudo"), hostRefArgs()...)...)
	got := verdictsOf(sudo, id)
	networkSide(t, sudo, id)
	for _, ref := range hostRefs {
		if want[ref] == "" || strings.Contains(want[ref], "=error") {
			t.Errorf("%s: --local %q: not judged\n%s", ref, want[ref], summariesOf(local, "local", ref))
		}
		if got[ref] != want[ref] {
			t.Errorf("%s: over SSH with sudo %q, --local %q\nSSH:\n%s\nlocal:\n%s", ref, got[ref], want[ref],
				summariesOf(sudo, id, ref), summariesOf(local, "local", ref))
		}
	}
	noSudoErrors(t, ssh, id, got)
	specialFilesLikeLocal(t, ssh, id)
	exportLikeLocal(t, want)
	offlineLikeLocal(t, want)
	mobileLikeLocal(t, ssh, id)
}

// networkSide: with --target the scan also judges the target from the
// network, as a subject of its own (the address, or address:port for
// 8.20): those results are not the host's and --local has none. 8.20's
// network side legitimately differs from the host side's reading: it
// sees the administration port reachable from the scanner's own source
// address (here 127.0.0.1, not the bastion), which no host access shows.
func networkSide(t *testing.T, rep hostReport, id string) {
	t.Helper()
	seen := false
	for _, r := range rep.Results {
		if r.Target == id || !slices.Contains(hostRefs, r.Ref) {
			continue
		}
		if r.Target == "local" || strings.HasPrefix(r.Target, "ssh://") {
			t.Errorf("%s: a host result on %s in the SSH scan", r.Ref, r.Target)
		}
		if r.Ref == "8.20" && r.Check == "bastion-network" {
			seen = true
			if r.Status != "fail" || !strings.Contains(r.Summary, "reachable from 127.0.0.1:") {
				t.Errorf("8.20 network side: %s %s", r.Status, r.Summary)
			}
		}
	}
	if !seen {
		t.Error("8.20: no network-side result with --bastion and --target")
	}
}

// exportLikeLocal: a bundle made by collect on this machine, judged by
// scan --host-export with the same options, gives --local's statuses,
// but for 5.4: collect records no application configuration file, on
// purpose (they may hold the very passwords 5.4 looks for), so the
// --host-config-path folder is not in the bundle: not read, ERROR.
func exportLikeLocal(t *testing.T, local map[string]string) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	bundle := filepath.Join(dir, "host.zip")
	if code, out, errOut := runCLI(t, "collect", "-o", bundle); code != 0 {
		t.Fatalf("collect: exit %d: %s %s", code, out, errOut)
	}
	_, rep, _ := scanHost(t, append([]string{"--host-export", bundle}, hostRefArgs()...)...)
	got := verdictsOf(rep, "host-export:"+bundle)
	for _, ref := range hostRefs {
		want := local[ref]
		if ref == "5.4" {
			want = "password-cleartext-config=error"
		}
		if got[ref] != want {
			t.Errorf("%s --host-export: %q, want %q (--local %q)\n%s", ref, got[ref], want, local[ref], summariesOf(rep, "host-export:"+bundle, ref))
		}
	}
	if sum := summariesOf(rep, "host-export:"+bundle, "5.4"); !strings.Contains(sum, "not read") {
		t.Errorf("5.4 --host-export: %s", sum)
	}
}

// needsRoot are the refs that read, on this namespace, what only root
// may read: /etc/shadow (8.2, 3.2: whether the sudoer can log in), the
// firewall (8.20: nft -j list ruleset), another user's socket's process
// (2.18: ss -p for sshd's socket).
var needsRoot = []string{"2.18", "3.2", "8.2", "8.20"}

// noSudoErrors: over SSH without --ssh-sudo, every ref that needs root
// is ERROR, never PASS or another verdict on what could not be read, and
// every other ref has the same status as with sudo.
func noSudoErrors(t *testing.T, ssh []string, id string, withSudo map[string]string) {
	t.Helper()
	_, plain, _ := scanHost(t, append(ssh, hostRefArgs()...)...)
	got := verdictsOf(plain, id)
	for _, ref := range hostRefs {
		all := got[ref] != "" && strings.Count(got[ref], "=error") == strings.Count(got[ref], "=")
		switch {
		case slices.Contains(needsRoot, ref) && !all:
			t.Errorf("%s without --ssh-sudo: %q, want ERROR (root needed)\n%s", ref, got[ref], summariesOf(plain, id, ref))
		case !slices.Contains(needsRoot, ref) && got[ref] != withSudo[ref]:
			t.Errorf("%s without --ssh-sudo: %q, with it %q (a ref that needs root must be listed in needsRoot and be ERROR)\n%s",
				ref, got[ref], withSudo[ref], summariesOf(plain, id, ref))
		}
	}
}

// offlineOnly are the refs an offline view cannot judge, with the status
// and the reason it gives: they need a running system.
var offlineOnly = map[string]struct{ status, reason string }{
	"2.11": {"remote-inventory-local=error", "no listening socket to read"},
	"2.18": {"service-mode=manual", "no process to observe"},
	"8.20": {"bastion-host=error", "nftables text configuration not interpreted on an offline root"},
}

// offlineLikeLocal: --host-root / (this machine read as an image) gives
// --local's statuses for the file-based refs; the running-system refs are
// MANUAL or ERROR with their reason, never a pass.
func offlineLikeLocal(t *testing.T, local map[string]string) {
	t.Helper()
	const id = "root:/"
	_, rep, _ := scanHost(t, append([]string{"--host-root", "/"}, hostRefArgs()...)...)
	got := verdictsOf(rep, id)
	for _, ref := range hostRefs {
		o, running := offlineOnly[ref]
		switch {
		case running && (got[ref] != o.status || !strings.Contains(summariesOf(rep, id, ref), o.reason)):
			t.Errorf("%s --host-root /: %q, want %q saying %q\n%s", ref, got[ref], o.status, o.reason, summariesOf(rep, id, ref))
		case !running && got[ref] != local[ref]:
			t.Errorf("%s --host-root /: %q, --local %q\n%s", ref, got[ref], local[ref], summariesOf(rep, id, ref))
		}
	}
}

// mobileLikeLocal: with --mobile, 13.1 judges the volumes (this
// machine's root is not encrypted: fail) through /proc/self/mountinfo
// and /sys, the same over SSH (with and without sudo: all world-readable)
// as --local; an offline root lists no mounted volume: ERROR.
func mobileLikeLocal(t *testing.T, ssh []string, id string) {
	t.Helper()
	args := []string{"--refs", "13.1", "--mobile", "--reference-date=" + protectRef.Format("2006-01-02"), "--lang", "en"}
	_, local, _ := scanHost(t, append([]string{"--local"}, args...)...)
	want := verdictsOf(local, "local")["13.1"]
	if want == "" || strings.Contains(want, "error") {
		t.Fatalf("--local --mobile 13.1: %q\n%s", want, summariesOf(local, "local", "13.1"))
	}
	for _, extra := range [][]string{{"--ssh-sudo"}, nil} {
		_, rep, _ := scanHost(t, append(append(append([]string{}, ssh...), extra...), args...)...)
		if got := verdictsOf(rep, id)["13.1"]; got != want {
			t.Errorf("13.1 --mobile over SSH %v: %q, --local %q\n%s", extra, got, want, summariesOf(rep, id, "13.1"))
		}
	}
	_, rep, _ := scanHost(t, append([]string{"--host-root", "/"}, args...)...)
	if got := verdictsOf(rep, "root:/")["13.1"]; got != "host-disk-encryption=error" || !strings.Contains(summariesOf(rep, "root:/", "13.1"), "No volume listed") {
		t.Errorf("13.1 --mobile --host-root /: %q\n%s", got, summariesOf(rep, "root:/", "13.1"))
	}
}

// genericSudoer adds name (a generic name, member of sudo, with a
// password: able to log in) to the private /etc, removed at the end.
func genericSudoer(t *testing.T, name string) {
	t.Helper()
	_ = exec.Command("userdel", "-f", name).Run() // a private copy: an image's own "support" goes
	if out, err := exec.Command("useradd", "-M", "-N", "-G", "sudo", "-d", "/nonexistent", "-s", "/bin/bash", name).CombinedOutput(); err != nil {
		t.Fatalf("useradd %s: %v: %s", name, err, out)
	}
	t.Cleanup(func() { _ = exec.Command("userdel", name).Run() })
	cmd := exec.Command("chpasswd")
	cmd.Stdin = strings.NewReader(name + ":Sup-" + fmt.Sprint(os.Getpid()) + "-x7Q\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chpasswd %s: %v: %s", name, err, out)
	}
}

// appConfigWithLink makes appConfig: a configuration file without a
// password and a symbolic link to it. --local (--config-path) reads a
// link to a file: 5.4 passes; an offline root that skipped every link
// made it an ERROR.
func appConfigWithLink(t *testing.T) {
	t.Helper()
	if err := os.MkdirAll(appConfig, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(appConfig) })
	mustWrite(t, filepath.Join(appConfig, "app.properties"), []byte("http.port=8080\nlog.level=info\n"), 0o644)
	if err := os.Symlink("app.properties", filepath.Join(appConfig, "current.properties")); err != nil {
		t.Fatal(err)
	}
}

// specialFilesLikeLocal: a configuration folder holding a FIFO and a
// link to a folder: --local (--config-path) reads neither (2 files not
// read: ERROR); over SSH and on the offline root the same two are not
// read, the FIFO never opened (a "cat" of it would block until the
// command's deadline).
func specialFilesLikeLocal(t *testing.T, ssh []string, id string) {
	t.Helper()
	dir := "/etc/cs-parity-special"
	if err := os.MkdirAll(filepath.Join(dir, "conf"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := unix.Mkfifo(filepath.Join(dir, "conf/pipe.properties"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/ssh", filepath.Join(dir, "conf/ssh")); err != nil {
		t.Fatal(err)
	}
	args := []string{"--refs", "5.4", "--config-path", dir, "--host-config-path", dir, "--lang", "en"}
	_, local, _ := scanHost(t, append([]string{"--local"}, args...)...)
	want := summariesOf(local, "local", "5.4")
	if !strings.HasPrefix(want, "password-cleartext-config error: 2 configuration file(s) not read") {
		t.Fatalf("--local: %s", want)
	}
	for name, a := range map[string][]string{"SSH": append(append([]string{}, ssh...), "--ssh-sudo"), "root": {"--host-root", "/"}} {
		target := id
		if name == "root" {
			target = "root:/"
		}
		_, rep, _ := scanHost(t, append(a, args...)...)
		if got := summariesOf(rep, target, "5.4"); got != want {
			t.Errorf("5.4 %s: %s\n--local: %s", name, got, want)
		}
	}
}

// adminPortOffLoopback holds 3389 (an administration port) on every
// address of the namespace until the test ends.
func adminPortOffLoopback(t *testing.T) {
	t.Helper()
	l, err := net.Listen("tcp", "0.0.0.0:3389")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
}

// allowSudo lets user run "sudo -n" for exactly the allow-listed commands
// present on this machine, by a drop-in in the private /etc
// (netns.PrivateEtc): nothing of it outlives the test's mount namespace.
func allowSudo(t *testing.T, user string) {
	t.Helper()
	if _, err := exec.LookPath("sudo"); err != nil {
		proc.Need(t, fmt.Errorf("sudo missing (Debian's sudo): %w", err))
	}
	if _, err := os.Stat("/etc/sudoers"); err != nil {
		t.Fatalf("sudo without /etc/sudoers: %v", err)
	}
	var cmds []string
	for _, r := range hostaccess.AllowList {
		bin, err := exec.LookPath(r.Argv[0])
		if err != nil {
			continue
		}
		line := sudoersEscape(bin)
		for _, a := range r.Argv[1:] {
			line += " " + sudoersEscape(a)
		}
		if r.Path {
			line += " /*"
		}
		cmds = append(cmds, line)
	}
	drop := "Cmnd_Alias CONFORMSCAN_AUDIT = " + strings.Join(cmds, ", \\\n\t") + "\n" +
		user + " ALL=(root) NOPASSWD: CONFORMSCAN_AUDIT\n"
	dir := "/etc/sudoers.d"
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "conformscan-audit")
	mustWrite(t, path, []byte(drop), 0o440)
	if out, err := exec.Command("visudo", "-c", "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("sudoers drop-in refused: %v: %s\n%s", err, out, drop)
	}
	// The allow-list only: a command outside it asks for a password.
	out, err := exec.Command("sudo", "-n", "-u", user, "--", "sudo", "-n", "--", "id").CombinedOutput()
	if err == nil {
		t.Fatalf("sudo lets the audit account run id: %s", out)
	}
}

// sudoersEscape escapes the characters sudoers gives a meaning to in a
// command's arguments.
func sudoersEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `,`, `\,`, `:`, `\:`, `=`, `\=`, ` `, `\ `).Replace(s)
}
