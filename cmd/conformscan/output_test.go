package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"conformscan/fixtures/loopback"
	"conformscan/reports/reportstest"
)

// documentaryScan is a scan that needs no network: an answers file only.
func documentaryScan(t *testing.T, output string, more ...string) (int, string, string) {
	t.Helper()
	answers := filepath.Join(t.TempDir(), "answers.yaml")
	os.WriteFile(answers, []byte("version: 1\n"), 0o644)
	return runCLI(t, append([]string{"scan", "--answers", answers, "--refs", "2.1", "--output", output}, more...)...)
}

// TestOutputCheckedBeforeScan: an --output that cannot be written is a
// usage error found before anything is scanned, and leaves nothing behind.
func TestOutputCheckedBeforeScan(t *testing.T) {
	var conns atomic.Int32
	port := loopback.Serve(t, func(c net.Conn) { conns.Add(1) })
	dir := t.TempDir()
	os.Symlink(filepath.Join(dir, "missing", "r.json"), filepath.Join(dir, "dangling.json"))
	for out, want := range map[string]string{
		filepath.Join(dir, "missing", "r.json"): "does not exist",
		dir:                                     "is a directory",
		filepath.Join(dir, "dangling.json"):     "does not exist",
	} {
		code, _, errOut := boundedCLI(t, "scan", "--target", fmt.Sprintf("127.0.0.1:%d", port), "--refs", "7.2", "--output", out)
		if code != 2 || !strings.Contains(errOut, "--output "+out) || !strings.Contains(errOut, want) {
			t.Errorf("--output %s: exit %d, stderr %q; want 2 and %q", out, code, errOut, want)
		}
	}
	if n := conns.Load(); n != 0 {
		t.Errorf("%d connections to the target: the scan ran", n)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind in %s: %v", dir, entries)
	}
}

// TestOutputThroughSymlinkKeepsLink: the link's target gets the report,
// the link stays, the mode of an existing file is kept, no temp file stays.
func TestOutputThroughSymlinkKeepsLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "reports", "latest.json")
	os.Mkdir(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("old"), 0o600)
	link := filepath.Join(dir, "rapport.json")
	os.Symlink("reports/latest.json", link)
	code, _, errOut := documentaryScan(t, link)
	if code == 2 {
		t.Fatalf("exit 2: %s", errOut)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	data, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	reportstest.MustValidate(t, data)
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", fi.Mode().Perm())
	}
	for _, d := range []string{dir, filepath.Dir(real)} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("temporary file left: %s", e.Name())
			}
		}
	}
}

// TestOutputDeviceWrittenInPlace: /dev/full stays a device and its write
// error is reported (exit 3) with the table still printed; a pipe is
// written to, not replaced.
func TestOutputDeviceWrittenInPlace(t *testing.T) {
	if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full")
	}
	code, out, errOut := documentaryScan(t, "/dev/full")
	if code != 3 || !strings.Contains(errOut, "writing the report to /dev/full") || !strings.Contains(errOut, "no space left on device") {
		t.Errorf("exit %d, stderr %q; want 3 and the write error", code, errOut)
	}
	if !strings.Contains(out, "2.1") {
		t.Errorf("the table was not printed: %q", out)
	}
	if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/full is no longer a device: %v", fi.Mode())
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); got <- b }()
	code, _, errOut = documentaryScan(t, fmt.Sprintf("/dev/fd/%d", w.Fd()), "--format", "json")
	w.Close()
	data := <-got
	var rep map[string]any
	if code == 2 || code == 3 || json.Unmarshal(data, &rep) != nil {
		t.Fatalf("pipe: exit %d (%s), %d bytes received", code, errOut, len(data))
	}
}
