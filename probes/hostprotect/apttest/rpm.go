package apttest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"conformscan/fixtures/proc"
)

// RPMRepo says what an RPM root has installed and what the security
// advisory of its dnf cache fixes.
type RPMRepo struct {
	Installed string    // version-release installed ("1.0-1")
	Fixed     string    // version-release of the advisory ("1.0-2")
	Issued    time.Time // the advisory's issue date
	Generated time.Time // updateinfo's timestamp in repomd.xml
}

// RPMRoot builds an RPM root: the real rpmbuild makes the package, the
// real rpm installs it in the root's database (/var/lib/rpm); the dnf
// cache's repomd.xml and updateinfo.xml.gz (one security advisory) are
// written by hand. It returns the root and an rpm wrapper that queries
// the root's database (for hostaccess.Local's Programs). It skips when
// rpm or rpmbuild is missing.
func RPMRoot(t testing.TB, r RPMRepo) (root, rpmWrapper string) {
	t.Helper()
	for _, bin := range []string{"rpm", "rpmbuild"} {
		_, err := exec.LookPath(bin)
		proc.Need(t, err)
	}
	dir := t.TempDir()
	root = filepath.Join(dir, "root")
	mkdir(t, filepath.Join(root, "etc"))
	write(t, filepath.Join(root, "etc/os-release"), "NAME=\"Rocky Linux\"\nVERSION_ID=\"9.4\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\nPRETTY_NAME=\"Rocky Linux 9.4 (Blue Onyx)\"\n")
	v, rel, _ := cutVR(r.Installed)
	mkdir(t, filepath.Join(dir, "SPECS"))
	spec := filepath.Join(dir, "SPECS/cs.spec")
	write(t, spec, fmt.Sprintf("Name: %s\nVersion: %s\nRelease: %s\nSummary: conformscan test package\nLicense: MIT\nBuildArch: noarch\n%%description\ntest\n%%files\n", Package, v, rel))
	run(t, "rpmbuild", "-bb", "--define", "_topdir "+dir, spec)
	db := []string{"--root=" + root, "--dbpath=/var/lib/rpm"}
	run(t, append([]string{"rpm", "--initdb"}, db...)...)
	run(t, append(append([]string{"rpm", "-i", "--nodeps", "--justdb"}, db...), filepath.Join(dir, "RPMS/noarch", fmt.Sprintf("%s-%s.noarch.rpm", Package, r.Installed)))...)
	rpmWrapper = filepath.Join(dir, "rpm-root")
	if err := os.WriteFile(rpmWrapper, []byte(fmt.Sprintf("#!/bin/sh\nexec rpm --root=%s --dbpath=/var/lib/rpm \"$@\"\n", root)), 0o755); err != nil {
		t.Fatal(err)
	}
	writeDnfCache(t, root, r)
	return root, rpmWrapper
}

func cutVR(vr string) (string, string, bool) {
	for i := len(vr) - 1; i >= 0; i-- {
		if vr[i] == '-' {
			return vr[:i], vr[i+1:], true
		}
	}
	return vr, "1", false
}

// writeDnfCache writes /var/cache/dnf/security-<hash>/repodata.
func writeDnfCache(t testing.TB, root string, r RPMRepo) {
	t.Helper()
	repodata := filepath.Join(root, "var/cache/dnf/cs-security-0123456789abcdef/repodata")
	mkdir(t, repodata)
	v, rel, _ := cutVR(r.Fixed)
	ui := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<updates>
  <update from="tests@example.org" status="final" type="security" version="2">
    <id>CSSA-2026:0001</id>
    <title>Important: %[1]s security update</title>
    <issued date="%[2]s"/>
    <severity>Important</severity>
    <pkglist><collection short="cs"><name>cs</name>
      <package name="%[1]s" version="%[3]s" release="%[4]s" epoch="0" arch="noarch"><filename>%[1]s-%[3]s-%[4]s.noarch.rpm</filename></package>
    </collection></pkglist>
  </update>
  <update type="bugfix"><id>CSBA-2026:0002</id><issued date="%[2]s"/><pkglist><collection><package name="%[1]s" version="9.0" release="1" epoch="0" arch="noarch"/></collection></pkglist></update>
</updates>
`, Package, r.Issued.UTC().Format("2006-01-02 15:04:05"), v, rel)
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	if _, err := z.Write([]byte(ui)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(gz.Bytes())
	name := fmt.Sprintf("%x-updateinfo.xml.gz", sum)
	write(t, filepath.Join(repodata, name), gz.String())
	write(t, filepath.Join(repodata, "repomd.xml"), fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<repomd xmlns="http://linux.duke.edu/metadata/repo" xmlns:rpm="http://linux.duke.edu/metadata/rpm">
  <revision>%[1]d</revision>
  <data type="updateinfo">
    <checksum type="sha256">%[2]x</checksum>
    <location href="repodata/%[3]s"/>
    <timestamp>%[1]d</timestamp>
    <size>%[4]d</size>
  </data>
</repomd>
`, r.Generated.Unix(), sum, name, gz.Len()))
}
