// Package apttest builds, for tests, an offline Debian root whose dpkg
// status has a package installed by the real dpkg (--root) and whose apt
// lists were fetched by the real apt-get from a file: repository of a
// security suite the test writes, with a Release Date relative to the
// test's clock. Nothing of the machine's own dpkg or apt is touched. It
// also writes a ClamAV tree (unit enabled at boot, daily.cld header).
package apttest

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"conformscan/fixtures/proc"
)

// Package is the demo package's name.
const Package = "cs-demo"

// Repo says what the root has installed and what the security suite
// offers.
type Repo struct {
	Installed string // version installed in the root
	Offered   string // version in the security suite
	Suite     string // default "stable-security"
	Date      time.Time
}

// Root builds the root and returns its folder; it skips the test when
// dpkg-deb, dpkg or apt-get is missing or the test does not run as root.
func Root(t testing.TB, r Repo) string {
	t.Helper()
	for _, bin := range []string{"dpkg-deb", "dpkg", "apt-get"} {
		_, err := exec.LookPath(bin)
		proc.Need(t, err)
	}
	if os.Geteuid() != 0 {
		proc.Need(t, errors.New("dpkg --root and apt-get update need root"))
	}
	if r.Suite == "" {
		r.Suite = "stable-security"
	}
	dir := t.TempDir()
	root := filepath.Join(dir, "root")
	for _, d := range []string{"var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/apt/lists/partial", "var/cache/apt/archives/partial",
		"etc/apt/apt.conf.d", "etc/apt/preferences.d", "etc/apt/sources.list.d", "etc/apt/trusted.gpg.d"} {
		mkdir(t, filepath.Join(root, d))
	}
	write(t, filepath.Join(root, "etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n")
	write(t, filepath.Join(root, "var/lib/dpkg/status"), "")
	write(t, filepath.Join(root, "var/lib/dpkg/available"), "")
	installed := build(t, dir, r.Installed)
	run(t, "dpkg", "--root="+root, "--force-script-chrootless", "-i", installed)
	repo := filepath.Join(dir, "repo")
	offered := build(t, dir, r.Offered)
	pool := filepath.Join(repo, "pool")
	mkdir(t, pool)
	deb := filepath.Join(pool, filepath.Base(offered))
	if err := os.Rename(offered, deb); err != nil {
		t.Fatal(err)
	}
	writeRepo(t, repo, r, deb)
	write(t, filepath.Join(root, "etc/apt/sources.list"), fmt.Sprintf("deb [trusted=yes] file:%s %s main\n", repo, r.Suite))
	run(t, "apt-get", "update", "-q", "-o", "Dir="+root, "-o", "Dir::State::status="+filepath.Join(root, "var/lib/dpkg/status"),
		"-o", "Dir::Etc::SourceParts="+filepath.Join(root, "etc/apt/sources.list.d"), "-o", "Dir::Etc::Parts="+filepath.Join(root, "etc/apt/apt.conf.d"),
		"-o", "Acquire::Check-Date=false", "-o", "Acquire::Languages=none", "-o", "APT::Architecture=amd64",
		"-o", "APT::Sandbox::User=root", "-o", "Debug::NoLocking=1")
	return root
}

// build makes the demo package at version v with dpkg-deb.
func build(t testing.TB, dir, v string) string {
	t.Helper()
	src := filepath.Join(dir, "src-"+v)
	mkdir(t, filepath.Join(src, "DEBIAN"))
	mkdir(t, filepath.Join(src, "usr/share/doc", Package))
	write(t, filepath.Join(src, "DEBIAN/control"), fmt.Sprintf("Package: %s\nVersion: %s\nArchitecture: all\nMaintainer: conformscan tests <tests@example.org>\nDescription: conformscan test package\n", Package, v))
	write(t, filepath.Join(src, "usr/share/doc", Package, "README"), "test\n")
	out := filepath.Join(dir, fmt.Sprintf("%s_%s_all.deb", Package, v))
	run(t, "dpkg-deb", "--root-owner-group", "-Zgzip", "--build", src, out)
	return out
}

// writeRepo writes the suite's Packages and Release (by hand: the
// fields apt reads, the Release's SHA256 of the Packages list).
func writeRepo(t testing.TB, repo string, r Repo, deb string) {
	t.Helper()
	b, err := os.ReadFile(deb)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(repo, "dists", r.Suite, "main/binary-amd64")
	mkdir(t, bin)
	pkgs := fmt.Sprintf("Package: %s\nVersion: %s\nArchitecture: all\nMaintainer: conformscan tests <tests@example.org>\nFilename: pool/%s\nSize: %d\nSHA256: %x\nDescription: conformscan test package\n\n",
		Package, r.Offered, filepath.Base(deb), len(b), sha256.Sum256(b))
	write(t, filepath.Join(bin, "Packages"), pkgs)
	var rel strings.Builder
	fmt.Fprintf(&rel, "Origin: Conformscan\nLabel: Conformscan-Security\nSuite: %s\nCodename: %s\nDate: %s\nArchitectures: amd64\nComponents: main\nSHA256:\n %x %d main/binary-amd64/Packages\n",
		r.Suite, r.Suite, r.Date.UTC().Format(time.RFC1123), sha256.Sum256([]byte(pkgs)), len(pkgs))
	write(t, filepath.Join(repo, "dists", r.Suite, "Release"), rel.String())
}

// ClamAV adds to root an enabled clamav-daemon unit and a daily.cld whose
// header says it was built at built.
func ClamAV(t testing.TB, root string, built time.Time) {
	t.Helper()
	mkdir(t, filepath.Join(root, "lib/systemd/system"))
	mkdir(t, filepath.Join(root, "etc/systemd/system/multi-user.target.wants"))
	mkdir(t, filepath.Join(root, "var/lib/clamav"))
	write(t, filepath.Join(root, "lib/systemd/system/clamav-daemon.service"), "[Service]\nExecStart=/usr/sbin/clamd --foreground=true\n")
	if err := os.Symlink("/lib/systemd/system/clamav-daemon.service", filepath.Join(root, "etc/systemd/system/multi-user.target.wants/clamav-daemon.service")); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "var/lib/clamav/daily.cld"), string(CVDHeader(27000, built))+"signature body\n")
}

// CVDHeader is a ClamAV database header built at built, padded to 512
// bytes as sigtool writes it.
func CVDHeader(version int, built time.Time) []byte {
	h := fmt.Sprintf("ClamAV-VDB:%s:%d:2070000:90:X:X:tests:%d", built.UTC().Format("02 Jan 2006 15-04 -0700"), version, built.Unix())
	return []byte(h + strings.Repeat(" ", 512-len(h)))
}

func run(t testing.TB, argv ...string) {
	t.Helper()
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
}

func mkdir(t testing.TB, d string) {
	t.Helper()
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
}

func write(t testing.TB, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
