package main

import (
	"archive/zip"
	"bytes"
	"crypto/ed25519"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"conformscan/reports"
)

// fakeMain answers the three commands the packager runs, as conformscan does.
const fakeMain = `package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	switch os.Args[1] {
	case "version":
		fmt.Println("conformscan v1.2.3-4-gabcdef")
	case "man":
		os.MkdirAll(os.Args[2], 0o755)
		os.WriteFile(filepath.Join(os.Args[2], "conformscan.1"), []byte(".TH CONFORMSCAN 1 "+os.Getenv("SOURCE_DATE_EPOCH")+"\n"), 0o644)
		os.WriteFile(filepath.Join(os.Args[2], "conformscan-scan.1"), []byte(".TH CONFORMSCAN-SCAN 1\n"), 0o644)
	case "completion":
		fmt.Println("# completion for", os.Args[2])
	}
}
`

// fakeDist builds a small Go program as the host's binary (the SBOM reads
// its build information) and copies it as a Windows and a Linux arm64 one.
func fakeDist(t *testing.T) (dist string, bins []string) {
	t.Helper()
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module fake\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(src, "main.go"), []byte(fakeMain), 0o644)
	dist = t.TempDir()
	host := filepath.Join(dist, "conformscan_"+runtime.GOOS+"_"+runtime.GOARCH)
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-trimpath", "-o", host, ".")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the fake binary: %v\n%s", err, out)
	}
	data, _ := os.ReadFile(host)
	for _, other := range []string{"conformscan_windows_amd64.exe", "conformscan_linux_arm64"} {
		if err := os.WriteFile(filepath.Join(dist, other), data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dist, []string{host}
}

func testConfig(t *testing.T, dist, key string) config {
	root := t.TempDir()
	for _, l := range append(licenceFiles, "README.md") {
		os.MkdirAll(filepath.Dir(filepath.Join(root, l)), 0o755)
		os.WriteFile(filepath.Join(root, l), []byte("text of "+l+"\n"), 0o644)
	}
	ca := filepath.Join(root, "ca.crt")
	os.WriteFile(ca, []byte("-----BEGIN CERTIFICATE-----\n"), 0o644)
	return config{dist: dist, root: root, key: key, cacerts: ca, epoch: time.Unix(1700000000, 0).UTC()}
}

func TestTwoRunsGiveIdenticalBytes(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("packages are built on Linux")
	}
	key := filepath.Join(t.TempDir(), "release-key")
	priv, pub, err := reports.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(key, priv, 0o600)
	os.WriteFile(key+".pub", pub, 0o644)

	var runs []map[string][]byte
	for i := 0; i < 2; i++ {
		dist, _ := fakeDist(t)
		if err := run(testConfig(t, dist, key)); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, readDir(t, dist))
	}
	if len(runs[0]) != len(runs[1]) {
		t.Fatalf("first run wrote %d files, second %d", len(runs[0]), len(runs[1]))
	}
	for name, data := range runs[0] {
		if !bytes.Equal(data, runs[1][name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	for _, want := range []string{
		"conformscan_1.2.3+4+gabcdef_linux_arm64.tar.gz", "conformscan_1.2.3+4+gabcdef_windows_amd64.zip",
		"conformscan_1.2.3+4+gabcdef_arm64.deb", "conformscan-1.2.3+4+gabcdef-1.aarch64.rpm",
		"conformscan_1.2.3+4+gabcdef_oci.tar", "conformscan_1.2.3+4+gabcdef_linux_arm64.cdx.json",
		"SHA256SUMS", "SHA256SUMS.sig", "conformscan-release.pub",
	} {
		if runs[0][want] == nil {
			t.Errorf("%s not written", want)
		}
	}
	checkSignature(t, runs[0])
	checkZip(t, runs[0]["conformscan_1.2.3+4+gabcdef_windows_amd64.zip"])
}

// checkZip: the Windows archive holds the .exe, the man pages, completions
// and licences under one folder, with the fixed date.
func checkZip(t *testing.T, data []byte) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
		if !f.Modified.Equal(time.Unix(1700000000, 0)) {
			t.Errorf("%s: mtime %v", f.Name, f.Modified)
		}
	}
	dir := "conformscan_1.2.3+4+gabcdef_windows_amd64/"
	for _, want := range []string{"conformscan.exe", "README.md", "man/man1/conformscan-scan.1", "completions/_conformscan", "licenses/third_party/zcrypto/LICENSE"} {
		if !names[dir+want] {
			t.Errorf("the zip lacks %s%s", dir, want)
		}
	}
}

// checkSignature: the signature verifies with the public key, and not once
// a byte of SHA256SUMS changed.
func checkSignature(t *testing.T, files map[string][]byte) {
	pub, err := reports.ParsePublicKey(files["conformscan-release.pub"])
	if err != nil {
		t.Fatal(err)
	}
	sums, sig := files["SHA256SUMS"], files["SHA256SUMS.sig"]
	if !ed25519.Verify(pub, sums, sig) {
		t.Fatal("SHA256SUMS.sig does not verify")
	}
	changed := bytes.Clone(sums)
	changed[0] ^= 1
	if ed25519.Verify(pub, changed, sig) {
		t.Fatal("a changed SHA256SUMS still verifies")
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = data
	}
	return files
}

func TestPkgVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.0": "1.2.0", "v1.2.0-3-gabc": "1.2.0+3+gabc", "0cc16df": "0.0.0+git0cc16df", "0cc16df-dirty": "0.0.0+git0cc16df+dirty",
	} {
		if got := pkgVersion(in); got != want {
			t.Errorf("pkgVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImageRefusesDynamicBinaries(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF")
	}
	_, bins := fakeDist(t)
	if _, err := staticBinary(bins[0]); err != nil {
		t.Errorf("a static Go binary refused: %v", err)
	}
	if _, err := staticBinary("/bin/ls"); err == nil {
		t.Error("/bin/ls (dynamic) accepted in the image")
	}
}
